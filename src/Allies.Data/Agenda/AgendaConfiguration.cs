using Allies.Core.Agenda;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Ties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Allies.Data.Agenda;

sealed class TieStateConfiguration : IEntityTypeConfiguration<TieState>
{
    public void Configure(EntityTypeBuilder<TieState> b)
    {
        b.HasKey(t => t.ContactId);
        b.Property(t => t.LastSummary).HasMaxLength(300);
        b.HasOne<Contact>().WithOne().HasForeignKey<TieState>(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.OwnerId, t.Stale });
    }
}

sealed class TieWatermarkConfiguration : IEntityTypeConfiguration<TieWatermark>
{
    public void Configure(EntityTypeBuilder<TieWatermark> b) => b.HasKey(w => w.OwnerId);
}

sealed class AgendaDecisionConfiguration : IEntityTypeConfiguration<AgendaDecision>
{
    public void Configure(EntityTypeBuilder<AgendaDecision> b)
    {
        b.Property(d => d.ItemKey).HasMaxLength(120);
        b.HasOne<Contact>().WithMany().HasForeignKey(d => d.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Interaction>().WithMany().HasForeignKey(d => d.InteractionId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(d => new { d.OwnerId, d.DecidedAt });
    }
}

sealed class AgendaFeedConfiguration : IEntityTypeConfiguration<AgendaFeed>
{
    public void Configure(EntityTypeBuilder<AgendaFeed> b)
    {
        b.HasKey(f => f.OwnerId);
        b.Property(f => f.Hash).HasMaxLength(64);
        b.HasIndex(f => f.Hash).IsUnique();
    }
}

/// <summary>The tie states catch up with interactions written since the owner's watermark: this index finds them.</summary>
sealed class InteractionCreatedAtIndex : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> b) => b.HasIndex(i => new { i.OwnerId, i.CreatedAt });
}
