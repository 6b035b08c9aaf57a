namespace Allies.Core.Contacts;

/// <summary>A person in the owner's network, with what matters for networking.</summary>
public sealed class Contact : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }

    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";

    /// <summary>Lower-cased, accent-free "last first" used for sorting.</summary>
    public string SortName { get; set; } = "";

    /// <summary>Lower-cased, accent-free concatenation of names, company, emails and tags, for search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The search column's size: many long tags and emails would not fit, so the tail of the text is left out.</summary>
    public const int SearchTextMaxLength = 4000;

    public List<ContactEmail> Emails { get; set; } = [];
    public List<ContactPhone> Phones { get; set; } = [];
    public List<ContactTag> Tags { get; set; } = [];

    public string? Company { get; set; }
    public string? Role { get; set; }
    public string? Industry { get; set; }
    public string? Function { get; set; }
    public string? Location { get; set; }

    public Channel? Channel { get; set; }
    public string? HowMet { get; set; }
    public string? WhereMet { get; set; }
    public DateOnly? MetOn { get; set; }
    public Guid? IntroducedById { get; set; }

    public List<string> Interests { get; set; } = [];
    /// <summary>Their current challenges and goals: what they need.</summary>
    public string? Needs { get; set; }
    /// <summary>What they can offer others.</summary>
    public string? Offers { get; set; }
    /// <summary>The personal detail worth remembering ("loves kitesurfing").</summary>
    public string? PersonalDetail { get; set; }
    public DateOnly? Birthday { get; set; }
    public string? Notes { get; set; }

    public string? LinkedInUrl { get; set; }
    public string? Website { get; set; }
    /// <summary>vCard UID or another source's stable id, so re-imports merge instead of duplicating.</summary>
    public string? ExternalId { get; set; }

    public Circle? PinnedCircle { get; set; }
    public int? CadenceDays { get; set; }
    public Phase Phase { get; set; } = Phase.Met;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }

    public string DisplayName => ContactNames.Display(FirstName, LastName);

    public string? PrimaryEmail => Emails.Count == 0 ? null : Emails.OrderBy(e => e.Position).First().Address;

    /// <summary>Recomputes the derived search and sort columns; call after any change to names, company, emails or tags.</summary>
    public void Reindex()
    {
        SortName = ContactNames.Fold($"{LastName} {FirstName}").Trim();
        var parts = new List<string?> { FirstName, LastName, Company, Role, Industry, Function, Location };
        parts.AddRange(Emails.Select(e => e.Address));
        parts.AddRange(Tags.Select(t => t.Name));
        var search = ContactNames.Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
        if (search.Length > SearchTextMaxLength)
        {
            var cut = char.IsHighSurrogate(search[SearchTextMaxLength - 1]) ? SearchTextMaxLength - 1 : SearchTextMaxLength;
            search = search[..cut].TrimEnd();
        }

        SearchText = search;
    }
}

public sealed class ContactEmail
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ContactId { get; set; }
    public string Address { get; set; } = "";
    public string? Label { get; set; }
    public int Position { get; set; }
}

public sealed class ContactPhone
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ContactId { get; set; }
    public string Number { get; set; } = "";
    public string? Label { get; set; }
    public int Position { get; set; }
}

public sealed class ContactTag
{
    public Guid ContactId { get; set; }
    public Guid OwnerId { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>How the relationship started.</summary>
public enum Channel { Event, LinkedIn, Association, Alumni, Introduction, Work, Friends, Other }

/// <summary>Circles of closeness (Dunbar's layers as capacity: about 5 / 15 / 50 / 150).</summary>
public enum Circle { Close, Extended, Weak, Dormant }

/// <summary>The two phases of networking: meet (target → identified → prepared → met) then develop (developing → ally).</summary>
public enum Phase { Target, Identified, Prepared, Met, Developing, Ally }
