using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Allies.Data.Reciprocity;

/// <summary>
/// The indexes the reciprocity queries need (applied after the base configurations of these entities): the network-wide
/// archetype table reads interactions of one owner by time with their ids, then their exchanges by interaction, from
/// indexes alone; "have I ever given" reads exchanges by direction.
/// </summary>
sealed class ExchangeReciprocityConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> b)
    {
        b.HasIndex(e => new { e.InteractionId, e.ContactId, e.Direction, e.Outcome, e.IsProbe }).HasDatabaseName("IX_Exchanges_Reciprocity");
        b.HasIndex(e => new { e.OwnerId, e.Direction, e.Outcome, e.ContactId }).HasDatabaseName("IX_Exchanges_Given");
    }
}

sealed class InteractionReciprocityConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> b) =>
        b.HasIndex(i => new { i.OwnerId, i.OccurredAt, i.Id }).HasDatabaseName("IX_Interactions_Owner_Time_Id");
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
