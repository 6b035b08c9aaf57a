using Allies.Core;
using Allies.Core.Reciprocity;
using Allies.Data.Contacts;
using Allies.Data.Reciprocity;
using Allies.Data.Settings;
using Allies.Web.Accounts;
using Allies.Web.Localization;
using Allies.Web.Pages.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Reciprocity;

/// <summary>Promises, yours and theirs: the open ones due soonest first, a form to add one, kept / broken in one tap.</summary>
public sealed class PromisesModel(PromiseService promises, ContactService contacts, SettingsService settings, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public PromiseForm Input { get; set; } = new();

    public IReadOnlyList<PromiseView> Open { get; private set; } = [];
    public IReadOnlyList<PromiseView> Settled { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? contact)
    {
        if (contact is { } id)
        {
            if (await contacts.FindAsync(User.OwnerId(), id, HttpContext.RequestAborted) is not { } c)
            {
                return NotFound();
            }

            Input.Person = c.DisplayName;
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        Guid? contactId = null;
        if (string.IsNullOrWhiteSpace(Input.Person))
        {
            ModelState.AddModelError("Input.Person", text["error.participant_required"]);
        }
        else
        {
            var (found, error) = await NameLookup.FindOneAsync(contacts, owner, Input.Person, text, ct);
            if (error is not null)
            {
                ModelState.AddModelError("Input.Person", error);
            }

            contactId = found;
        }

        if (ModelState.IsValid && contactId is { } id)
        {
            try
            {
                var added = await promises.AddAsync(owner, new PromiseInput { ContactId = id, PromisedBy = Input.PromisedBy, What = Input.What, DueOn = Input.DueOn }, ct);
                return Redirect($"/contacts/{added.ContactId}#ledger");
            }
            catch (InvalidInputException e)
            {
                ModelState.AddErrors(text, e, f => f switch { "DueOn" => "Input.DueOn", "What" => "Input.What", _ => "Input.Person" });
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, PromiseStatus status)
    {
        try
        {
            await promises.SetStatusAsync(User.OwnerId(), id, status, HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Redirect(Request.Headers.Referer.FirstOrDefault() is { } back && Uri.TryCreate(back, UriKind.Absolute, out var uri) && uri.Host == Request.Host.Host
            ? uri.PathAndQuery
            : "/promises");
    }

    async Task LoadAsync()
    {
        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        Today = await settings.TodayAsync(owner, ct);
        Open = await promises.ListAsync(owner, new PromiseQuery { Status = PromiseStatus.Open }, ct);
        Settled = [.. (await promises.ListAsync(owner, new PromiseQuery(), ct)).Where(p => p.Status != PromiseStatus.Open).OrderByDescending(p => p.ResolvedAt).Take(20)];
    }

    public sealed class PromiseForm
    {
        public string? Person { get; set; }
        public PromisedBy PromisedBy { get; set; } = PromisedBy.Me;
        public string? What { get; set; }
        public DateOnly? DueOn { get; set; }
    }
}
