using Allies.Core.Contacts;

namespace Allies.Web.Pages.Contacts;

/// <summary>The add/edit form as typed: lists are plain text (one per line or comma-separated), the introducer is a name.</summary>
public sealed class ContactForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Emails { get; set; }
    public string? Phones { get; set; }
    public string? Company { get; set; }
    public string? Role { get; set; }
    public string? Industry { get; set; }
    public string? Function { get; set; }
    public string? Location { get; set; }
    public Channel? Channel { get; set; }
    public string? HowMet { get; set; }
    public string? WhereMet { get; set; }
    public DateOnly? MetOn { get; set; }
    /// <summary>The introducer as typed (a name or an email), resolved among the owner's contacts on save.</summary>
    public string? IntroducedBy { get; set; }
    /// <summary>The introducer chosen before, kept while the name shown for them is unchanged (two people may share a name).</summary>
    public Guid? IntroducedById { get; set; }
    public string? Tags { get; set; }
    public string? Interests { get; set; }
    public string? Needs { get; set; }
    public string? Offers { get; set; }
    public string? PersonalDetail { get; set; }
    public DateOnly? Birthday { get; set; }
    public string? Notes { get; set; }
    public string? LinkedInUrl { get; set; }
    public string? Website { get; set; }
    public Circle? PinnedCircle { get; set; }
    public int? CadenceDays { get; set; }
    public Phase Phase { get; set; } = Phase.Met;

    public static ContactForm From(Contact c, string? introducerName) => new()
    {
        FirstName = c.FirstName,
        LastName = c.LastName,
        Emails = string.Join('\n', c.Emails.OrderBy(e => e.Position).Select(e => e.Address)),
        Phones = string.Join('\n', c.Phones.OrderBy(p => p.Position).Select(p => p.Number)),
        Company = c.Company,
        Role = c.Role,
        Industry = c.Industry,
        Function = c.Function,
        Location = c.Location,
        Channel = c.Channel,
        HowMet = c.HowMet,
        WhereMet = c.WhereMet,
        MetOn = c.MetOn,
        IntroducedBy = introducerName,
        IntroducedById = c.IntroducedById,
        Tags = string.Join(", ", c.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase)),
        Interests = string.Join(", ", c.Interests),
        Needs = c.Needs,
        Offers = c.Offers,
        PersonalDetail = c.PersonalDetail,
        Birthday = c.Birthday,
        Notes = c.Notes,
        LinkedInUrl = c.LinkedInUrl,
        Website = c.Website,
        PinnedCircle = c.PinnedCircle,
        CadenceDays = c.CadenceDays,
        Phase = c.Phase,
    };

    public ContactInput ToInput(Guid? introducedById) => new()
    {
        FirstName = FirstName,
        LastName = LastName,
        Emails = Split(Emails),
        Phones = Split(Phones),
        Company = Company,
        Role = Role,
        Industry = Industry,
        Function = Function,
        Location = Location,
        Channel = Channel,
        HowMet = HowMet,
        WhereMet = WhereMet,
        MetOn = MetOn,
        IntroducedById = introducedById,
        Tags = Split(Tags),
        Interests = Split(Interests),
        Needs = Needs,
        Offers = Offers,
        PersonalDetail = PersonalDetail,
        Birthday = Birthday,
        Notes = Notes,
        LinkedInUrl = LinkedInUrl,
        Website = Website,
        PinnedCircle = PinnedCircle,
        CadenceDays = CadenceDays,
        Phase = Phase,
    };

    /// <summary>Items separated by commas, semicolons or new lines.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        [.. (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
