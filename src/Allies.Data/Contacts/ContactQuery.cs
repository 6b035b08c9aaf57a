using Allies.Core.Contacts;

namespace Allies.Data.Contacts;

public sealed record ContactQuery
{
    public string? Search { get; init; }
    public string? Tag { get; init; }
    public string? Company { get; init; }
    public string? Industry { get; init; }
    public Channel? Channel { get; init; }
    public bool IncludeArchived { get; init; }
    public ContactSort Sort { get; init; } = ContactSort.Name;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;

    public const int MaxPageSize = 200;
}

public enum ContactSort { Name, Company, Created, Updated }

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int Pages => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>One row of the contacts list.</summary>
public sealed record ContactSummary(
    Guid Id, string FirstName, string LastName, string? Company, string? Role, string? Industry,
    string? Email, IReadOnlyList<string> Tags, Channel? Channel, Phase Phase, bool Archived, DateTimeOffset? LastInteractionAt)
{
    public string DisplayName => ContactNames.Display(FirstName, LastName);
}
