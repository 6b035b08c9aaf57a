using MimeKit;

namespace Allies.Interop.Mail;

/// <summary>
/// Splits an mbox into messages on lines that start with "From " (as MimeKit's mbox parser does) and keeps, for each,
/// the top-level headers an envelope needs, each parsed by MimeKit's <see cref="Header"/>. Bodies are skipped with a
/// vectorised search for the next "From " line, so the cost follows the headers, not the bodies. Memory: one 1 MB
/// buffer; a header block longer than that is cut at 1 MB.
/// </summary>
sealed class MboxSplitter(Stream stream)
{
    const int BufferSize = 1 << 20;
    readonly byte[] _buf = new byte[BufferSize];
    int _start;
    int _end;
    long _base; // file offset of _buf[0]
    bool _eof;

    /// <summary>The current message's wanted headers, in file order.</summary>
    public List<Header> Headers { get; } = [];

    /// <summary>Byte offset of the current message's "From " line.</summary>
    public long Offset { get; private set; }

    /// <summary>Whether the input held anything at all.</summary>
    public bool SawInput => _base + _end > 0;

    /// <summary>Reads the next message; false at the end of the input, or when it is not at a "From " line.</summary>
    public bool Next()
    {
        Headers.Clear();
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

        // The body, up to the next line that starts with "From ".
        while (true)
        {
            var next = _buf.AsSpan(_start, _end - _start).IndexOf("\nFrom "u8);
            if (next >= 0)
            {
                _start += next + 1;
                return true;
            }

            _start = _end - Math.Min(5, _end - _start);
            if (!Fill())
            {
                _start = _end;
                return true;
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
            Buffer.BlockCopy(_buf, _start, _buf, 0, _end - _start);
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

            if (Wanted(_buf.AsSpan(p, lineEnd - p)) && Header.TryParse(_buf, p, lineEnd - p, out var header))
            {
                Headers.Add(header);
            }

            p = lineEnd;
        }
    }

    static bool Wanted(ReadOnlySpan<byte> line)
    {
        var colon = line.IndexOf((byte)':');
        if (colon is <= 0 or > 12)
        {
            return false;
        }

        var name = line[..colon].TrimEnd(" \t"u8);
        return name.Length switch
        {
            2 => Is(name, "To") || Is(name, "Cc"),
            4 => Is(name, "Date") || Is(name, "From"),
            7 => Is(name, "Subject"),
            10 => Is(name, "Message-ID") || Is(name, "References"),
            11 => Is(name, "In-Reply-To"),
            _ => false,
        };
    }

    static bool Is(ReadOnlySpan<byte> name, string wanted) => System.Text.Ascii.EqualsIgnoreCase(name, wanted);
}
