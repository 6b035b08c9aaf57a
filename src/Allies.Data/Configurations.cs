using Allies.Core.Contacts;
using Allies.Core.Events;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Core.Reciprocity;
using Allies.Core.Settings;
using Allies.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Allies.Data;

sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.Ignore(c => c.DisplayName);
        b.Ignore(c => c.PrimaryEmail);
        b.Property(c => c.FirstName).HasMaxLength(200);
        b.Property(c => c.LastName).HasMaxLength(200);
        b.Property(c => c.SortName).HasMaxLength(401);
        b.Property(c => c.SearchText).HasMaxLength(4000);
        b.Property(c => c.Company).HasMaxLength(200);
        b.Property(c => c.Role).HasMaxLength(200);
        b.Property(c => c.Industry).HasMaxLength(200);
        b.Property(c => c.Function).HasMaxLength(200);
        b.Property(c => c.Location).HasMaxLength(200);
        b.Property(c => c.HowMet).HasMaxLength(1000);
        b.Property(c => c.WhereMet).HasMaxLength(200);
        b.Property(c => c.LinkedInUrl).HasMaxLength(500);
        b.Property(c => c.Website).HasMaxLength(500);
        b.Property(c => c.ExternalId).HasMaxLength(500);
        b.HasMany(c => c.Emails).WithOne().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Phones).WithOne().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Tags).WithOne().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Contact>().WithMany().HasForeignKey(c => c.IntroducedById).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => new { c.OwnerId, c.SortName });
        b.HasIndex(c => new { c.OwnerId, c.Company });
        b.HasIndex(c => new { c.OwnerId, c.Industry });
        b.HasIndex(c => new { c.OwnerId, c.ExternalId });
        b.HasIndex(c => new { c.OwnerId, c.LinkedInUrl });
    }
}

sealed class ContactEmailConfiguration : IEntityTypeConfiguration<ContactEmail>
{
    public void Configure(EntityTypeBuilder<ContactEmail> b)
    {
        b.Property(e => e.Address).HasMaxLength(320);
        b.Property(e => e.Label).HasMaxLength(50);
        b.HasIndex(e => e.Address);
    }
}

sealed class ContactPhoneConfiguration : IEntityTypeConfiguration<ContactPhone>
{
    public void Configure(EntityTypeBuilder<ContactPhone> b)
    {
        b.Property(e => e.Number).HasMaxLength(50);
        b.Property(e => e.Label).HasMaxLength(50);
    }
}

sealed class ContactTagConfiguration : IEntityTypeConfiguration<ContactTag>
{
    public void Configure(EntityTypeBuilder<ContactTag> b)
    {
        b.HasKey(t => new { t.ContactId, t.Name });
        b.Property(t => t.Name).HasMaxLength(100);
        b.HasIndex(t => new { t.OwnerId, t.Name });
    }
}

sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> b)
    {
        b.Property(i => i.Summary).HasMaxLength(4000);
        b.Property(i => i.ExternalId).HasMaxLength(500);
        b.HasMany(i => i.Participants).WithOne().HasForeignKey(p => p.InteractionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Exchanges).WithOne().HasForeignKey(e => e.InteractionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.OwnerId, i.OccurredAt });
        b.HasIndex(i => new { i.OwnerId, i.ExternalId });
    }
}

sealed class InteractionParticipantConfiguration : IEntityTypeConfiguration<InteractionParticipant>
{
    public void Configure(EntityTypeBuilder<InteractionParticipant> b)
    {
        b.HasKey(p => new { p.InteractionId, p.ContactId });
        b.HasOne<Contact>().WithMany().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.OwnerId, p.ContactId });
    }
}

sealed class ExchangeConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> b)
    {
        b.Property(e => e.What).HasMaxLength(1000);
        b.HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.OwnerId, e.ContactId });
    }
}

sealed class PromiseConfiguration : IEntityTypeConfiguration<Promise>
{
    public void Configure(EntityTypeBuilder<Promise> b)
    {
        b.Property(p => p.What).HasMaxLength(1000);
        b.HasOne<Contact>().WithMany().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Interaction>().WithMany().HasForeignKey(p => p.InteractionId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(p => new { p.OwnerId, p.Status, p.DueOn });
    }
}

sealed class LifeEventConfiguration : IEntityTypeConfiguration<LifeEvent>
{
    public void Configure(EntityTypeBuilder<LifeEvent> b)
    {
        b.Property(e => e.Note).HasMaxLength(1000);
        b.HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Interaction>().WithMany().HasForeignKey(e => e.CongratulatedInInteractionId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => new { e.OwnerId, e.OccurredOn });
    }
}

sealed class ContactLinkConfiguration : IEntityTypeConfiguration<ContactLink>
{
    public void Configure(EntityTypeBuilder<ContactLink> b)
    {
        b.HasOne<Contact>().WithMany().HasForeignKey(l => l.FromContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Contact>().WithMany().HasForeignKey(l => l.ToContactId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(l => new { l.OwnerId, l.FromContactId, l.ToContactId }).IsUnique();
    }
}

sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> b)
    {
        b.Property(i => i.Reason).HasMaxLength(2000);
        b.Property(i => i.OutcomeNote).HasMaxLength(2000);
        b.HasOne<Contact>().WithMany().HasForeignKey(i => i.ContactAId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Contact>().WithMany().HasForeignKey(i => i.ContactBId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(i => new { i.OwnerId, i.Outcome });
    }
}

sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.Property(t => t.Why).HasMaxLength(2000);
        b.Property(t => t.Company).HasMaxLength(200);
        b.Property(t => t.Industry).HasMaxLength(200);
        b.Property(t => t.Function).HasMaxLength(200);
        b.Property(t => t.Seniority).HasMaxLength(100);
        b.HasOne<Contact>().WithMany().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => t.OwnerId);
    }
}

sealed class EventConfiguration : IEntityTypeConfiguration<NetworkingEvent>
{
    public void Configure(EntityTypeBuilder<NetworkingEvent> b)
    {
        b.ToTable("Events");
        b.Property(e => e.Name).HasMaxLength(300);
        b.Property(e => e.Place).HasMaxLength(300);
        b.HasMany(e => e.Guests).WithOne().HasForeignKey(g => g.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.OwnerId, e.StartsAt });
    }
}

sealed class EventGuestConfiguration : IEntityTypeConfiguration<EventGuest>
{
    public void Configure(EntityTypeBuilder<EventGuest> b)
    {
        b.HasKey(g => new { g.EventId, g.ContactId });
        b.HasOne<Contact>().WithMany().HasForeignKey(g => g.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => new { g.OwnerId, g.ContactId });
    }
}

sealed class SettingsConfiguration : IEntityTypeConfiguration<OwnerSettings>
{
    public void Configure(EntityTypeBuilder<OwnerSettings> b)
    {
        b.HasKey(s => s.OwnerId);
        b.Property(s => s.Language).HasMaxLength(8);
        b.Property(s => s.TimeZone).HasMaxLength(64);
    }
}

sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.Prefix).HasMaxLength(16);
        b.Property(t => t.Hash).HasMaxLength(128);
        b.HasIndex(t => t.Hash).IsUnique();
        b.HasIndex(t => t.OwnerId);
    }
}

/// <summary>The contacts list sorted by last update (ContactSort.Updated) reads this index in order.</summary>
sealed class ContactUpdatedAtIndex : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b) => b.HasIndex(c => new { c.OwnerId, c.UpdatedAt });
}
