using System.Collections.Concurrent;
using System.Data.Common;
using Allies.Core.Agenda;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Allies.Data.Agenda;

/// <summary>
/// The last plan of each owner (one for the ritual's share, one for --all), reused while nothing it came from has
/// changed and while it stays exactly valid in time (<see cref="AgendaValidity"/>). "Nothing changed" is decided by one
/// indexed look-up: the owner's <see cref="OwnerStamp"/> is the same (any write to the owner's data, from this process
/// or another, such as the CLI, changes it) and no write went through EF in this process since
/// (<see cref="AgendaWrites"/>, a second guard that needs no one to remember to bump a stamp). A plan is reused only
/// until the first moment it could differ (a score's next whole-number change, local midnight, a decision's end), so a
/// cached plan always equals a fresh one; when only time made it expire, the contacts read for the same stamp are ranked
/// again without reading them.
/// </summary>
public sealed class AgendaCache
{
    readonly ConcurrentDictionary<(Guid Owner, bool All), Entry> _plans = new();
    readonly ConcurrentDictionary<Guid, (AgendaStamp Stamp, IReadOnlyList<AgendaContact> Contacts)> _contacts = new();
    readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    /// <summary>One planning at a time per owner: requests arriving meanwhile wait and take its plan instead of redoing it.</summary>
    internal SemaphoreSlim Gate(Guid owner) => _gates.GetOrAdd(owner, _ => new SemaphoreSlim(1, 1));

    /// <summary>The contacts and ties read for this stamp: when only time made the plan expire, it is ranked again without reading them.</summary>
    internal IReadOnlyList<AgendaContact>? Contacts(Guid owner, AgendaStamp stamp) =>
        _contacts.TryGetValue(owner, out var c) && c.Stamp == stamp ? c.Contacts : null;

    internal void Keep(Guid owner, AgendaStamp stamp, IReadOnlyList<AgendaContact> contacts) => _contacts[owner] = (stamp, contacts);

    internal AgendaPlan? Find(Guid owner, bool all, AgendaStamp stamp, DateTimeOffset now) =>
        _plans.TryGetValue((owner, all), out var e) && e.Stamp == stamp && now >= e.Plan.Now && now < e.Until
            ? AgendaValidity.At(e.Plan, now)
            : null;

    internal void Keep(Guid owner, bool all, AgendaStamp stamp, AgendaPlan plan, DateTimeOffset until) =>
        _plans[(owner, all)] = new Entry(stamp, plan, until);

    sealed record Entry(AgendaStamp Stamp, AgendaPlan Plan, DateTimeOffset Until);
}

/// <summary>What a cached plan depends on besides time: this process's write count and the owner's stamp in the database.</summary>
internal sealed record AgendaStamp(long Writes, long? Version);

/// <summary>
/// Counts the writes this process sends to the database (any INSERT, UPDATE or DELETE, EF's ExecuteUpdate/Delete
/// included, and every committed transaction): a cached agenda is only reused when none happened since it was read.
/// Counted after the command or the commit, so a plan read before a write can never be kept under the newer count.
/// </summary>
public sealed class AgendaWrites : DbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly AgendaWrites Instance = new();

    static long s_writes;

    AgendaWrites()
    {
    }

    public static long Count => Interlocked.Read(ref s_writes);

    static void Seen(DbCommand command)
    {
        var text = command.CommandText;
        if (text.Contains("INSERT ", StringComparison.OrdinalIgnoreCase) || text.Contains("UPDATE ", StringComparison.OrdinalIgnoreCase) || text.Contains("DELETE ", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref s_writes);
        }
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref s_writes);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref s_writes);
        return Task.CompletedTask;
    }
}
