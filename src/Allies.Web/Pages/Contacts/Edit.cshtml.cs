using Allies.Core;
using Allies.Data.Contacts;
using Allies.Data.Settings;
using Allies.Web.Accounts;
using Allies.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Contacts;

/// <summary>Adds a contact (/contacts/new) or edits one (/contacts/{id}/edit) with one form for every field.</summary>
public sealed class EditModel(ContactService contacts, SettingsService settings, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public ContactForm Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is null)
        {
            return Page();
        }

        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        if (await contacts.FindAsync(owner, id.Value, ct) is not { } contact)
        {
            return NotFound();
        }

        Id = contact.Id;
        Name = contact.DisplayName;
        var introducer = contact.IntroducedById is { } by ? await contacts.FindAsync(owner, by, ct) : null;
        Input = ContactForm.From(contact, introducer?.DisplayName);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        if (id is { } existing)
        {
            if (await contacts.FindAsync(owner, existing, ct) is not { } contact)
            {
                return NotFound();
            }

            Id = existing;
            Name = contact.DisplayName;
        }

        var introducedBy = await IntroducerAsync(owner, ct);
        if (!ModelState.IsValid)
        {
            // Show every problem at once: the introducer's and those the service would report.
            var today = await settings.TodayAsync(owner, ct);
            ModelState.AddErrors(text, new InvalidInputException(Input.ToInput(introducedBy).Validate(today)), field => $"Input.{field}");
            return Page();
        }

        try
        {
            var saved = id is { } editing
                ? await contacts.UpdateAsync(owner, editing, Input.ToInput(introducedBy), ct)
                : await contacts.CreateAsync(owner, Input.ToInput(introducedBy), ct);
            return RedirectToPage("/Contacts/Details", new { id = saved.Id });
        }
        catch (InvalidInputException e)
        {
            ModelState.AddErrors(text, e, field => field == "IntroducedById" ? "Input.IntroducedBy" : $"Input.{field}");
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    async Task<Guid?> IntroducerAsync(Guid owner, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.IntroducedBy))
        {
            return null;
        }

        // Keep the person chosen before while their name is unchanged, even if another contact shares it.
        if (Input.IntroducedById is { } kept && await contacts.FindAsync(owner, kept, ct) is { } before
            && string.Equals(before.DisplayName, Input.IntroducedBy.Trim(), StringComparison.CurrentCultureIgnoreCase))
        {
            return kept;
        }

        var (found, error) = await NameLookup.FindOneAsync(contacts, owner, Input.IntroducedBy, text, ct);
        if (error is not null)
        {
            ModelState.AddModelError("Input.IntroducedBy", error);
        }

        return found;
    }
}
