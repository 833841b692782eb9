namespace Specs.Runner.Reporting;

/// <summary>
/// A report file written through a large buffer that only closing empties: <see cref="Flush"/> does nothing.
/// Cucumber's HTML formatter flushes its writer after every message and every comma between them, so through a
/// plain file stream the corpus's page took about 45,000 write calls of a few hundred bytes each; here it takes
/// one per buffer. The file is written beside its target and renamed once closed, so nothing reads it half done.
/// </summary>
internal sealed class UnflushedFileStream(string path) : Stream
{
    private const int BufferBytes = 1 << 20;

    private readonly FileStream _file = new(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferBytes);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
        // Left to Dispose: see the summary.
    }

    public override void Write(byte[] buffer, int offset, int count) => _file.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _file.Write(buffer);

    public override void WriteByte(byte value) => _file.WriteByte(value);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _file.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        _file.WriteAsync(buffer, cancellationToken);

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
