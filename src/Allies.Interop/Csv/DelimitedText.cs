namespace Allies.Interop.Csv;

/// <summary>
/// Guesses the delimiter (',' ';' or tab: European Outlook writes ';') from the first block of text and hands back a
/// reader that still starts at the beginning.
/// </summary>
static class DelimitedText
{
    const int SniffChars = 16 * 1024;

    public static (TextReader Reader, string Delimiter) Sniff(TextReader reader)
    {
        var buffer = new char[SniffChars];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        var head = new string(buffer, 0, read);
        return (new ReplayReader(head, reader), Guess(head));
    }

    static string Guess(string head)
    {
        // count per candidate on the line where it is most frequent, outside quotes: preambles have few
        var best = (Delimiter: ',', Count: 0);
        foreach (var candidate in new[] { ',', ';', '\t' })
        {
            var max = 0;
            var count = 0;
            var quoted = false;
            foreach (var c in head)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == '\n' && !quoted)
                {
                    max = Math.Max(max, count);
                    count = 0;
                }
                else if (c == candidate && !quoted)
                {
                    count++;
                }
            }

            max = Math.Max(max, count);
            if (max > best.Count)
            {
                best = (candidate, max);
            }
        }

        return best.Delimiter.ToString();
    }

    sealed class ReplayReader(string head, TextReader rest) : TextReader
    {
        int position;

        public override int Peek() => position < head.Length ? head[position] : rest.Peek();

        public override int Read() => position < head.Length ? head[position++] : rest.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (position < head.Length)
            {
                var n = Math.Min(buffer.Length, head.Length - position);
                head.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
