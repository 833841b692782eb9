using System.Text;
using Specs.Runner.Reporting;

namespace Specs.Runner.Tests.Reporting;

/// <summary>The report file that ignores the HTML formatter's flush after every message and writes once it is closed.</summary>
public sealed class UnflushedFileStreamTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("specs-unflushed-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_flush_writes_nothing_to_the_file_and_closing_writes_everything_in_order()
    {
        var path = Path.Combine(_folder.FullName, "report.html.tmp");
        var expected = new StringBuilder();
        using (var stream = new UnflushedFileStream(path))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            for (var message = 0; message < 2_000; message++)
            {
                var line = $"{{\"message\":{message}}},";
                writer.Write(line);
                writer.Flush();
                expected.Append(line);
            }

            stream.WriteByte((byte)'!');
            expected.Append('!');
            Assert.Equal(0, new FileInfo(path).Length);
        }

        Assert.Equal(expected.ToString(), File.ReadAllText(path));
    }
}
