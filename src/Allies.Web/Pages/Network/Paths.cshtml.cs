using Allies.Core;
using Allies.Data.Contacts;
using Allies.Data.Network;
using Allies.Web.Accounts;
using Allies.Web.Localization;
using Allies.Web.Pages.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Network;

/// <summary>Warm intro paths to a contact or to a profile (company, industry, function).</summary>
public sealed class PathsModel(NetworkService network, ContactService contacts, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Company { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Function { get; set; }

    public PathsResult? Result { get; private set; }

    public string? Error { get; private set; }

    public string Label { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        var query = new PathQuery { Company = Company, Industry = Industry, Function = Function };
        if (!string.IsNullOrWhiteSpace(To))
        {
            var (id, error) = await NameLookup.FindOneAsync(contacts, owner, To, text, ct);
            if (id is null)
            {
                Error = error;
                return Page();
            }

            query = query with { ContactId = id };
            Label = (await contacts.GetAsync(owner, id.Value, ct)).DisplayName;
        }
        else
        {
            Label = string.Join(", ", new[] { Company, Industry, Function }.Where(s => !string.IsNullOrWhiteSpace(s)));
        }

        if (query.IsEmpty)
        {
            return Page();
        }

        try
        {
            Result = await network.PathsAsync(owner, query, 3, ct);
        }
        catch (NotFoundException)
        {
            Error = text["error.person_unknown", To ?? ""];
        }

        return Page();
    }
}
