using System.Security.Cryptography;
using System.Text;
using Allies.Core.Agenda;
using Allies.Core.Contacts;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Agenda;

/// <summary>
/// The iCalendar feed: one secret per account, shown once when created (only its SHA-256 hash is stored, like API
/// tokens); creating a new one replaces the old, revoking deletes it. Whoever holds the URL reads the feed.
/// </summary>
public sealed class AgendaFeedService(AlliesDb db, AgendaService agenda, TimeProvider clock)
{
    public const string Prefix = "alf_";

    public async Task<DateTimeOffset?> CreatedAtAsync(Guid ownerId, CancellationToken ct = default) =>
        await db.AgendaFeeds.AsNoTracking().Where(f => f.OwnerId == ownerId).Select(f => (DateTimeOffset?)f.CreatedAt).FirstOrDefaultAsync(ct);

    /// <summary>A new secret (the old one stops working); the caller shows it once.</summary>
    public async Task<string> CreateAsync(Guid ownerId, CancellationToken ct = default)
    {
        var secret = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await db.AgendaFeeds.Where(f => f.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        db.AgendaFeeds.Add(new AgendaFeed { OwnerId = ownerId, Hash = Hash(secret), CreatedAt = clock.GetUtcNow().ToUniversalTime() });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    public async Task<bool> RevokeAsync(Guid ownerId, CancellationToken ct = default) =>
        await db.AgendaFeeds.Where(f => f.OwnerId == ownerId).ExecuteDeleteAsync(ct) > 0;

    /// <summary>The feed for this secret, or null when no account holds it (unknown or revoked).</summary>
    public async Task<string?> ReadAsync(string? secret, string lang, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(secret) || !secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Hash(secret);
        var owner = await db.AgendaFeeds.AsNoTracking().Where(f => f.Hash == hash).Select(f => (Guid?)f.OwnerId).FirstOrDefaultAsync(ct);
        if (owner is not { } ownerId)
        {
            return null;
        }

        var plan = await agenda.GetAsync(ownerId, all: true, ct);
        var events = await db.LifeEvents.AsNoTracking().Where(e => e.OwnerId == ownerId)
            .Join(db.Contacts.Where(c => c.ArchivedAt == null), e => e.ContactId, c => c.Id, (e, c) => new { e.Id, e.Kind, e.OccurredOn, e.Note, c.FirstName, c.LastName })
            .ToListAsync(ct);
        var birthdays = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && c.ArchivedAt == null && c.Birthday != null)
            .Select(c => new { c.Id, c.Birthday, c.FirstName, c.LastName }).ToListAsync(ct);
        return Write(plan, events.Select(e => new FeedEvent(e.Id, e.Kind, e.OccurredOn, e.Note, ContactNames.Display(e.FirstName, e.LastName)))
            .Concat(birthdays.Select(b => new FeedEvent(b.Id, LifeEventKind.Birthday, b.Birthday!.Value, null, ContactNames.Display(b.FirstName, b.LastName)))), lang);
    }

    public sealed record FeedEvent(Guid Id, LifeEventKind Kind, DateOnly On, string? Note, string Name);

    /// <summary>Agenda items as all-day events on their day (today for what is already due), life events on theirs; birthdays recur yearly.</summary>
    public static string Write(AgendaPlan plan, IEnumerable<FeedEvent> events, string lang)
    {
        var fr = lang.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        var calendar = new Calendar();
        calendar.AddProperty("X-WR-CALNAME", fr ? "Allies — garder le contact" : "Allies — keep in touch");
        var stamp = new CalDateTime(plan.Now.UtcDateTime);
        foreach (var item in plan.Items)
        {
            var day = item.On > plan.Today ? item.On : plan.Today;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{item.Key}@allies",
                Summary = $"{item.Contact.Name}: {AgendaText.Todo(item, lang)}",
                Description = AgendaText.Why(item, plan.Today, lang) + "\n\n" + Core.Messages.Drafts.Write(item, plan.Today, lang),
                DtStart = new CalDateTime(day),
                DtEnd = new CalDateTime(day.AddDays(1)),
                DtStamp = stamp,
            });
        }

        foreach (var e in events)
        {
            var ev = new CalendarEvent
            {
                Uid = $"life-{e.Id:N}-{e.Kind}@allies",
                Summary = $"{AgendaText.Event(e.Kind, fr)}: {e.Name}",
                Description = e.Note,
                DtStart = new CalDateTime(e.On),
                DtEnd = new CalDateTime(e.On.AddDays(1)),
                DtStamp = stamp,
            };
            if (e.Kind == LifeEventKind.Birthday)
            {
                ev.RecurrenceRule = new RecurrencePattern(FrequencyType.Yearly, 1);
            }

            calendar.Events.Add(ev);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
