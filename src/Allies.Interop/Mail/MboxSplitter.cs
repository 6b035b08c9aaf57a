using MimeKit;

namespace Allies.Interop.Mail;

/// <summary>
/// Splits an mbox into messages on lines that start with "From " (as MimeKit's mbox parser does) and finds, for each,
/// the top-level headers an envelope needs: where each one's raw value lies in the buffer (as MimeKit's
/// <see cref="Header"/> would cut it), for the caller to parse with MimeKit straight from the bytes — a
/// <see cref="Header"/> object copies its options (a dictionary) and its value, which cost more than the parsing.
/// Bodies are skipped with a vectorised search for the next "From " line, so the cost follows the headers, not the
/// bodies. Memory: one 1 MB buffer; a header block longer than that is cut at 1 MB.
/// </summary>
sealed class MboxSplitter(Stream stream)
{
    const int BufferSize = 1 << 20;
    readonly byte[] _buf = new byte[BufferSize];
    int _start;
    int _end;
    long _base; // file offset of _buf[0]
    bool _eof;
    bool _inBody;

    /// <summary>A wanted header of the current message: its id, its whole line(s) and its raw value (after the colon, folding and line end included) in <see cref="Buffer"/>.</summary>
    public readonly record struct Span(HeaderId Id, int Line, int Value, int End);

    /// <summary>The current message's wanted headers, in file order; their bytes are in <see cref="Buffer"/> until the next <see cref="Next"/>.</summary>
    public List<Span> Headers { get; } = [];

    /// <summary>The bytes the <see cref="Headers"/> point into.</summary>
    public byte[] Buffer => _buf;

    /// <summary>The current message's wanted headers as MimeKit <see cref="Header"/> objects (for the rare message that needs them).</summary>
    public List<Header> ToHeaders()
    {
        var headers = new List<Header>(Headers.Count);
        foreach (var h in Headers)
        {
            if (Header.TryParse(_buf, h.Line, h.End - h.Line, out var header))
            {
                headers.Add(header);
            }
        }

        return headers;
    }

    /// <summary>Byte offset of the current message's "From " line.</summary>
    public long Offset { get; private set; }

    /// <summary>Whether the input held anything at all.</summary>
    public bool SawInput => _base + _end > 0;

    /// <summary>Reads the next message; false at the end of the input, or when it is not at a "From " line.</summary>
    public bool Next()
    {
        Headers.Clear();
        if (_inBody)
        {
            // The previous message's body is skipped only now: until then its headers stay where they were read.
            SkipBody();
            _inBody = false;
        }

        while (_end - _start < 5 && Fill())
        {
        }

        if (_end - _start < 5 || !_buf.AsSpan(_start, 5).SequenceEqual("From "u8))
        {
            return false;
        }

        Offset = _base + _start;

        // The "From " line.
        int newline;
        while ((newline = _buf.AsSpan(_start, _end - _start).IndexOf((byte)'\n')) < 0)
        {
            if (!Fill())
            {
                _start = _end;
                return true;
            }
        }

        _start += newline + 1;

        // The header block, up to its blank line.
        int headersEnd;
        while ((headersEnd = HeaderEnd(_buf.AsSpan(_start, _end - _start))) < 0 && Fill())
        {
        }

        var blockEnd = headersEnd >= 0 ? _start + headersEnd : _end;
        ParseHeaders(_start, blockEnd);
        _start = blockEnd;
        _inBody = true;
        return true;
    }

    /// <summary>Skips the body, up to the next line that starts with "From " (or the end).</summary>
    void SkipBody()
    {
        while (true)
        {
            var next = _buf.AsSpan(_start, _end - _start).IndexOf("\nFrom "u8);
            if (next >= 0)
            {
                _start += next + 1;
                return;
            }

            _start = _end - Math.Min(5, _end - _start);
            if (!Fill())
            {
                _start = _end;
                return;
            }
        }
    }

    /// <summary>Moves what is left to the front and reads more; false at the end or when the buffer is full.</summary>
    bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0)
        {
            System.Buffer.BlockCopy(_buf, _start, _buf, 0, _end - _start);
            _base += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buf.Length)
        {
            return false;
        }

        var read = stream.Read(_buf, _end, _buf.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>Index just past the blank line that ends the headers (the block may be only that line), or -1.</summary>
    static int HeaderEnd(ReadOnlySpan<byte> s)
    {
        if (s.Length > 0 && s[0] == '\n')
        {
            return 1;
        }

        if (s.Length > 1 && s[0] == '\r' && s[1] == '\n')
        {
            return 2;
        }

        var from = 0;
        while (true)
        {
            var i = s[from..].IndexOf((byte)'\n');
            if (i < 0)
            {
                return -1;
            }

            var p = from + i + 1;
            if (p < s.Length && s[p] == '\n')
            {
                return p + 1;
            }

            if (p + 1 < s.Length && s[p] == '\r' && s[p + 1] == '\n')
            {
                return p + 2;
            }

            if (p >= s.Length - 1)
            {
                return -1;
            }

            from = p;
        }
    }

    void ParseHeaders(int start, int end)
    {
        var p = start;
        while (p < end)
        {
            // A header is its line and the following lines that start with a space or a tab.
            var lineEnd = p;
            while (true)
            {
                var i = _buf.AsSpan(lineEnd, end - lineEnd).IndexOf((byte)'\n');
                lineEnd = i < 0 ? end : lineEnd + i + 1;
                if (lineEnd >= end || (_buf[lineEnd] != ' ' && _buf[lineEnd] != '\t'))
                {
                    break;
                }
            }

            if (Wanted(_buf.AsSpan(p, lineEnd - p), out var id, out var colon))
            {
                Headers.Add(new Span(id, p, p + colon + 1, lineEnd));
            }

            p = lineEnd;
        }
    }

    /// <summary>
    /// Whether the line is one of the wanted headers: its name, exactly (any case), then the colon — MimeKit's strict
    /// header parse takes nothing else (a blank before the colon makes it no header at all).
    /// </summary>
    static bool Wanted(ReadOnlySpan<byte> line, out HeaderId id, out int colon)
    {
        colon = line.IndexOf((byte)':');
        var name = colon is > 0 and <= 11 ? line[..colon] : default;
        id = name.Length switch
        {
            2 when Is(name, "To") => HeaderId.To,
            2 when Is(name, "Cc") => HeaderId.Cc,
            4 when Is(name, "Date") => HeaderId.Date,
            4 when Is(name, "From") => HeaderId.From,
            7 when Is(name, "Subject") => HeaderId.Subject,
            10 when Is(name, "Message-ID") => HeaderId.MessageId,
            10 when Is(name, "References") => HeaderId.References,
            11 when Is(name, "In-Reply-To") => HeaderId.InReplyTo,
            _ => HeaderId.Unknown,
        };
        return id != HeaderId.Unknown;
    }

    static bool Is(ReadOnlySpan<byte> name, string wanted) => System.Text.Ascii.EqualsIgnoreCase(name, wanted);
}
