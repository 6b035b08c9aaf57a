namespace Allies.Interop.Mail;

public static partial class MailReader
{
    /// <summary>
    /// The people of address headers already read, by the header's raw bytes. Mail keeps coming from and going to the
    /// same people, so most From, To and Cc values have been parsed before: in the generated 520 MB mbox, 2,000 people
    /// write 1,073,010 address entries. Bounded: emptied when it holds <see cref="Max"/> values, so memory does not
    /// grow with the file. The lists are shared between records and never changed.
    /// </summary>
    sealed class PeopleCache
    {
        const int Max = 8192;
        readonly Dictionary<byte[], IReadOnlyList<MailPerson>> _people = new(BytesComparer.Instance);
        readonly Dictionary<byte[], IReadOnlyList<MailPerson>>.AlternateLookup<ReadOnlySpan<byte>> _byBytes;

        public PeopleCache() => _byBytes = _people.GetAlternateLookup<ReadOnlySpan<byte>>();

        public bool TryGet(ReadOnlySpan<byte> raw, out IReadOnlyList<MailPerson> people) => _byBytes.TryGetValue(raw, out people!);

        public void Add(ReadOnlySpan<byte> raw, IReadOnlyList<MailPerson> people)
        {
            if (_people.Count >= Max)
            {
                _people.Clear();
            }

            _byBytes.TryAdd(raw, people);
        }

        /// <summary>Byte strings by content; looked up by a span of the reader's buffer, copied only when added.</summary>
        sealed class BytesComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
        {
            public static readonly BytesComparer Instance = new();

            public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

            public int GetHashCode(byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);

            public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

            public int GetHashCode(ReadOnlySpan<byte> alternate)
            {
                var hash = new HashCode();
                hash.AddBytes(alternate);
                return hash.ToHashCode();
            }

            public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
        }
    }
}
