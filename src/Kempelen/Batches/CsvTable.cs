using System.Globalization;
using System.Text;

namespace Kempelen.Batches;

/// <summary>
/// A CSV file as a requester uploads it (RFC 4180): UTF-8 with or without a byte-order mark, a header row naming
/// the columns, fields optionally quoted, quotes doubled inside quotes, commas and line breaks inside quotes.
/// Every problem is reported with the line it starts on, all of them at once, so a requester can fix a file in
/// one go; nothing is accepted from a file with any problem.
/// </summary>
public sealed class CsvTable
{
    public const int MaxErrors = 50;

    private CsvTable(IReadOnlyList<string> columns, IReadOnlyList<CsvRow> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable Parse(string text)
    {
        var errors = new List<string>();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new CsvException(["The file is not a CSV text file: it holds binary data (NUL characters)."]);
        }

        var records = Records(text, errors);
        if (records.Count == 0)
        {
            throw new CsvException(errors.Count > 0 ? errors : ["The file is empty: the first line must name the columns."]);
        }

        var (headerLine, header) = records[0];
        var columns = header.Select(c => c.Trim()).ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Length == 0)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"Line {headerLine}: column {i + 1} has no name."));
            }
            else if (columns.IndexOf(columns[i]) < i)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"Line {headerLine}: the column '{columns[i]}' is named twice."));
            }
        }

        var rows = new List<CsvRow>(records.Count - 1);
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count != columns.Count)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"Line {line}: {fields.Count} fields, but the header names {columns.Count} columns."));
                continue;
            }

            rows.Add(new CsvRow(line, fields));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add("The file has a header but no rows: each row after the header becomes one HIT.");
        }

        return errors.Count > 0 ? throw new CsvException(errors) : new CsvTable(columns, rows);
    }

    private static List<(int Line, List<string> Fields)> Records(string text, List<string> errors)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var atFieldStart = true;
        while (i < text.Length && errors.Count < MaxErrors)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                var quoteLine = line;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        closed = true;
                        break;
                    }

                    if (text[i] == '\n')
                    {
                        line++;
                    }

                    field.Append(text[i++]);
                }

                if (!closed)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"Line {quoteLine}: a quoted field is never closed."));
                    return records;
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"Line {line}: text follows a closing quote; double a quote inside a quoted field (\"\")."));
                    while (i < text.Length && text[i] is not (',' or '\n'))
                    {
                        i++;
                    }
                }

                atFieldStart = false;
                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    i++;
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, fields));
                    fields = [];
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    recordLine = line;
                    atFieldStart = true;
                    break;
                case '"':
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"Line {line}: a quote inside an unquoted field; quote the whole field and double the quote."));
                    field.Append(c);
                    i++;
                    break;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    i++;
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}

/// <summary>One data row and the line of the file it starts on.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

/// <summary>A file that cannot be used, with every problem found (up to <see cref="CsvTable.MaxErrors"/>).</summary>
public sealed class CsvException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
