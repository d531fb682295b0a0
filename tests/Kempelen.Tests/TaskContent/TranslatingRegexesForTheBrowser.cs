using Kempelen.TaskContent.QuestionForms;

namespace Kempelen.Tests.TaskContent;

/// <summary>
/// Which AnswerFormatRegex patterns become an HTML pattern attribute. Each row was checked against V8 (node 20):
/// accepted rows compile as new RegExp("^(?:" + pattern + ")$", "v"); refused rows either do not, or use syntax the
/// translation leaves out on purpose.
/// </summary>
public sealed class TranslatingRegexesForTheBrowser
{
    [Theory]
    [InlineData(@"\S")]
    [InlineData(@"^\d{5}(-\d{4})?$")]
    [InlineData(@"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")]
    [InlineData(@"^[\w.]+$")]
    [InlineData(@"colou?r")]
    [InlineData(@"\bword\b")]
    [InlineData(@"^\$?\d+(\.\d\d)?$")]
    [InlineData(@"[\[\]]")]
    [InlineData(@"(?=.*\d)(?=.*[a-z]).{8,}")]
    [InlineData(@"(?<!x)y")]
    [InlineData(@"a/b\/")]
    [InlineData(@"\u0041\x41")]
    [InlineData(@"^https?://")]
    [InlineData(@"[ -~]")]
    [InlineData(@"[\-\&]")]
    [InlineData(@"a+?b*?")]
    [InlineData(@"x|y|")]
    public void Patterns_valid_in_the_v_mode_are_wrapped_so_the_browser_searches_like_MTurk(string pattern) =>
        Assert.Equal($"[\\s\\S]*(?:{pattern})[\\s\\S]*", JavaScriptPattern.From(Regex(pattern)));

    [Theory]
    [InlineData(@"[a-z0-9._%+-]+")]
    [InlineData(@"[a-z-]")]
    [InlineData(@"[-a]")]
    [InlineData(@"[\d-z]")]
    [InlineData(@"[!-/]")]
    [InlineData(@"[/]")]
    [InlineData(@"[..]")]
    [InlineData(@"\-")]
    [InlineData(@"a{,2}")]
    [InlineData(@"}")]
    [InlineData(@"^*")]
    [InlineData(@"$+")]
    [InlineData(@"\b{2}")]
    [InlineData(@"(?=a)*")]
    [InlineData(@"(a)\1")]
    [InlineData(@"\p{L}")]
    [InlineData(@"\0")]
    public void Patterns_the_v_mode_refuses_or_we_do_not_translate_get_no_attribute(string pattern) =>
        Assert.Null(JavaScriptPattern.From(Regex(pattern)));

    [Fact]
    public void A_case_insensitive_regex_gets_no_attribute_because_a_pattern_has_no_flags() =>
        Assert.Null(JavaScriptPattern.From(AnswerFormatRegex.TryCreate("abc", null, "i")!));

    [Theory]
    [InlineData("(unbalanced")]
    [InlineData("a[^")]
    [InlineData("[^")]
    [InlineData("*")]
    public void A_pattern_no_engine_can_compile_is_no_constraint_at_all(string pattern) =>
        Assert.Null(AnswerFormatRegex.TryCreate(pattern, null, null));

    private static AnswerFormatRegex Regex(string pattern) =>
        AnswerFormatRegex.TryCreate(pattern, null, null) ?? throw new InvalidOperationException($"'{pattern}' does not compile.");
}
