using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Microsoft.AspNetCore.Mvc;

namespace Allies.Web.Api;

/// <summary>A contact as the API returns it. Its editable fields can be sent back unchanged in a PUT.</summary>
public sealed record ContactDto(
    Guid Id,
    string FirstName,
    string LastName,
    string DisplayName,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones,
    string? Company,
    string? Role,
    string? Industry,
    string? Function,
    string? Location,
    Channel? Channel,
    string? HowMet,
    string? WhereMet,
    DateOnly? MetOn,
    Guid? IntroducedById,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Interests,
    string? Needs,
    string? Offers,
    string? PersonalDetail,
    DateOnly? Birthday,
    string? Notes,
    string? LinkedInUrl,
    string? Website,
    string? ExternalId,
    Circle? PinnedCircle,
    int? CadenceDays,
    Phase Phase,
    bool Archived,
    DateTimeOffset? ArchivedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>One row of the contacts list.</summary>
public sealed record ContactListItem(
    Guid Id,
    string FirstName,
    string LastName,
    string DisplayName,
    string? Company,
    string? Role,
    string? Industry,
    string? Email,
    IReadOnlyList<string> Tags,
    Channel? Channel,
    Phase Phase,
    bool Archived,
    DateTimeOffset? LastInteractionAt);

/// <summary>The editable fields of a contact, for POST and PUT. A PUT replaces them all: a field left out is cleared, except phase and externalId, which are kept.</summary>
public sealed record ContactRequest
{
    /// <summary>First name; a contact needs a first or a last name.</summary>
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    /// <summary>Email addresses, the first one being the main one.</summary>
    public IReadOnlyList<string>? Emails { get; init; }
    public IReadOnlyList<string>? Phones { get; init; }
    public string? Company { get; init; }
    public string? Role { get; init; }
    public string? Industry { get; init; }
    public string? Function { get; init; }
    public string? Location { get; init; }
    /// <summary>How the relationship started.</summary>
    public Channel? Channel { get; init; }
    public string? HowMet { get; init; }
    public string? WhereMet { get; init; }
    /// <summary>The day you met (yyyy-mm-dd), not in the future.</summary>
    public DateOnly? MetOn { get; init; }
    /// <summary>Another of your contacts who introduced you.</summary>
    public Guid? IntroducedById { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public IReadOnlyList<string>? Interests { get; init; }
    /// <summary>Their current challenges and goals: what they need.</summary>
    public string? Needs { get; init; }
    /// <summary>What they can offer others.</summary>
    public string? Offers { get; init; }
    /// <summary>The personal detail worth remembering ("loves kitesurfing").</summary>
    public string? PersonalDetail { get; init; }
    public DateOnly? Birthday { get; init; }
    public string? Notes { get; init; }
    public string? LinkedInUrl { get; init; }
    public string? Website { get; init; }
    /// <summary>A stable id from another source (vCard UID...), so re-imports merge; left out, it stays as it was.</summary>
    public string? ExternalId { get; init; }
    /// <summary>A circle you pin by hand instead of the computed one.</summary>
    public Circle? PinnedCircle { get; init; }
    /// <summary>How often (in days) you want to be in touch, overriding the circle's cadence.</summary>
    public int? CadenceDays { get; init; }
    /// <summary>Where the relationship stands; left out, it stays as it was (Met for a new contact).</summary>
    public Phase? Phase { get; init; }

    public ContactInput ToInput() => new()
    {
        FirstName = FirstName,
        LastName = LastName,
        Emails = Emails ?? [],
        Phones = Phones ?? [],
        Company = Company,
        Role = Role,
        Industry = Industry,
        Function = Function,
        Location = Location,
        Channel = Channel,
        HowMet = HowMet,
        WhereMet = WhereMet,
        MetOn = MetOn,
        IntroducedById = IntroducedById,
        Tags = Tags ?? [],
        Interests = Interests ?? [],
        Needs = Needs,
        Offers = Offers,
        PersonalDetail = PersonalDetail,
        Birthday = Birthday,
        Notes = Notes,
        LinkedInUrl = LinkedInUrl,
        Website = Website,
        ExternalId = ExternalId,
        PinnedCircle = PinnedCircle,
        CadenceDays = CadenceDays,
        Phase = Phase,
    };
}

/// <summary>Filters, sort and page of GET /api/contacts.</summary>
public sealed record ContactListQuery
{
    /// <summary>Words that must all appear in the name, company, role, industry, function, location, email or tags (accents and case ignored).</summary>
    [FromQuery(Name = "search")]
    public string? Search { get; init; }
    [FromQuery(Name = "tag")]
    public string? Tag { get; init; }
    [FromQuery(Name = "company")]
    public string? Company { get; init; }
    [FromQuery(Name = "industry")]
    public string? Industry { get; init; }
    [FromQuery(Name = "channel")]
    public Channel? Channel { get; init; }
    /// <summary>Name (default), Company, Created (newest first) or Updated (newest first).</summary>
    [FromQuery(Name = "sort")]
    public ContactSort? Sort { get; init; }
    /// <summary>Also list archived contacts (default false).</summary>
    [FromQuery(Name = "includeArchived")]
    public bool? IncludeArchived { get; init; }
    /// <summary>1-based page number (default 1).</summary>
    [FromQuery(Name = "page")]
    public int? Page { get; init; }
    /// <summary>Rows per page, 1 to 200 (default 25).</summary>
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    public ContactQuery ToQuery() => new()
    {
        Search = Search,
        Tag = Tag,
        Company = Company,
        Industry = Industry,
        Channel = Channel,
        Sort = Sort ?? ContactSort.Name,
        IncludeArchived = IncludeArchived ?? false,
        Page = Page ?? 1,
        PageSize = PageSize ?? 25,
    };
}

public static class ContactDtoMapping
{
    public static ContactDto ToDto(this Contact c) => new(
        c.Id, c.FirstName, c.LastName, c.DisplayName,
        [.. c.Emails.OrderBy(e => e.Position).Select(e => e.Address)],
        [.. c.Phones.OrderBy(p => p.Position).Select(p => p.Number)],
        c.Company, c.Role, c.Industry, c.Function, c.Location, c.Channel, c.HowMet, c.WhereMet, c.MetOn, c.IntroducedById,
        [.. c.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase)],
        c.Interests, c.Needs, c.Offers, c.PersonalDetail, c.Birthday, c.Notes, c.LinkedInUrl, c.Website, c.ExternalId,
        c.PinnedCircle, c.CadenceDays, c.Phase, c.ArchivedAt is not null, c.ArchivedAt, c.CreatedAt, c.UpdatedAt);

    public static ContactListItem ToDto(this ContactSummary s) => new(
        s.Id, s.FirstName, s.LastName, s.DisplayName, s.Company, s.Role, s.Industry, s.Email, s.Tags, s.Channel, s.Phase, s.Archived, s.LastInteractionAt);
}
