using System.Xml;
using System.Xml.Linq;

namespace Kempelen.TaskContent;

/// <summary>
/// The one way TaskContent reads XML: DTDs prohibited and no resolver, so no entity can expand or read a file
/// (architecture §5, §10). Malformed input surfaces as <see cref="XmlException"/> for the caller to translate.
/// </summary>
internal static class SafeXml
{
    // maxCharacters is the largest document accepted; 0 leaves bounding the input to the caller.
    public static XmlReader CreateReader(string xml, long maxCharacters) =>
        XmlReader.Create(new StringReader(xml), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
        });

    public static XDocument Load(string xml, long maxCharacters, LoadOptions options)
    {
        using var reader = CreateReader(xml, maxCharacters);
        return XDocument.Load(reader, options);
    }
}
