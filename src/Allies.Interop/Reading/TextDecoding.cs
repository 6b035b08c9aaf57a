using System.Text;

namespace Allies.Interop.Reading;

/// <summary>
/// Opens an exported text file whatever the program that wrote it chose: UTF-8 with or without BOM, UTF-16 with a BOM
/// (or without, recognised by its zero bytes), or the Windows-1252 that older Outlook and Windows tools write.
/// Only the first block is sniffed, so a file of any size is read in one pass.
/// </summary>
public static class TextDecoding
{
    const int SniffLength = 64 * 1024;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, the "ANSI" code page of Western Windows installs.</summary>
    public static Encoding Windows1252 { get; } = GetCodePage(1252);

    /// <summary>
    /// UTF-8 that never fails: a byte that is not valid UTF-8 is read as Windows-1252, which is what a mixed file
    /// (an ANSI card appended to a UTF-8 file) meant.
    /// </summary>
    public static Encoding Utf8OrWindows1252 { get; } = Encoding.GetEncoding(
        "utf-8", EncoderFallback.ReplacementFallback, new Windows1252Fallback());

    /// <summary>The encoding a MIME or vCard CHARSET names, or null when this machine does not know it.</summary>
    public static Encoding? FromCharset(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(charset.Trim().Trim('"'));
            return encoding.CodePage == Encoding.UTF8.CodePage ? Utf8OrWindows1252 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Sniffs the start of <paramref name="stream"/> and returns a reader over the whole of it.</summary>
    public static DecodedText Open(Stream stream)
    {
        var prefix = new byte[SniffLength];
        var length = ReadUpTo(stream, prefix);
        var (encoding, bomLength) = Detect(prefix.AsSpan(0, length));
        var replay = new PrefixedStream(prefix, bomLength, length - bomLength, stream);
        return new(new StreamReader(replay, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024), encoding,
            encoding is UnicodeEncoding or UTF32Encoding ? null : NotText(prefix.AsSpan(0, length)));
    }

    /// <summary>
    /// Why bytes that should be a text export are not text, or null when they are: a zero byte (text in a one-byte or
    /// UTF-8 encoding never holds one; UTF-16 is recognised before this is asked), or control characters in more than
    /// 1 % of the block. A program, an image or a ZIP given by mistake is then one problem, not hundreds of rows of noise.
    /// </summary>
    public static ProblemText? NotText(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith("PK\u0003\u0004"u8))
        {
            return Reasons.Zip.Text;
        }

        var controls = 0;
        foreach (var b in start)
        {
            if (b == 0)
            {
                return Reasons.NotText.Text;
            }

            // Tab, line feed, form feed, carriage return, escape (ISO-2022 text) and Ctrl-Z (old DOS files) are text.
            controls += (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1A or 0x1B)) || b == 0x7F ? 1 : 0;
        }

        return controls > start.Length / 100 + 1
            ? Reasons.NotText.Text
            : null;
    }

    /// <summary>Which encoding the bytes are in, and how long their byte order mark is.</summary>
    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8OrWindows1252, 3);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        if (LooksLikeUtf16(start, out var bigEndian))
        {
            return (new UnicodeEncoding(bigEndian, byteOrderMark: false), 0);
        }

        return (IsUtf8(start) ? Utf8OrWindows1252 : Windows1252, 0);
    }

    // Text exports are mostly ASCII, so UTF-16 shows as a zero byte in every other position.
    static bool LooksLikeUtf16(ReadOnlySpan<byte> start, out bool bigEndian)
    {
        var sample = start[..(Math.Min(start.Length, 1024) & ~1)];
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            zeroEven += sample[i] == 0 ? 1 : 0;
            zeroOdd += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        bigEndian = zeroEven > zeroOdd;
        return pairs >= 4 && Math.Max(zeroEven, zeroOdd) > pairs * 0.6 && Math.Min(zeroEven, zeroOdd) < pairs * 0.1;
    }

    static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var extra = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
            if (extra < 0 || (extra == 1 && b < 0xC2))
            {
                return false;
            }

            for (var k = 1; k <= extra; k++)
            {
                if (i + k >= bytes.Length)
                {
                    return true; // a sequence cut by the end of the sniffed block
                }

                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }
            }

            i += extra + 1;
        }

        return true;
    }

    static int ReadUpTo(Stream stream, byte[] buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total;
    }

    static Encoding GetCodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}

/// <summary>A reader over a decoded file, the encoding that was found, and why the file is not text when it is not.</summary>
public sealed record DecodedText(TextReader Reader, Encoding Encoding, ProblemText? NotText = null) : IDisposable
{
    public void Dispose() => Reader.Dispose();
}
