using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// Writes the living documentation as a static site that opens from disk: index.html, the page's script and
/// style (served from this assembly), and docs-data.js, the model packed by <see cref="CompactJson"/> (each repeated
/// string and object shape written once; docs.js unpacks it). The data is a
/// script, not a .json file, because a page opened from file:// may not fetch files beside it, and the
/// site must work with no server and no network.
/// </summary>
public static class DocsSiteWriter
{
    public const string DataFileName = "docs-data.js";

    private static readonly string[] Assets = ["index.html", "docs.css", "docs.js"];

    /// <summary>Writes the site into <paramref name="folder"/> (created when missing; earlier site files replaced); returns the bytes written.</summary>
    public static long Write(DocsModel model, string folder)
    {
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(folder);
        long bytes = 0;
        foreach (var asset in Assets)
        {
            var text = Asset(asset);
            if (asset == "index.html")
            {
                text = text.Replace("{{title}}", System.Net.WebUtility.HtmlEncode(model.Title), StringComparison.Ordinal);
            }

            bytes += WriteFile(Path.Combine(folder, asset), text);
        }

        bytes += WriteFile(Path.Combine(folder, DataFileName), [.. "window.LIVING_DOCS_PACKED="u8, .. CompactJson.Pack(Serialize(model)), .. ";\n"u8]);
        return bytes;
    }

    // The model's JSON is read back by the packer, never shown, so nothing in it is escaped that JSON does not require:
    // the default encoder wrote every '+', '<', '&', quote-in-a-record and non-ASCII letter as \uXXXX for the packer
    // to unescape again. The packer's own output escapes what a script needs.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The model as UTF-8 JSON, before packing.</summary>
    public static byte[] Serialize(DocsModel model)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 20);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            DocsModelWriter.WriteModel(writer, model);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The model as the page reads it once docs.js has unpacked the data file.</summary>
    public static JsonNode? ToNode(DocsModel model) => JsonNode.Parse(Serialize(model));

    private static long WriteFile(string path, string text) => WriteFile(path, new UTF8Encoding(false).GetBytes(text));

    private static long WriteFile(string path, byte[] content)
    {
        // Write beside the target and rename, so a reader never sees half a file.
        File.WriteAllBytes(path + ".tmp", content);
        File.Move(path + ".tmp", path, overwrite: true);
        return content.Length;
    }

    private static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("LivingDocs." + name)
            ?? throw new InvalidOperationException($"the runner was built without its living-docs asset {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
