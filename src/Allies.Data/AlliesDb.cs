using Allies.Core.Contacts;
using Allies.Core.Events;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Core.Reciprocity;
using Allies.Core.Settings;
using Allies.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Allies.Data;

/// <summary>The one DbContext. Every domain row carries OwnerId; services filter on it in every query.</summary>
public sealed class AlliesDb(DbContextOptions<AlliesDb> options)
    : IdentityDbContext<AlliesUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ContactEmail> ContactEmails => Set<ContactEmail>();
    public DbSet<ContactPhone> ContactPhones => Set<ContactPhone>();
    public DbSet<ContactTag> ContactTags => Set<ContactTag>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<InteractionParticipant> InteractionParticipants => Set<InteractionParticipant>();
    public DbSet<Exchange> Exchanges => Set<Exchange>();
    public DbSet<Promise> Promises => Set<Promise>();
    public DbSet<LifeEvent> LifeEvents => Set<LifeEvent>();
    public DbSet<ContactLink> ContactLinks => Set<ContactLink>();
    public DbSet<Introduction> Introductions => Set<Introduction>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<NetworkingEvent> Events => Set<NetworkingEvent>();
    public DbSet<EventGuest> EventGuests => Set<EventGuest>();
    public DbSet<OwnerSettings> Settings => Set<OwnerSettings>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Core.Imports.ImportRun> ImportRuns => Set<Core.Imports.ImportRun>();
    public DbSet<Core.Imports.ImportReportItem> ImportReportItems => Set<Core.Imports.ImportReportItem>();
    public DbSet<Core.Imports.DuplicateCandidate> DuplicateCandidates => Set<Core.Imports.DuplicateCandidate>();
    public DbSet<Core.Ties.TieState> TieStates => Set<Core.Ties.TieState>();
    public DbSet<Core.Ties.TieWatermark> TieWatermarks => Set<Core.Ties.TieWatermark>();
    public DbSet<Core.Agenda.AgendaDecision> AgendaDecisions => Set<Core.Agenda.AgendaDecision>();
    public DbSet<Core.Agenda.AgendaFeed> AgendaFeeds => Set<Core.Agenda.AgendaFeed>();
    public DbSet<OwnerStamp> OwnerStamps => Set<OwnerStamp>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AlliesDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);

        // SQLite cannot compare or order DateTimeOffset text; store UTC instants as sortable integers there.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
