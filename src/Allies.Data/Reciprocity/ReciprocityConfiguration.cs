using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Allies.Data.Reciprocity;

/// <summary>
/// The indexes the reciprocity queries need (applied after the base configurations of these entities): the network-wide
/// archetype table reads one owner's exchanges, then each one's interaction time, from indexes alone (no table row is
/// read); "have I ever given" reads exchanges by direction.
/// </summary>
sealed class ExchangeReciprocityConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> b)
    {
        b.HasIndex(e => new { e.OwnerId, e.InteractionId, e.ContactId, e.Direction, e.Outcome, e.IsProbe }).HasDatabaseName("IX_Exchanges_Reciprocity");
        b.HasIndex(e => new { e.OwnerId, e.Direction, e.Outcome, e.ContactId }).HasDatabaseName("IX_Exchanges_Given");
    }
}

sealed class InteractionReciprocityConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> b) =>
        b.HasIndex(i => new { i.Id, i.OwnerId, i.OccurredAt }).HasDatabaseName("IX_Interactions_Id_Owner_Time");
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
