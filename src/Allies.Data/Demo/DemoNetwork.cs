using Allies.Core;
using Allies.Core.Interactions;
using Allies.Data.Accounts;
using Allies.Data.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Demo;

/// <summary>
/// Creates (or refreshes) the demo account with a deterministic, realistic network. Used by `allies demo`, by the web
/// app's start-up seeding, by the tests and by the benchmarks.
/// </summary>
public sealed class DemoNetwork(AlliesDb db, AccountService accounts, UserManager<AlliesUser> users, SettingsService settings, TimeProvider clock)
{
    public const int MaxContacts = 1_000_000;
    const int BatchRows = 2_000;

    public async Task<DemoResult> CreateAsync(DemoOptions options, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        if (options.Contacts is < 1 or > MaxContacts)
        {
            throw InvalidInputException.For("Contacts", "out_of_range", $"The demo network needs between 1 and {MaxContacts:N0} contacts.");
        }

        var owner = await AccountAsync(options, ct);
        progress?.Report(0);
        var generator = new DemoGenerator(owner, options.Contacts, options.Seed, clock.GetUtcNow(), options.Interactions);
        var interactions = 0;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            // One transaction for the whole refresh: a failure or a Ctrl+C leaves the previous demo intact rather than
            // half a network, and SQLite commits (and syncs) once instead of once per batch.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await DemoWipe.OwnerDataAsync(db, owner, ct);
            progress?.Report(0.02);

            var batch = new DemoBatch(db, BatchRows);
            var contacts = 0;
            foreach (var contact in generator.Contacts())
            {
                contacts++;
                if (await batch.AddAsync(contact, ct))
                {
                    progress?.Report(0.02 + (0.28 * contacts / options.Contacts));
                }
            }

            await batch.FlushAsync(ct);
            foreach (var row in generator.History())
            {
                interactions += row is Interaction ? 1 : 0;
                if (await batch.AddAsync(row, ct))
                {
                    progress?.Report(0.3 + (0.55 * generator.Position / options.Contacts));
                }
            }

            await batch.FlushAsync(ct);
            foreach (var link in generator.Links())
            {
                if (await batch.AddAsync(link, ct))
                {
                    progress?.Report(0.85 + (0.13 * generator.Position / options.Contacts));
                }
            }

            foreach (var plan in generator.Plans())
            {
                await batch.AddAsync(plan, ct);
            }

            await batch.FlushAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            await settings.SaveAsync(owner, s =>
            {
                s.Language = "en";
                s.TimeZone = "Europe/Paris";
                s.OwnEmails = [options.Email];
            }, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.Database.AutoSavepointsEnabled = true;
        }

        progress?.Report(1);
        return new DemoResult(owner, options.Email, options.Password, options.Contacts, interactions);
    }

    /// <summary>The demo account, created if missing; an existing one gets the requested password back.</summary>
    async Task<Guid> AccountAsync(DemoOptions options, CancellationToken ct)
    {
        var user = await accounts.FindByEmailAsync(options.Email, ct);
        if (user is null)
        {
            return (await accounts.CreateAsync(options.Email, options.Password, ct)).Id;
        }

        if (!await users.CheckPasswordAsync(user, options.Password))
        {
            await users.RemovePasswordAsync(user);
            var result = await users.AddPasswordAsync(user, options.Password);
            if (!result.Succeeded)
            {
                throw new InvalidInputException([.. result.Errors.Select(e => new FieldError("Password", e.Code, e.Description))]);
            }
        }

        return user.Id;
    }

    /// <summary>True when the account exists and already holds contacts (start-up seeding then leaves it alone).</summary>
    public async Task<bool> ExistsWithDataAsync(string email, CancellationToken ct = default)
    {
        var user = await accounts.FindByEmailAsync(email, ct);
        return user is not null && await db.Contacts.AnyAsync(c => c.OwnerId == user.Id, ct);
    }
}
