using System.Text;

namespace Allies.Interop.VCards;

/// <summary>
/// Turns physical lines into logical ones: RFC 6350/2426 folding (a line starting with a space or tab continues the
/// previous one), vCard 2.1 quoted-printable soft breaks (a line ending in '='), and 2.1 base64 blocks whose lines are
/// not indented. Line numbers are kept so that problems point at the file.
/// </summary>
sealed class ContentLineReader(TextReader reader)
{
    string? peeked;
    long physicalLine;

    public IEnumerable<ContentLine> ReadAll()
    {
        while (Next() is { } first)
        {
            var start = physicalLine;
            var text = new StringBuilder(first);
            var quotedPrintable = HeaderMentions(first, "QUOTED-PRINTABLE");
            var base64 = !quotedPrintable && IsBase64Header(first);
            while (true)
            {
                var next = Peek();
                if (next is null)
                {
                    break;
                }

                if (next.Length > 0 && (next[0] == ' ' || next[0] == '\t'))
                {
                    Next();
                    text.Append(next, 1, next.Length - 1);
                    if (!quotedPrintable && !base64 && text.Length < 4096)
                    {
                        // a fold may hide ENCODING=... in the parameters
                        quotedPrintable = HeaderMentions(text.ToString(), "QUOTED-PRINTABLE");
                        base64 = !quotedPrintable && IsBase64Header(text.ToString());
                    }
                }
                else if (quotedPrintable && EndsWithSoftBreak(text))
                {
                    Next();
                    text.Length--;
                    if (next.Length == 0)
                    {
                        // some exporters double the line break after '='; the value goes on after the blank line
                        while (Peek() is { Length: 0 })
                        {
                            Next();
                        }

                        if (Peek() is { } after && !LooksLikeProperty(after))
                        {
                            text.Append(Next());
                        }
                    }
                    else
                    {
                        text.Append(next);
                    }
                }
                else if (base64 && next.Length > 0 && IsBase64Text(next))
                {
                    Next(); // 2.1 base64 without indentation: the bytes go on until a blank line
                    text.Append(next);
                }
                else
                {
                    break;
                }
            }

            yield return new(start, text.ToString());
        }
    }

    string? Peek() => peeked ??= reader.ReadLine();

    string? Next()
    {
        var line = peeked ?? reader.ReadLine();
        peeked = null;
        if (line is not null)
        {
            physicalLine++;
        }

        return line;
    }

    static bool EndsWithSoftBreak(StringBuilder text) => text.Length > 0 && text[^1] == '=';

    static bool HeaderMentions(string line, string word)
    {
        var colon = PropertyHeader.ValueStart(line);
        return colon > 0 && line.AsSpan(0, colon).Contains(word, StringComparison.OrdinalIgnoreCase);
    }

    static bool IsBase64Header(string line) =>
        HeaderMentions(line, "BASE64") || HeaderMentions(line, "ENCODING=B");

    static bool IsBase64Text(string line)
    {
        foreach (var c in line)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    static bool LooksLikeProperty(string line)
    {
        var colon = PropertyHeader.ValueStart(line);
        if (colon <= 0)
        {
            return false;
        }

        var name = line.AsSpan(0, colon);
        var semicolon = name.IndexOf(';');
        var bare = semicolon >= 0 ? name[..semicolon] : name;
        foreach (var c in bare)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            {
                return false;
            }
        }

        return bare.Length > 0;
    }
}
