using Kempelen.Finance;

namespace Kempelen.Projects;

/// <summary>The built-in templates a requester may start a project from; their HTML is embedded from Projects/Templates.</summary>
public static class TemplateGallery
{
    private const long Hour = 3600;
    private const long Day = 86_400;

    public static readonly IReadOnlyList<GalleryTemplate> All =
    [
        new(
            "image-classification",
            "Image classification",
            "Workers put each image in one of a few categories.",
            "Choose the category of an image",
            "Look at one image and choose the category that fits it best.",
            "image, classification, categorize, photo",
            new Money(5),
            3,
            10 * 60,
            7 * Day,
            3 * Day,
            new Dictionary<string, string> { ["image_url"] = "https://upload.wikimedia.org/wikipedia/commons/3/3a/Cat03.jpg" }),
        new(
            "sentiment",
            "Text sentiment",
            "Workers read a short text and say whether it is positive, neutral or negative.",
            "Is this text positive, neutral or negative?",
            "Read a short text and judge the writer's attitude.",
            "text, sentiment, classification, opinion",
            new Money(3),
            3,
            10 * 60,
            7 * Day,
            3 * Day,
            new Dictionary<string, string> { ["text"] = "The delivery was late, but the support team sorted it out within an hour." }),
        new(
            "bounding-boxes",
            "Bounding boxes",
            "Workers draw boxes around objects in an image; the boxes come back as JSON pixel coordinates.",
            "Draw boxes around objects in an image",
            "Draw a rectangle around every object of one kind in an image.",
            "image, bounding box, annotation, object detection",
            new Money(10),
            1,
            20 * 60,
            7 * Day,
            3 * Day,
            new Dictionary<string, string>
            {
                ["image_url"] = "https://upload.wikimedia.org/wikipedia/commons/3/3a/Cat03.jpg",
                ["object_label"] = "cat",
            }),
        new(
            "image-transcription",
            "Image transcription",
            "Workers type the text they see in a scanned page, receipt or sign.",
            "Type the text in an image",
            "Copy the text shown in an image exactly as written.",
            "transcription, image, text, typing, OCR",
            new Money(15),
            1,
            30 * 60,
            7 * Day,
            3 * Day,
            new Dictionary<string, string> { ["image_url"] = "https://upload.wikimedia.org/wikipedia/commons/8/8f/Example_handwriting.jpg" }),
        new(
            "audio-transcription",
            "Audio transcription",
            "Workers listen to a short clip and type every word spoken.",
            "Transcribe a short audio clip",
            "Listen to a clip of under a minute and type what is said.",
            "transcription, audio, speech, typing",
            new Money(25),
            1,
            30 * 60,
            7 * Day,
            3 * Day,
            new Dictionary<string, string> { ["audio_url"] = "https://upload.wikimedia.org/wikipedia/commons/c/c8/Example.ogg" }),
        new(
            "survey-link",
            "External survey",
            "Workers take a survey on another site and paste the completion code it shows at the end.",
            "Take a short research survey",
            "Answer a survey on the researchers' site and paste its completion code.",
            "survey, research, questionnaire, study",
            new Money(100),
            100,
            Hour,
            7 * Day,
            3 * Day,
            new Dictionary<string, string>
            {
                ["survey_title"] = "How people plan their week",
                ["survey_url"] = "https://survey.example.org/s/week-planning",
                ["minutes"] = "10",
            }),
        new(
            "data-collection",
            "Data collection",
            "Workers look up facts about a company, place or person and give the page they found them on.",
            "Find facts about an organisation",
            "Search the web for an organisation and fill in its website, phone number and city.",
            "data collection, research, web search, facts",
            new Money(20),
            2,
            20 * 60,
            7 * Day,
            3 * Day,
            new Dictionary<string, string>
            {
                ["entity_name"] = "Deutsches Museum",
                ["instructions"] = "Give the facts of the main site, not of a branch.",
            }),
    ];

    public static GalleryTemplate? Find(string? key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));

    internal static string HtmlOf(string key)
    {
        using var stream = typeof(TemplateGallery).Assembly.GetManifestResourceStream($"Kempelen.Projects.Templates.{key}.html")
            ?? throw new InvalidOperationException($"The gallery template {key} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
