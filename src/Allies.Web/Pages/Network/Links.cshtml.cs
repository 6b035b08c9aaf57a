using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Network;
using Allies.Data.Contacts;
using Allies.Data.Network;
using Allies.Web.Accounts;
using Allies.Web.Localization;
using Allies.Web.Pages.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Network;

/// <summary>Whom a contact knows: the ties on the map, and a form to add ("A knows B") or remove one by hand.</summary>
public sealed class LinksModel(NetworkService network, ContactService contacts, IStringLocalizer<Strings> text) : PageModel
{
    public Contact Contact { get; private set; } = new();

    public IReadOnlyList<LinkView> Links { get; private set; } = [];

    [BindProperty]
    public string? Other { get; set; }

    [BindProperty]
    public LinkKind Kind { get; set; } = LinkKind.Knows;

    [BindProperty]
    public double? Strength { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id)
    {
        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Other))
        {
            Error = text["map.link_other_missing"];
            return Page();
        }

        var (otherId, error) = await NameLookup.FindOneAsync(contacts, owner, Other, text, ct);
        if (otherId is null)
        {
            Error = error;
            return Page();
        }

        try
        {
            await network.LinkAsync(owner, id, otherId.Value, Kind, Strength, ct);
        }
        catch (InvalidInputException e)
        {
            Error = e.Errors[0].Code == "same_contact" ? text["map.link_same"] : text["map.link_strength_range"];
            return Page();
        }

        return RedirectToPage("/Network/Links", new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid other)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        try
        {
            await network.UnlinkAsync(User.OwnerId(), id, other, HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToPage("/Network/Links", new { id });
    }

    async Task<bool> LoadAsync(Guid id)
    {
        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        if (await contacts.FindAsync(owner, id, ct) is not { } contact)
        {
            return false;
        }

        Contact = contact;
        Links = await network.LinksOfAsync(owner, id, ct);
        return true;
    }
}
