using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Contacts;

/// <summary>The contacts list: everything comes from the query string, so a search or a filtered view can be shared as a link.</summary>
public sealed class IndexModel(ContactService contacts) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Company { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    [BindProperty(SupportsGet = true)]
    public Channel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContactSort Sort { get; set; } = ContactSort.Name;

    [BindProperty(SupportsGet = true, Name = "archived")]
    public bool IncludeArchived { get; set; }

    /// <summary>From ?page= (read by hand: "page" is also the route value naming the Razor page).</summary>
    public int PageNumber { get; private set; } = 1;

    public Paged<ContactSummary> Result { get; private set; } = new([], 0, 1, PageSize);

    public ContactFacets Facets { get; private set; } = new([], [], []);

    public bool Filtered => !string.IsNullOrWhiteSpace(Search) || Tag is { Length: > 0 } || Company is { Length: > 0 } || Industry is { Length: > 0 } || Channel is not null || IncludeArchived;

    public async Task OnGetAsync()
    {
        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        // Letters typed where a page number goes are not an error worth showing: start from page 1.
        ModelState.Clear();
        PageNumber = QueryPage(Request.Query);
        Result = await contacts.ListAsync(owner, new ContactQuery
        {
            Search = Search,
            Tag = Tag,
            Company = Company,
            Industry = Industry,
            Channel = Channel,
            IncludeArchived = IncludeArchived,
            Sort = Sort,
            Page = Math.Max(1, PageNumber),
            PageSize = PageSize,
        }, ct);
        Facets = await contacts.FacetsAsync(owner, ct);
    }

    public static int QueryPage(IQueryCollection query) =>
        int.TryParse(query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;

    /// <summary>The current query with another page number: the links of the pager.</summary>
    public string LinkFor(int page)
    {
        var values = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values.Add(new(key, value));
            }
        }

        Add("q", Search);
        Add("tag", Tag);
        Add("company", Company);
        Add("industry", Industry);
        Add("channel", Channel?.ToString());
        Add("sort", Sort == ContactSort.Name ? null : Sort.ToString());
        Add("archived", IncludeArchived ? "true" : null);
        Add("page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/contacts" + QueryString.Create(values);
    }
}
