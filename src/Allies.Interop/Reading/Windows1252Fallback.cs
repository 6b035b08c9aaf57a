using System.Text;

namespace Allies.Interop.Reading;

/// <summary>Reads each byte that is not valid UTF-8 as the Windows-1252 character it most likely was.</summary>
sealed class Windows1252Fallback : DecoderFallback
{
    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    sealed class Buffer : DecoderFallbackBuffer
    {
        char[] chars = [];
        int next;

        public override int Remaining => chars.Length - next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            chars = TextDecoding.Windows1252.GetChars(bytesUnknown);
            next = 0;
            return chars.Length > 0;
        }

        public override char GetNextChar() => next < chars.Length ? chars[next++] : '\0';

        public override bool MovePrevious()
        {
            if (next == 0)
            {
                return false;
            }

            next--;
            return true;
        }

        public override void Reset()
        {
            chars = [];
            next = 0;
        }
    }
}
