namespace Allies.Interop.Mail;

/// <summary>
/// The envelope of one message, which is all an interaction needs: who wrote to whom, when, about what, and which
/// message it answers. Bodies are not kept.
/// </summary>
public sealed record MailRecord
{
    /// <summary>1-based position of the message in its mailbox (or folder).</summary>
    public long Number { get; init; }
    /// <summary>The file it came from (for a folder, the path inside it).</summary>
    public string File { get; init; } = "";
    /// <summary>Byte offset of the message in an mbox file, for finding it again.</summary>
    public long Offset { get; init; }

    /// <summary>Message-ID without angle brackets, when the message has one.</summary>
    public string? MessageId { get; init; }
    /// <summary>When it was sent; null when the Date header is missing or unreadable (a problem says which).</summary>
    public DateTimeOffset? Date { get; init; }
    public IReadOnlyList<MailPerson> From { get; init; } = [];
    public IReadOnlyList<MailPerson> To { get; init; } = [];
    public IReadOnlyList<MailPerson> Cc { get; init; } = [];
    public string? Subject { get; init; }
    /// <summary>The Message-ID this message answers.</summary>
    public string? InReplyTo { get; init; }
    /// <summary>The thread's Message-IDs, oldest first.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>
    /// An id that is the same every time the same message is read: its Message-ID, or, for messages without one,
    /// a hash of date, sender, recipients and subject. Makes re-imports idempotent.
    /// </summary>
    public string StableId { get; init; } = "";

    /// <summary>
    /// False when the reader's <see cref="MailInterest"/> turned the message down: the record then has its people,
    /// date, number and offset only (no subject, ids or thread, and an empty <see cref="StableId"/>).
    /// </summary>
    public bool Full { get; init; } = true;

    /// <summary>The Message-ID this message answers: its In-Reply-To, else the last of its References.</summary>
    public string? Parent => InReplyTo ?? (References.Count > 0 ? References[^1] : null);

    /// <summary>Everyone on the message (From, To, Cc), each address once (the first time it appears).</summary>
    public IReadOnlyList<MailPerson> Participants
    {
        get
        {
            // A loop over short lists: this runs for every message of a mailbox.
            var all = new List<MailPerson>(From.Count + To.Count + Cc.Count);
            Add(all, From);
            Add(all, To);
            Add(all, Cc);
            return all;

            static void Add(List<MailPerson> all, IReadOnlyList<MailPerson> people)
            {
                foreach (var person in people)
                {
                    if (!Has(all, person.Address))
                    {
                        all.Add(person);
                    }
                }
            }

            static bool Has(List<MailPerson> all, string address)
            {
                foreach (var p in all)
                {
                    if (string.Equals(p.Address, address, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}

/// <summary>
/// Whether a message is wanted whole, from its people (From, To, Cc, each as <see cref="MailRecord"/> holds them): a
/// reader that is told no skips the rest of the message's fields. An import wants only the messages about contacts.
/// </summary>
public delegate bool MailInterest(IReadOnlyList<MailPerson> from, IReadOnlyList<MailPerson> to, IReadOnlyList<MailPerson> cc);

/// <summary>A mailbox: the display name as decoded, and the address in lower case.</summary>
public sealed record MailPerson(string? Name, string Address);
