using System.Xml;

namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// Turns FormattedContent (XHTML in CDATA, mturk-compat §10.5) into HTML that can only format: a whitelist of
/// formatting, list, table, link and image elements with a few attributes each, http(s) links and images only.
/// Everything is rebuilt from the parsed tree, so nothing the requester wrote reaches the page unencoded:
/// scripts, styles, forms, frames and their content are dropped, event handlers and style attributes never
/// survive, and unknown elements are unwrapped to their text. Content that is not well-formed XML is shown as text.
/// </summary>
internal static class FormattedContentSanitizer
{
    private const int MaxDepth = 64;
    private const string Wrapper = "kempelen-formatted-content";

    private static readonly string[] NoAttributes = [];

    // Element → its attributes, written in this order.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"],
        ["img"] = ["src", "alt", "width", "height"],
        ["td"] = ["colspan", "rowspan"],
        ["th"] = ["colspan", "rowspan"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["ol"] = ["start"],
        ["abbr"] = NoAttributes, ["b"] = NoAttributes, ["big"] = NoAttributes, ["blockquote"] = NoAttributes,
        ["br"] = NoAttributes, ["caption"] = NoAttributes, ["cite"] = NoAttributes, ["code"] = NoAttributes,
        ["dd"] = NoAttributes, ["del"] = NoAttributes, ["dfn"] = NoAttributes, ["div"] = NoAttributes,
        ["dl"] = NoAttributes, ["dt"] = NoAttributes, ["em"] = NoAttributes, ["h1"] = NoAttributes,
        ["h2"] = NoAttributes, ["h3"] = NoAttributes, ["h4"] = NoAttributes, ["h5"] = NoAttributes,
        ["h6"] = NoAttributes, ["hr"] = NoAttributes, ["i"] = NoAttributes, ["ins"] = NoAttributes,
        ["kbd"] = NoAttributes, ["li"] = NoAttributes, ["p"] = NoAttributes, ["pre"] = NoAttributes,
        ["q"] = NoAttributes, ["s"] = NoAttributes, ["samp"] = NoAttributes, ["small"] = NoAttributes,
        ["span"] = NoAttributes, ["strike"] = NoAttributes, ["strong"] = NoAttributes, ["sub"] = NoAttributes,
        ["sup"] = NoAttributes, ["table"] = NoAttributes, ["tbody"] = NoAttributes, ["tfoot"] = NoAttributes,
        ["thead"] = NoAttributes, ["tr"] = NoAttributes, ["tt"] = NoAttributes, ["u"] = NoAttributes,
        ["ul"] = NoAttributes, ["var"] = NoAttributes,
    };

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "br", "hr", "img", "col" };

    // Dropped with everything inside them: unwrapping these would show code, or controls that post with the form.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend",
        "head", "title", "link", "meta", "base", "svg", "math", "canvas", "audio", "video", "source", "track", "map", "area",
    };

    private static readonly string[] GlobalAttributes = ["title"];
    private static readonly HashSet<string> NumericAttributes = new(StringComparer.Ordinal) { "width", "height", "colspan", "rowspan", "span", "start" };

    public static string Sanitize(string xhtml)
    {
        try
        {
            return Rebuild(xhtml);
        }
        catch (XmlException)
        {
            return new HtmlWriter().Text(xhtml).ToString();
        }
    }

    private static string Rebuild(string xhtml)
    {
        var html = new HtmlWriter();
        using var reader = SafeXml.CreateReader($"<{Wrapper}>{xhtml}</{Wrapper}>", QuestionDocument.MaxBytes + 64);

        // One entry per open element we kept or unwrapped: the closing tag to write, or null for an unwrapped one.
        var open = new Stack<string?>();
        var skipping = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when skipping > 0:
                    skipping += reader.IsEmptyElement ? 0 : 1;
                    break;
                case XmlNodeType.Element:
                    if (reader.Depth > MaxDepth)
                    {
                        throw new XmlException($"FormattedContent nests deeper than {MaxDepth} elements.");
                    }

                    StartElement(html, reader, open, ref skipping);
                    break;
                case XmlNodeType.EndElement when skipping > 0:
                    skipping--;
                    break;
                case XmlNodeType.EndElement:
                    if (open.Pop() is { } tag)
                    {
                        html.End(tag);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when skipping == 0:
                    html.Text(reader.Value);
                    break;
            }
        }

        return html.ToString();
    }

    private static void StartElement(HtmlWriter html, XmlReader reader, Stack<string?> open, ref int skipping)
    {
        var name = reader.LocalName;
        var empty = reader.IsEmptyElement;
        if (DroppedWithContent.Contains(name) || (name == "img" && SafeAttribute(reader, "src") is null))
        {
            skipping = empty ? 0 : 1;
            return;
        }

        if (!Allowed.TryGetValue(name, out var allowedAttributes))
        {
            if (!empty)
            {
                open.Push(null);
            }

            return;
        }

        var attributes = new List<(string Name, string? Value)>();
        foreach (var attribute in allowedAttributes.Concat(GlobalAttributes))
        {
            attributes.Add((attribute, SafeAttribute(reader, attribute)));
        }

        if (name == "a" && SafeAttribute(reader, "href") is not null)
        {
            // A link must not replace the task it sits in, nor hand the opened page a handle back to it.
            attributes.Add(("target", "_blank"));
            attributes.Add(("rel", "noopener noreferrer"));
        }

        if (VoidElements.Contains(name))
        {
            html.Void(name, [.. attributes]);
            skipping = empty ? 0 : 1;
            return;
        }

        html.Start(name, [.. attributes]);
        if (empty)
        {
            html.End(name);
        }
        else
        {
            open.Push(name);
        }
    }

    private static string? SafeAttribute(XmlReader reader, string name)
    {
        var value = reader.GetAttribute(name);
        return name switch
        {
            _ when value is null => null,
            "href" or "src" => HtmlWriter.HttpUrl(value),
            _ when NumericAttributes.Contains(name) => IsSmallNumber(value) ? value : null,
            _ => value,
        };
    }

    // Sizes and counts: up to four digits, a percentage allowed for width and height.
    private static bool IsSmallNumber(string value)
    {
        var digits = value.EndsWith('%') ? value[..^1] : value;
        return digits.Length is > 0 and <= 4 && digits.All(char.IsAsciiDigit);
    }
}
