using System.Text;
using Kempelen.Projects;

namespace Kempelen.Tests.Projects;

/// <summary>A batch's rows are checked against the question size limit by a bound that never falls below the real question.</summary>
public sealed class BoundingQuestionLengths
{
    private static readonly string[] Templates =
    [
        """<img src="${a}" alt="${b}"><input name="label">""",
        """<crowd-form>]]${a}]${b}>]]>${a}</crowd-form>""",
        """<!DOCTYPE html><html><body><form>${a}]]</form>>${b}</body></html>""",
        """${a}""",
        """]]>]]>${b}>${a}]""",
    ];

    private static readonly string[] Pieces = ["]", "]]", ">", "\"", "'", "&", "<", "é", "\u00a0", "ÿ", "漢", "🙂", "\ud800", "\udc00", "a", " ", "]]>", "\n"];

    [Fact]
    public void The_bound_is_never_below_the_utf8_length_of_the_question_a_row_makes()
    {
        var random = new Random(9);
        string[] columns = ["a", "b"];
        foreach (var html in Templates)
        {
            var question = ProjectTemplate.FillerFor(html, columns, "csv");
            var bound = ProjectTemplate.QuestionLengthBoundFor(html, columns, 400, "csv");
            for (var i = 0; i < 2_000; i++)
            {
                string[] values = [Value(random), Value(random)];
                var made = ProjectTemplate.ToHtmlQuestion(question(values), 400);
                Assert.True(bound(values) >= Encoding.UTF8.GetByteCount(made), $"{html} with [{values[0]}] [{values[1]}]");
                Assert.True(Encoding.UTF8.GetByteCount(made) >= made.Length);
            }
        }
    }

    private static string Value(Random random)
    {
        var value = new StringBuilder();
        for (var n = random.Next(0, 12); n > 0; n--)
        {
            value.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return value.ToString();
    }
}
