using System.Text;

namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// Builds an HTML fragment in which every text and attribute value is encoded. The output is also well-formed XML
/// (void elements end in "/>", boolean attributes are written as name="") so tests can read its structure.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new();

    /// <summary>An attribute whose value is null is left out.</summary>
    public HtmlWriter Start(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        OpenTag(tag, attributes);
        _html.Append('>');
        return this;
    }

    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        OpenTag(tag, attributes);
        _html.Append(" />");
        return this;
    }

    public HtmlWriter End(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlWriter Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Start(tag, attributes).Text(text).End(tag);

    public HtmlWriter Text(string text)
    {
        Encode(_html, text);
        return this;
    }

    /// <summary>Markup this namespace produced itself (sanitised content).</summary>
    public HtmlWriter Trusted(string html)
    {
        _html.Append(html);
        return this;
    }

    public HtmlWriter Line()
    {
        _html.Append('\n');
        return this;
    }

    public override string ToString() => _html.ToString();

    /// <summary>The URL as an absolute http or https address, or null for anything else (javascript:, data:, relative).</summary>
    public static string? HttpUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private void OpenTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(name).Append("=\"");
                Encode(_html, value);
                _html.Append('"');
            }
        }
    }

    private static void Encode(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\'':
                    html.Append("&#39;");
                    break;
                default:
                    html.Append(c);
                    break;
            }
        }
    }
}
