using Allies.Cli.Input;
using Allies.Cli.Shell;
using Allies.Core.Contacts;
using Allies.Data.Interactions;

namespace Allies.Cli.Commands.Contacts;

/// <summary>Everything `contacts show` tells about a person, in the owner's time zone; also its --json answer.</summary>
sealed record ContactCard(
    Guid Id, string FirstName, string LastName, string DisplayName,
    IReadOnlyList<string> Emails, IReadOnlyList<string> Phones,
    string? Company, string? Role, string? Industry, string? Function, string? Location,
    Channel? Channel, string? HowMet, string? WhereMet, DateOnly? MetOn, IntroducedBy? IntroducedBy,
    IReadOnlyList<string> Tags, IReadOnlyList<string> Interests,
    string? Needs, string? Offers, string? PersonalDetail, DateOnly? Birthday, string? Notes,
    string? LinkedInUrl, string? Website, Circle? PinnedCircle, int? CadenceDays, Phase Phase,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt,
    IReadOnlyList<InteractionView> RecentInteractions)
{
    public static ContactCard From(Contact c, IntroducedBy? introducedBy, IReadOnlyList<InteractionView> recent, Owner owner) => new(
        c.Id, c.FirstName, c.LastName, c.DisplayName,
        [.. c.Emails.OrderBy(e => e.Position).Select(e => e.Address)], [.. c.Phones.OrderBy(p => p.Position).Select(p => p.Number)],
        c.Company, c.Role, c.Industry, c.Function, c.Location,
        c.Channel, c.HowMet, c.WhereMet, c.MetOn, introducedBy,
        [.. c.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase)], c.Interests,
        c.Needs, c.Offers, c.PersonalDetail, c.Birthday, c.Notes,
        c.LinkedInUrl, c.Website, c.PinnedCircle, c.CadenceDays, c.Phase,
        owner.Local(c.CreatedAt), owner.Local(c.UpdatedAt), c.ArchivedAt is { } a ? owner.Local(a) : null,
        [.. recent.Select(i => i with { OccurredAt = owner.Local(i.OccurredAt) })]);

    /// <summary>The rows of the fields table, in the order a person reads them.</summary>
    public IEnumerable<(string, string?)> Fields(Owner owner)
    {
        yield return ("Emails", string.Join(", ", Emails));
        yield return ("Phones", string.Join(", ", Phones));
        yield return ("Company", Company);
        yield return ("Role", Role);
        yield return ("Industry", Industry);
        yield return ("Function", Function);
        yield return ("Location", Location);
        yield return ("Channel", Channel is { } ch ? Choices.Name(ch) : null);
        yield return ("How met", HowMet);
        yield return ("Where met", WhereMet);
        yield return ("Met on", Day(MetOn));
        yield return ("Introduced by", IntroducedBy?.Name);
        yield return ("Tags", string.Join(", ", Tags));
        yield return ("Interests", string.Join(", ", Interests));
        yield return ("Needs", Needs);
        yield return ("Offers", Offers);
        yield return ("Personal detail", PersonalDetail);
        yield return ("Birthday", Day(Birthday));
        yield return ("Notes", Notes);
        yield return ("LinkedIn", LinkedInUrl);
        yield return ("Website", Website);
        yield return ("Phase", Choices.Name(Phase));
        yield return ("Circle", PinnedCircle is { } circle ? Choices.Name(circle) : null);
        yield return ("Cadence", CadenceDays is { } days ? $"every {days} days" : null);
        yield return ("Added", owner.Show(CreatedAt));
        yield return ("Updated", owner.Show(UpdatedAt));
        yield return ("Archived", owner.Show(ArchivedAt));
        yield return ("Id", Id.ToString());
    }

    static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record IntroducedBy(Guid Id, string Name);
