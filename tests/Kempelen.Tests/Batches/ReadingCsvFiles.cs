using Kempelen.Batches;

namespace Kempelen.Tests.Batches;

/// <summary>What a requester's CSV upload may look like, and how its problems are reported (issue 5, §3).</summary>
public sealed class ReadingCsvFiles
{
    [Fact]
    public void Quoted_fields_hold_commas_quotes_line_breaks_and_any_unicode_and_a_bom_is_skipped()
    {
        var table = CsvTable.Parse("\uFEFFimage,caption\r\n\"a,b.jpg\",\"She said \"\"hi\"\"\nthen left\"\nc.jpg,Zürich 東京 🐈\n");

        Assert.Equal(["image", "caption"], table.Columns);
        Assert.Equal(["a,b.jpg", "She said \"hi\"\nthen left"], table.Rows[0].Fields);
        Assert.Equal(["c.jpg", "Zürich 東京 🐈"], table.Rows[1].Fields);
        Assert.Equal(4, table.Rows[1].Line);
    }

    [Fact]
    public void A_last_row_without_a_line_break_and_blank_lines_are_fine()
    {
        var table = CsvTable.Parse("a,b\n1,2\n\n3,4");

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["3", "4"], table.Rows[1].Fields);
    }

    [Theory]
    [InlineData("a,b\n1,2,3\n4\n", "Line 2: 3 fields, but the header names 2 columns.|Line 3: 1 fields, but the header names 2 columns.")]
    [InlineData("a,b\n1,\"open\n2,3\n", "Line 2: a quoted field is never closed.")]
    [InlineData("a,a\n1,2\n", "Line 1: the column 'a' is named twice.")]
    [InlineData("a,\n1,2\n", "Line 1: column 2 has no name.")]
    [InlineData("a,b\n", "The file has a header but no rows")]
    [InlineData("", "The file is empty")]
    [InlineData("a\n\0\u0001PNG", "The file is not a CSV text file")]
    [InlineData("a,b\n1,x\"y\n", "Line 2: a quote inside an unquoted field")]
    public void Every_problem_is_reported_with_its_line(string csv, string expected)
    {
        var problems = Assert.Throws<CsvException>(() => CsvTable.Parse(csv)).Problems;

        foreach (var part in expected.Split('|'))
        {
            Assert.Contains(problems, p => p.StartsWith(part, StringComparison.Ordinal));
        }
    }
}
