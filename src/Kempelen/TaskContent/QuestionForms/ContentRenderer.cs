using System.Xml.Linq;

namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// Renders the content elements of an Overview, a QuestionContent or a Selection (mturk-compat §10.5). Text is
/// always encoded; media load only from http(s) URLs; FormattedContent goes through the sanitiser.
/// </summary>
internal static class ContentRenderer
{
    public static void WriteBlocks(HtmlWriter html, IEnumerable<XElement> content)
    {
        foreach (var element in content)
        {
            switch (element.Name.LocalName)
            {
                case "Title":
                    html.Element("h2", element.Value.Trim()).Line();
                    break;
                case "Text":
                    html.Element("p", element.Value.Trim()).Line();
                    break;
                case "List":
                    html.Start("ul").Line();
                    foreach (var item in element.Elements().Where(e => e.Name.LocalName == "ListItem"))
                    {
                        html.Element("li", item.Value.Trim()).Line();
                    }

                    html.End("ul").Line();
                    break;
                case "Binary" or "EmbeddedBinary":
                    WriteMedia(html, element);
                    html.Line();
                    break;
                case "FormattedContent":
                    html.Start("div", ("class", "formatted")).Trusted(FormattedContentSanitizer.Sanitize(element.Value)).End("div").Line();
                    break;
                case "Application":
                    // Java applets and Flash (legacy schema only) no longer run in any browser.
                    html.Element("p", "This part of the task needs a browser plug-in (Java or Flash) and cannot be shown.").Line();
                    break;
            }
        }
    }

    /// <summary>The content of one Selection, written inline inside its label.</summary>
    public static void WriteInline(HtmlWriter html, XElement content)
    {
        switch (content.Name.LocalName)
        {
            case "FormattedContent":
                html.Trusted(FormattedContentSanitizer.Sanitize(content.Value));
                break;
            case "Binary":
                WriteMedia(html, content);
                break;
            default:
                html.Text(content.Value.Trim());
                break;
        }
    }

    // Binary: MimeType/Type, DataURL, AltText. EmbeddedBinary: EmbeddedMimeType/Type, DataURL, AltText, Width, Height.
    private static void WriteMedia(HtmlWriter html, XElement element)
    {
        var type = Child(element, "MimeType") ?? Child(element, "EmbeddedMimeType");
        var url = HtmlWriter.HttpUrl(Child(element, "DataURL")?.Value);
        var alt = Child(element, "AltText")?.Value.Trim() ?? "";
        var width = Dimension(Child(element, "Width"));
        var height = Dimension(Child(element, "Height"));
        switch (url is null ? null : type is null ? null : Child(type, "Type")?.Value.Trim())
        {
            case "image":
                html.Void("img", ("src", url), ("alt", alt), ("width", width), ("height", height));
                break;
            case "audio":
                html.Start("audio", ("controls", ""), ("src", url), ("aria-label", alt)).Text(alt).End("audio");
                break;
            case "video":
                html.Start("video", ("controls", ""), ("src", url), ("aria-label", alt), ("width", width), ("height", height)).Text(alt).End("video");
                break;
            default:
                html.Start("span", ("class", "unavailable")).Text(alt).End("span");
                break;
        }
    }

    private static string? Dimension(XElement? element)
    {
        var value = element?.Value.Trim();
        return value is { Length: > 0 and <= 5 } && value.All(char.IsAsciiDigit) ? value : null;
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
