using System.Xml.Linq;
using Kempelen.TaskContent.QuestionForms;

namespace Kempelen.Tests.TaskContent;

/// <summary>FormattedContent may format, list, tabulate, link and show images, and nothing else (mturk-compat §10.5).</summary>
public sealed class SanitisingFormattedContent
{
    [Theory]
    [InlineData("<p>This is <b>bold</b>, <i>italic</i> and <b><i>both</i></b>.</p>")]
    [InlineData("<ul><li>one</li><li>two<br />three</li></ul><ol start=\"3\"><li>x</li></ol>")]
    [InlineData("<table><caption>Moves</caption><thead><tr><th colspan=\"2\">Board</th></tr></thead><tbody><tr><td rowspan=\"2\">X</td><td>O</td></tr></tbody></table>")]
    [InlineData("<h3 title=\"Heading\">Heading</h3><blockquote><p>quoted</p></blockquote><pre>  code  </pre><hr />")]
    [InlineData("<p>Tom &amp; Jerry &lt;3 — “quotes” 🙂</p>")]
    public void Formatting_lists_and_tables_pass_through_unchanged(string xhtml) =>
        Assert.Equal(xhtml, FormattedContentSanitizer.Sanitize(xhtml));

    [Fact]
    public void Character_references_become_characters() =>
        Assert.Equal("<p>— &amp; &lt;</p>", FormattedContent("<p>&#8212; &#38; &#x3C;</p>"));

    [Fact]
    public void An_http_link_opens_in_a_new_tab_without_a_handle_back()
    {
        Assert.Equal(
            "<a href=\"https://example.org/help?a=1&amp;b=2\" title=\"Help\" target=\"_blank\" rel=\"noopener noreferrer\">help</a>",
            FormattedContent("<a href=\"https://example.org/help?a=1&amp;b=2\" title=\"Help\">help</a>"));
    }

    [Fact]
    public void An_image_keeps_its_source_alt_text_and_size()
    {
        Assert.Equal(
            "<img src=\"http://example.org/board.gif\" alt=\"The board\" width=\"400\" height=\"50%\" />",
            FormattedContent("<img src=\"http://example.org/board.gif\" alt=\"The board\" width=\"400\" height=\"50%\" />"));
    }

    [Theory]
    [InlineData("<p>before<script>alert(1)</script>after</p>", "<p>beforeafter</p>")]
    [InlineData("<p>before<script type=\"text/javascript\"><![CDATA[alert('<p>')]]></script>after</p>", "<p>beforeafter</p>")]
    [InlineData("<style>body { display: none }</style><p>text</p>", "<p>text</p>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\" class=\"x\" id=\"assignmentId\">text</p>", "<p>text</p>")]
    [InlineData("<p onclick=\"alert(1)\" onmouseover=\"alert(2)\" ONLOAD=\"x\">text</p>", "<p>text</p>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\" />", "")]
    [InlineData("<img src=\"javascript:alert(1)\" alt=\"x\" />", "")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"java&#9;script:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"vbscript:msgbox\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"/relative\">x</a>", "<a>x</a>")]
    [InlineData("<iframe src=\"https://evil.example\">fallback</iframe><object data=\"x\">o</object><embed src=\"x\" />", "")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"assignmentId\" /><button>Go</button><textarea>t</textarea></form>", "")]
    [InlineData("<svg><script>alert(1)</script></svg><math><mi>x</mi></math>", "")]
    [InlineData("<html><head><title>t</title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\" /><base href=\"https://evil.example\" /></head><body><p>x</p></body></html>", "<p>x</p>")]
    [InlineData("<font color=\"red\">red</font> <center>mid</center> <SCRIPT>upper</SCRIPT>", "red mid upper")]
    [InlineData("<p>a<!-- comment -->b<?php echo 1; ?>c</p>", "<p>abc</p>")]
    [InlineData("<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script><p xmlns=\"http://www.w3.org/1999/xhtml\">ns</p>", "<p>ns</p>")]
    [InlineData("<p xlink:href=\"javascript:alert(1)\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">x</p>", "<p>x</p>")]
    [InlineData("<td colspan=\"2 onclick=alert(1)\">x</td>", "<td>x</td>")]
    public void Scripts_styles_handlers_and_unsafe_urls_never_survive(string xhtml, string expected) =>
        Assert.Equal(expected, FormattedContent(xhtml));

    [Theory]
    [InlineData("<p>unclosed")]
    [InlineData("<p>a</p></kempelen-formatted-content><script>alert(1)</script>")]
    [InlineData("<p>&nbsp;</p><script>alert(1)</script>")]
    [InlineData("<!DOCTYPE p [<!ENTITY x \"boom\">]><p>&x;</p>")]
    [InlineData("<br>old html<script>alert(1)</script>")]
    public void Content_that_is_not_well_formed_XHTML_is_shown_as_text(string xhtml)
    {
        var html = FormattedContent(xhtml);

        Assert.Equal(xhtml.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal), html);
        Assert.DoesNotContain("<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_anyone_formats_is_shown_as_text()
    {
        var xhtml = string.Concat(Enumerable.Repeat("<b>", 200)) + "deep" + string.Concat(Enumerable.Repeat("</b>", 200));

        Assert.StartsWith("&lt;b&gt;&lt;b&gt;", FormattedContent(xhtml), StringComparison.Ordinal);
    }

    [Fact]
    public void No_element_or_attribute_outside_the_whitelist_comes_out_of_a_mixed_attack()
    {
        const string attack = """
            <div onmouseover="x()"><p style="x">Hi <a href="javascript:x()" onclick="x()">a</a><a href="https://ok.example/">b</a></p>
            <img src="https://ok.example/i.png" onload="x()" alt="i" /><table background="javascript:x()"><tr><td>1</td></tr></table>
            <script>x()</script><style>*{}</style><iframe src="https://evil.example/"></iframe><link rel="stylesheet" href="https://evil.example/c.css" />
            <span><object><param name="movie" value="x.swf" /></object>text</span></div>
            """;

        var tree = XElement.Parse($"<fragment>{FormattedContent(attack)}</fragment>");

        var names = tree.Descendants().Select(e => e.Name.LocalName).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["a", "div", "img", "p", "span", "table", "td", "tr"], names);
        var attributes = tree.Descendants().SelectMany(e => e.Attributes()).Select(a => $"{a.Parent!.Name}.{a.Name}={a.Value}").Order(StringComparer.Ordinal);
        Assert.Equal(["a.href=https://ok.example/", "a.rel=noopener noreferrer", "a.target=_blank", "img.alt=i", "img.src=https://ok.example/i.png"], attributes);
    }

    private static string FormattedContent(string xhtml) => FormattedContentSanitizer.Sanitize(xhtml);
}
