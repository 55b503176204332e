namespace PerfEval.Readers;

/// <summary>
/// A read-only wrapper that refuses to deliver more than a fixed number of
/// bytes, so a zip entry cannot inflate without bound whatever its header claims.
/// </summary>
internal sealed class BoundedStream : Stream
{
    readonly Stream inner;
    readonly long limit;
    readonly Func<Exception> onExceeded;
    long total;

    public BoundedStream(Stream inner, long limit, Func<Exception> onExceeded)
    {
        this.inner = inner;
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer);
        total += n;
        if (total > limit)
            throw onExceeded();
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => total; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
