using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Allies.Data.Reciprocity;

/// <summary>
/// The indexes the reciprocity queries need (applied after the base configurations of these entities): the network-wide
/// archetype table reads one owner's exchanges in the window as one range of a covering index on the exchange's own copy
/// of its interaction's time (no join, no table row read); a ledger reads one contact's range; "have I ever given" reads
/// exchanges by direction.
/// </summary>
sealed class ExchangeReciprocityConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> b)
    {
        b.HasIndex(e => new { e.OwnerId, e.OccurredAt, e.ContactId, e.Direction, e.Outcome, e.IsProbe }).HasDatabaseName("IX_Exchanges_Reciprocity");
        b.HasIndex(e => new { e.OwnerId, e.ContactId, e.OccurredAt }).HasDatabaseName("IX_Exchanges_Ledger");
        b.HasIndex(e => new { e.OwnerId, e.Direction, e.Outcome, e.ContactId }).HasDatabaseName("IX_Exchanges_Given");
    }
}

/// <summary>A ledger finds one contact's interactions from their participations alone (index only, then each interaction by key).</summary>
sealed class ParticipantReciprocityConfiguration : IEntityTypeConfiguration<InteractionParticipant>
{
    public void Configure(EntityTypeBuilder<InteractionParticipant> b) =>
        b.HasIndex(p => new { p.ContactId, p.InteractionId }).HasDatabaseName("IX_InteractionParticipants_Ledger");
}

sealed class PromiseReciprocityConfiguration : IEntityTypeConfiguration<Promise>
{
    public void Configure(EntityTypeBuilder<Promise> b) =>
        b.HasIndex(p => new { p.OwnerId, p.ContactId });
}

/// <summary>Accounts that existed before these settings get the documented defaults, not zero.</summary>
sealed class SettingsReciprocityConfiguration : IEntityTypeConfiguration<Core.Settings.OwnerSettings>
{
    public void Configure(EntityTypeBuilder<Core.Settings.OwnerSettings> b)
    {
        b.Property(s => s.ArchetypeSharePercent).HasDefaultValue(ReciprocityRules.DefaultSharePercent);
        b.Property(s => s.ArchetypeMinExchanges).HasDefaultValue(ReciprocityRules.DefaultMinExchanges);
        b.Property(s => s.ArchetypeMinWeeks).HasDefaultValue(ReciprocityRules.DefaultMinWeeks);
    }
}
