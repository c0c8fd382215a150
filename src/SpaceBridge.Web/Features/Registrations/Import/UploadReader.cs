namespace SpaceBridge.Web.Features.Registrations.Import;

/// <summary>Reads an uploaded file into memory, refusing anything over the import limit without reading further.</summary>
public static class UploadReader
{
    /// <summary>The file's bytes, or null when it is larger than <see cref="RegistrationImporter.MaxFileBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > RegistrationImporter.MaxFileBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
