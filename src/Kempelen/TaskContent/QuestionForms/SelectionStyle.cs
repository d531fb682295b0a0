namespace Kempelen.TaskContent.QuestionForms;

/// <summary>The StyleSuggestion of a SelectionAnswer, as the schema spells it in lower case.</summary>
public enum SelectionStyle
{
    RadioButton,
    Checkbox,
    List,
    Dropdown,
    Combobox,
    Multichooser,
}
