namespace Kempelen.TaskContent.QuestionForms;

/// <summary>A top-level part of a QuestionForm, in document order: <see cref="FormOverview"/> or <see cref="FormQuestion"/>.</summary>
public abstract record QuestionFormPart;
