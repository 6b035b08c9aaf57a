using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Allies.Data.Imports;

public sealed partial class ImportService
{
    /// <summary>How a run's batches are saved and committed, several to a transaction.</summary>
    sealed partial class Job
    {
        /// <summary>The transaction batches are written in, until <see cref="BatchesPerCommit"/> of them are; null between commits.</summary>
        IDbContextTransaction? transaction;
        int batchesInTransaction;
        /// <summary>A batch has begun writing in <see cref="transaction"/> and is not saved yet.</summary>
        bool writing;

        /// <summary>
        /// The transaction for the rows a batch inserts without the tracker (the batch's tracked changes join it at
        /// <see cref="CommitAsync"/>). Batches share one until <see cref="BatchesPerCommit"/> of them are written.
        /// </summary>
        async Task TransactionAsync(CancellationToken ct)
        {
            transaction ??= await db.Database.BeginTransactionAsync(ct);
            writing = true;
        }

        /// <summary>
        /// Ends a batch: saves its tracked changes, report lines and counters. Without a <see cref="TransactionAsync"/>
        /// that is its commit; in one, the transaction is committed once it holds <see cref="BatchesPerCommit"/> batches,
        /// or when <paramref name="last"/>. Progress is reported once something is committed.
        /// </summary>
        async Task CommitAsync(CancellationToken ct, bool last = false)
        {
            db.ImportReportItems.AddRange(pending);
            pending.Clear();
            db.Entry(run).State = EntityState.Modified;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            writing = false;
            if (transaction is not null)
            {
                if (++batchesInTransaction < service.BatchesPerCommit && !last)
                {
                    return;
                }

                await transaction.CommitAsync(ct);
                await EndTransactionAsync();
            }

            progress?.Invoke(run, source.Fraction);
        }

        /// <summary>After a read failure, which comes between batches: commits the whole batches written before it.</summary>
        public async Task CommitWrittenAsync()
        {
            if (transaction is not null && !writing)
            {
                await transaction.CommitAsync(CancellationToken.None);
                await EndTransactionAsync();
            }
        }

        /// <summary>
        /// At the end of every run: a transaction still open there holds a batch cut short (any failure but a read
        /// failure, which <see cref="CommitWrittenAsync"/> handled), so it goes, and the database is as at the last commit.
        /// </summary>
        public async Task RollBackAsync()
        {
            if (transaction is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                await EndTransactionAsync();
            }
        }

        async Task EndTransactionAsync()
        {
            await transaction!.DisposeAsync();
            (transaction, batchesInTransaction, writing) = (null, 0, false);
        }
    }
}
