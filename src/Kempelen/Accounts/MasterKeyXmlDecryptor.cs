using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Kempelen.Accounts;

/// <summary>Reads key-ring entries written by <see cref="MasterKeyXmlEncryptor"/>; Data Protection creates it by type.</summary>
public sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    internal static readonly byte[] AssociatedData = Encoding.UTF8.GetBytes("data-protection-key-ring");

    public XElement Decrypt(XElement encryptedElement)
    {
        var masterKey = services.GetRequiredService<MasterKey>();
        var plaintext = masterKey.Decrypt(Convert.FromBase64String(encryptedElement.Value), AssociatedData);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
