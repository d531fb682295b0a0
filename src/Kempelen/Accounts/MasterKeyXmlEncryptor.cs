using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Kempelen.Accounts;

/// <summary>
/// Encrypts the Data Protection key ring with the master key before it is stored in the database, so the keys
/// that seal cookies and task tokens are as safe at rest as the SigV4 secrets (architecture §10).
/// </summary>
public sealed class MasterKeyXmlEncryptor(MasterKey masterKey) : IXmlEncryptor
{
    public const string ElementName = "masterKeyEncrypted";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var ciphertext = masterKey.Encrypt(plaintext, MasterKeyXmlDecryptor.AssociatedData);
        return new EncryptedXmlInfo(new XElement(ElementName, Convert.ToBase64String(ciphertext)), typeof(MasterKeyXmlDecryptor));
    }
}
