using System.Xml.Linq;
using Kempelen.TaskContent;
using Kempelen.TaskContent.QuestionForms;
using static Kempelen.Tests.TaskContent.QuestionFormXml;

namespace Kempelen.Tests.TaskContent;

/// <summary>A QuestionForm becomes the body of an HTML form: content, then one input group per question (mturk-compat §10.5).</summary>
public sealed class RenderingQuestionForms
{
    [Fact]
    public void An_overview_renders_titles_as_headings_text_as_paragraphs_and_lists_as_bullets()
    {
        var html = Render(Overview("<Title>Street signs</Title>", "<Text>  Answer both.  </Text>", "<List><ListItem>One</ListItem><ListItem>Two</ListItem></List>"), Question("q", FreeText()));

        Assert.StartsWith(
            """
            <section class="overview">
            <h2>Street signs</h2>
            <p>Answer both.</p>
            <ul>
            <li>One</li>
            <li>Two</li>
            </ul>
            </section>

            """,
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_from_the_form_is_HTML_encoded()
    {
        const string hostile = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'q'";
        var html = Render(
            Overview($"<Title>{hostile}</Title>", $"<Text>{hostile}</Text>", $"<List><ListItem>{hostile}</ListItem></List>"),
            Question("q&quot;&gt;&lt;x", FreeText(settings: $"<DefaultText>{hostile}</DefaultText>"), displayName: hostile, content: $"<Text>{hostile}</Text>"),
            Question("s", Selection(Choice("a&quot;b", hostile) + "<OtherSelection/>", "<StyleSuggestion>dropdown</StyleSuggestion>")));

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<h2>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</h2>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"q&quot;&gt;&lt;x\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"a&quot;b\">&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("name=\"s.other\"", html, StringComparison.Ordinal);
        var tree = Tree(html);
        Assert.Empty(tree.Descendants("script"));
        Assert.Equal("q\"><x", tree.Descendants("input").First().Attribute("name")!.Value);
    }

    [Fact]
    public void Images_audio_and_video_load_only_from_http_or_https_and_carry_their_alt_text()
    {
        var tree = Tree(Render(
            Overview(
                Binary("image", "https://example.org/board.gif?game=1&amp;move=2", "The board"),
                Binary("audio", "http://example.org/clip.mp3", "A clip"),
                Binary("video", "https://example.org/film.mp4", "A film"),
                Binary("image", "javascript:alert(1)", "Script image"),
                Binary("image", "data:image/gif;base64,R0lGOD", "Data image"),
                Binary("image", "/relative.gif", "Relative image"),
                "<EmbeddedBinary><EmbeddedMimeType><Type>image</Type></EmbeddedMimeType><DataURL>https://example.org/e.png</DataURL><AltText>Embedded</AltText><Width>400</Width><Height>300px</Height></EmbeddedBinary>"),
            Question("q", FreeText())));

        var image = tree.Elements("section").First().Elements("img").First();
        Assert.Equal("https://example.org/board.gif?game=1&move=2", image.Attribute("src")!.Value);
        Assert.Equal("The board", image.Attribute("alt")!.Value);
        var audio = Assert.Single(tree.Descendants("audio"));
        Assert.Equal(("http://example.org/clip.mp3", "A clip", ""), (audio.Attribute("src")!.Value, audio.Attribute("aria-label")!.Value, audio.Attribute("controls")!.Value));
        var video = Assert.Single(tree.Descendants("video"));
        Assert.Equal("https://example.org/film.mp4", video.Attribute("src")!.Value);
        Assert.Equal(
            ["Script image", "Data image", "Relative image"],
            tree.Descendants("span").Where(s => s.Attribute("class")?.Value == "unavailable").Select(s => s.Value));
        var embedded = tree.Descendants("img").Single(i => i.Attribute("alt")!.Value == "Embedded");
        Assert.Equal("400", embedded.Attribute("width")!.Value);
        Assert.Null(embedded.Attribute("height"));
        Assert.Equal(2, tree.Descendants("img").Count());
    }

    [Fact]
    public void FormattedContent_is_sanitised_where_it_appears()
    {
        var html = Render(
            Overview("<FormattedContent><![CDATA[<p onclick=\"steal()\">Read <b>carefully</b>.<script>steal()</script></p>]]></FormattedContent>"),
            Question("q", FreeText()));

        Assert.Contains("<div class=\"formatted\"><p>Read <b>carefully</b>.</p></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legacy_plugin_Application_is_replaced_by_a_notice()
    {
        var html = QuestionFormRenderer.Render(QuestionForm.Parse(LegacyForm(
            Overview("<Application><JavaApplet><AppletPath>http://e.org/</AppletPath><AppletFilename>A.class</AppletFilename><Width>1</Width><Height>1</Height></JavaApplet></Application>"),
            Question("q", FreeText()))));

        Assert.Contains("<p>This part of the task needs a browser plug-in (Java or Flash) and cannot be shown.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("applet", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_numeric_question_is_a_labelled_text_box_with_its_constraints()
    {
        var html = Render(Question("count", FreeText("<IsNumeric minValue=\"0\" maxValue=\"50\"/>"), required: true, content: "<Text>How many signs?</Text>"));

        Assert.Equal(
            """
            <section class="question">
            <div class="question-content" id="qf-1-content">
            <p>How many signs?</p>
            </div>
            <label for="qf-1">Your answer (required)</label>
            <input type="text" id="qf-1" name="count" aria-describedby="qf-1-content" required="" inputmode="decimal" min="0" max="50" pattern="[+\-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)" title="Enter a number." />
            </section>

            """,
            html);
    }

    [Fact]
    public void Length_and_a_single_regex_become_minlength_maxlength_and_a_pattern_that_searches_like_MTurk()
    {
        var input = Assert.Single(Tree(Render(Question(
            "zip",
            FreeText("<Length minLength=\"5\" maxLength=\"10\"/><AnswerFormatRegex regex=\"^\\d{5}$\" errorText=\"Five digits, please.\"/>", "<DefaultText>12345</DefaultText>"),
            displayName: "Zip code"))).Descendants("input"));

        Assert.Equal("5", input.Attribute("minlength")!.Value);
        Assert.Equal("10", input.Attribute("maxlength")!.Value);
        Assert.Equal(@"[\s\S]*(?:^\d{5}$)[\s\S]*", input.Attribute("pattern")!.Value);
        Assert.Equal("Five digits, please.", input.Attribute("title")!.Value);
        Assert.Equal("12345", input.Attribute("value")!.Value);
        Assert.Null(input.Attribute("required"));
        Assert.Null(input.Attribute("inputmode"));
    }

    [Theory]
    [InlineData("<AnswerFormatRegex regex=\"regex\" flags=\"i\"/>")]
    [InlineData("<AnswerFormatRegex regex=\"a\"/><AnswerFormatRegex regex=\"b\"/>")]
    [InlineData("<AnswerFormatRegex regex=\"[a-]\"/>")]
    [InlineData("<AnswerFormatRegex regex=\"[(]\"/>")]
    [InlineData("<AnswerFormatRegex regex=\"\\-\"/>")]
    [InlineData("<AnswerFormatRegex regex=\"a{\"/>")]
    [InlineData("<AnswerFormatRegex regex=\"[a&amp;&amp;b]\"/>")]
    [InlineData("<AnswerFormatRegex regex=\"(?i)abc\"/>")]
    [InlineData("<AnswerFormatRegex regex=\"(unbalanced\"/>")]
    public void A_regex_the_browser_cannot_check_the_same_way_gets_no_pattern(string constraints)
    {
        var input = Assert.Single(Tree(Render(Question("q", FreeText(constraints)))).Descendants("input"));

        Assert.Null(input.Attribute("pattern"));
        Assert.Null(input.Attribute("title"));
    }

    [Theory]
    [InlineData(@"\S", @"[\s\S]*(?:\S)[\s\S]*")]
    [InlineData(@"(^$|\S{2,})", @"[\s\S]*(?:(^$|\S{2,}))[\s\S]*")]
    [InlineData(@"^[12][0-9]{3}-[01]?\d-[0-3]?\d$", @"[\s\S]*(?:^[12][0-9]{3}-[01]?\d-[0-3]?\d$)[\s\S]*")]
    [InlineData(@"^[A-Za-z_\-]+(?<tail>\.x)?$", @"[\s\S]*(?:^[A-Za-z_\-]+(?<tail>\.x)?$)[\s\S]*")]
    public void MTurks_documented_regexes_become_patterns(string regex, string pattern)
    {
        var input = Assert.Single(Tree(Render(Question("q", FreeText(new XElement("AnswerFormatRegex", new XAttribute("regex", regex)).ToString())))).Descendants("input"));

        Assert.Equal(pattern, input.Attribute("pattern")!.Value);
        Assert.Equal("Invalid input supplied.", input.Attribute("title")!.Value);
    }

    [Fact]
    public void More_than_one_suggested_line_makes_a_textarea_that_keeps_a_leading_line_break()
    {
        var html = Render(Question("essay", FreeText("<Length maxLength=\"500\"/><AnswerFormatRegex regex=\"\\S\"/>", "<DefaultText>\nDear &lt;name&gt;</DefaultText><NumberOfLinesSuggestion>4</NumberOfLinesSuggestion>"), required: true));

        Assert.Contains(
            "<textarea id=\"qf-1\" name=\"essay\" aria-describedby=\"qf-1-content\" required=\"\" maxlength=\"500\" rows=\"4\">\n\nDear &lt;name&gt;</textarea>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void One_choice_is_a_radio_group_in_a_fieldset_with_a_label_per_choice()
    {
        var html = Render(Question("likely", Selection(Choice("no", "Not likely") + Choice("yes", "Likely"), "<StyleSuggestion>radiobutton</StyleSuggestion>"), required: true));

        Assert.Contains(
            """
            <fieldset aria-describedby="qf-1-content">
            <legend>Choose one (required)</legend>
            <div><input type="radio" id="qf-1-1" name="likely" value="no" required="" /><label for="qf-1-1">Not likely</label></div>
            <div><input type="radio" id="qf-1-2" name="likely" value="yes" required="" /><label for="qf-1-2">Likely</label></div>
            </fieldset>
            """,
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Several_choices_are_checkboxes_and_OtherSelection_is_an_extra_text_box()
    {
        var html = Render(Question(
            "kinds",
            Selection(Choices("stop", "yield") + "<OtherSelection><Constraints><Length maxLength=\"40\"/></Constraints></OtherSelection>", "<MinSelectionCount>1</MinSelectionCount><MaxSelectionCount>3</MaxSelectionCount>"),
            required: true));

        Assert.Contains(
            """
            <legend>Choose 1 to 3 (required)</legend>
            <div><input type="checkbox" id="qf-1-1" name="kinds" value="stop" /><label for="qf-1-1">STOP</label></div>
            <div><input type="checkbox" id="qf-1-2" name="kinds" value="yield" /><label for="qf-1-2">YIELD</label></div>
            <div><label for="qf-1-other">Other:</label><input type="text" id="qf-1-other" name="kinds.other" maxlength="40" /></div>
            </fieldset>
            """,
            html,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("dropdown")]
    [InlineData("combobox")]
    public void A_list_style_with_one_choice_is_a_select_with_an_empty_first_option(string style)
    {
        var html = Render(Question("size", Selection(Choices("s", "m"), $"<StyleSuggestion>{style}</StyleSuggestion>"), required: true));

        Assert.Contains(
            """
            <label for="qf-1">Choose one (required)</label>
            <select id="qf-1" name="size" aria-describedby="qf-1-content" required="">
            <option value="">Choose one</option>
            <option value="s">S</option>
            <option value="m">M</option>
            </select>
            """,
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_multichooser_with_several_choices_is_a_multiple_select_followed_by_the_other_box()
    {
        var tree = Tree(Render(Question("tags", Selection(Choices("a", "b", "c") + "<OtherSelection/>", "<MinSelectionCount>0</MinSelectionCount><MaxSelectionCount>2</MaxSelectionCount><StyleSuggestion>multichooser</StyleSuggestion>"))));

        var select = Assert.Single(tree.Descendants("select"));
        Assert.Equal("", select.Attribute("multiple")!.Value);
        Assert.Equal(["a", "b", "c"], select.Elements("option").Select(o => o.Attribute("value")!.Value));
        Assert.Equal("Choose up to 2", tree.Descendants("label").First().Value);
        Assert.Equal("tags.other", tree.Descendants("input").Single().Attribute("name")!.Value);
    }

    [Fact]
    public void Choices_with_formatted_content_or_images_stay_buttons_even_when_a_dropdown_is_suggested()
    {
        var tree = Tree(Render(Question(
            "pick",
            Selection(
                "<Selection><SelectionIdentifier>b</SelectionIdentifier><FormattedContent><![CDATA[<b>Bold</b><script>x()</script>]]></FormattedContent></Selection>"
                + "<Selection><SelectionIdentifier>i</SelectionIdentifier>" + Binary("image", "https://example.org/i.png", "An icon") + "</Selection>",
                "<StyleSuggestion>dropdown</StyleSuggestion>"))));

        Assert.Empty(tree.Descendants("select"));
        var labels = tree.Descendants("label").ToList();
        Assert.Equal("<label for=\"qf-1-1\"><b>Bold</b></label>", labels[0].ToString(SaveOptions.DisableFormatting));
        Assert.Equal("An icon", labels[1].Element("img")!.Attribute("alt")!.Value);
    }

    [Fact]
    public void Every_control_has_a_label_tied_to_it_and_ids_are_unique()
    {
        var tree = Tree(Render(
            Question("a b", FreeText(), displayName: "First"),
            Question("x", FreeText(settings: "<NumberOfLinesSuggestion>3</NumberOfLinesSuggestion>")),
            Question("r", Selection(Choices("1", "2") + "<OtherSelection/>")),
            Question("c", Selection(Choices("1", "2"), "<MaxSelectionCount>2</MaxSelectionCount>")),
            Question("d", Selection(Choices("1", "2"), "<StyleSuggestion>dropdown</StyleSuggestion>"))));

        var controls = tree.Descendants().Where(e => e.Name.LocalName is "input" or "textarea" or "select").ToList();
        var labelled = tree.Descendants("label").Select(l => l.Attribute("for")!.Value).ToList();
        Assert.Equal(8, controls.Count);
        Assert.All(controls, control => Assert.Contains(control.Attribute("id")!.Value, labelled));
        var ids = tree.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void A_legacy_form_renders_like_a_current_one()
    {
        string[] parts = [Overview("<Title>T</Title>"), Question("q", FreeText("<Length maxLength=\"3\"/>"), required: true), Question("s", Selection(Choices("a", "b")))];

        Assert.Equal(Render(parts), QuestionFormRenderer.Render(QuestionForm.Parse(LegacyForm(parts))));
    }

    [Fact]
    public void A_legacy_file_upload_question_says_it_is_not_supported_and_offers_no_control()
    {
        var html = QuestionFormRenderer.Render(QuestionForm.Parse(LegacyForm(Question(
            "upload",
            "<FileUploadAnswer><MaxFileSizeInBytes>3000000</MaxFileSizeInBytes><MinFileSizeInBytes>1000</MinFileSizeInBytes></FileUploadAnswer>"))));

        Assert.Contains("<p>This question asks for a file upload, which Kempelen does not support.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<input", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_submission_is_shown_again_with_the_workers_answers_and_each_error_beside_its_question()
    {
        var form = Parse(
            Question("count", FreeText("<IsNumeric minValue=\"0\" maxValue=\"50\"/>", "<DefaultText>0</DefaultText>"), required: true),
            Question("essay", FreeText(settings: "<NumberOfLinesSuggestion>3</NumberOfLinesSuggestion>")),
            Question("kinds", Selection(Choices("stop", "yield", "speed") + "<OtherSelection/>", "<MaxSelectionCount>3</MaxSelectionCount>")),
            Question("size", Selection(Choices("s", "m"), "<StyleSuggestion>dropdown</StyleSuggestion>")));
        QuestionAnswer[] answers =
        [
            new FreeTextAnswer("count", "70"),
            new FreeTextAnswer("essay", "\nkept <text>"),
            new SelectionAnswer("kinds", ["stop", "speed"], "other & more"),
            new SelectionAnswer("size", ["m"], null),
        ];

        var html = QuestionFormRenderer.Render(form, answers, [new AnswerError("count", "Enter a number from 0 to 50; got '70'."), new AnswerError("count", "Second <problem>.")]);

        Assert.Contains(
            """
            </div>
            <ul class="errors" id="qf-1-errors">
            <li>Enter a number from 0 to 50; got &#39;70&#39;.</li>
            <li>Second &lt;problem&gt;.</li>
            </ul>
            <label for="qf-1">Your answer (required)</label>
            <input type="text" id="qf-1" name="count" aria-describedby="qf-1-content qf-1-errors" aria-invalid="true" required=""
            """,
            html,
            StringComparison.Ordinal);
        var tree = Tree(html);
        Assert.Equal("70", Control(tree, "count").Attribute("value")!.Value);
        Assert.Equal("\n\nkept <text>", Control(tree, "essay").Value);
        Assert.Equal(["stop", "speed"], tree.Descendants("input").Where(i => i.Attribute("checked") is not null).Select(i => i.Attribute("value")!.Value));
        Assert.Equal("other & more", Control(tree, "kinds.other").Attribute("value")!.Value);
        Assert.Equal(["m"], tree.Descendants("option").Where(o => o.Attribute("selected") is not null).Select(o => o.Attribute("value")!.Value));
        Assert.Single(tree.Descendants(), e => e.Attribute("aria-invalid") is not null);
    }

    [Fact]
    public void Without_answers_the_default_text_fills_the_box() =>
        Assert.Equal("0", Control(Tree(QuestionFormRenderer.Render(Parse(Question("count", FreeText(settings: "<DefaultText>0</DefaultText>"))), [], [])), "count").Attribute("value")!.Value);

    private static XElement Control(XElement tree, string name) =>
        tree.Descendants().Single(e => e.Attribute("name")?.Value == name);

    private static string Binary(string type, string url, string alt) =>
        $"<Binary><MimeType><Type>{type}</Type></MimeType><DataURL>{url}</DataURL><AltText>{alt}</AltText></Binary>";
}
