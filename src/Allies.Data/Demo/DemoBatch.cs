using Allies.Core.Contacts;
using Allies.Core.Events;
using Allies.Core.Interactions;

namespace Allies.Data.Demo;

/// <summary>
/// Adds generated rows to the context and saves them every <c>size</c> rows, then forgets them, so memory stays
/// bounded whatever the size of the network. Change detection is off while it runs: the rows are new, EF needs no
/// snapshot comparison to insert them.
/// </summary>
sealed class DemoBatch(AlliesDb db, int size)
{
    int _pending;

    public int Saved { get; private set; }

    /// <summary>Adds one row (with its owned children); true when this filled a batch and it was saved.</summary>
    public async Task<bool> AddAsync(object row, CancellationToken ct)
    {
        db.Add(row);
        _pending += row switch
        {
            Contact c => 1 + c.Emails.Count + c.Phones.Count + c.Tags.Count,
            Interaction i => 1 + i.Participants.Count + i.Exchanges.Count,
            NetworkingEvent e => 1 + e.Guests.Count,
            _ => 1,
        };
        if (_pending < size)
        {
            return false;
        }

        await FlushAsync(ct);
        return true;
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending == 0)
        {
            return;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        Saved += _pending;
        _pending = 0;
    }
}
