namespace Kempelen.TaskContent;

public enum QuestionKind
{
    HtmlQuestion,
    ExternalQuestion,
    QuestionForm,
}
