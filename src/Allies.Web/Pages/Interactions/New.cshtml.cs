using System.Globalization;
using Allies.Core;
using Allies.Core.Interactions;
using Allies.Data.Contacts;
using Allies.Data.Interactions;
using Allies.Web.Accounts;
using Allies.Web.Localization;
using Allies.Web.Pages.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Interactions;

/// <summary>Logs an interaction in seconds: who and what kind are enough; the time defaults to now.</summary>
public sealed class NewModel(ContactService contacts, InteractionService interactions, OwnerPreferences preferences, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public LogForm Input { get; set; } = new();

    /// <summary>People offered as checkboxes: the contact the owner came from, and those ticked before a failed post.</summary>
    public IReadOnlyList<ContactSummary> Offered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? contact)
    {
        if (contact is { } id)
        {
            var owner = User.OwnerId();
            if (await contacts.FindAsync(owner, id, HttpContext.RequestAborted) is null)
            {
                return NotFound();
            }

            Input.ContactIds = [id];
            Input.OfferedIds = [id];
            await LoadOfferedAsync(owner);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        while (Input.Exchanges.Count < LogForm.Rows)
        {
            Input.Exchanges.Add(new ExchangeRow());
        }

        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        await LoadOfferedAsync(owner);
        var ids = new List<Guid>(Input.ContactIds.Where(id => Offered.Any(o => o.Id == id)));
        var nameErrors = new List<string>();
        foreach (var name in ContactForm.Split(Input.People))
        {
            var (found, error) = await NameLookup.FindOneAsync(contacts, owner, name, text, ct);
            if (error is not null)
            {
                nameErrors.Add(error);
            }
            else if (found is { } id && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        if (nameErrors.Count > 0)
        {
            // One message naming every name that did not work, so all can be fixed in one go.
            ModelState.AddModelError("Input.People", string.Join(" ", nameErrors));
        }

        if (Input.Kind is null)
        {
            ModelState.AddModelError("Input.Kind", text["error.kind_required"]);
        }

        DateTimeOffset? when = null;
        if (!string.IsNullOrWhiteSpace(Input.When))
        {
            if (DateTime.TryParse(Input.When, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                // The person typed a time on their own clock: read it in their time zone.
                var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
                when = new DateTimeOffset(unspecified, preferences.Zone.GetUtcOffset(unspecified));
            }
            else
            {
                ModelState.AddModelError("Input.When", text["error.date_invalid"]);
            }
        }

        var input = new InteractionInput
        {
            ParticipantIds = ids,
            Kind = Input.Kind ?? default,
            OccurredAt = when,
            InitiatedBy = Input.InitiatedBy,
            Summary = Input.Summary,
            Depth = Input.Depth,
            Exchanges = Input.ExchangeInputs(),
        };
        // Nobody named or ticked: say so once, next to where names are typed.
        if (ids.Count == 0 && ModelState.GetFieldValidationState("Input.People") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.People", text["error.participant_required"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await interactions.LogAsync(owner, input, ct);
            return RedirectToPage("/Contacts/Details", new { id = ids[0] });
        }
        catch (InvalidInputException e)
        {
            ModelState.AddErrors(text, e, FieldFor);
            return Page();
        }
    }

    static string FieldFor(string serviceField) => serviceField switch
    {
        "ParticipantIds" => "Input.People",
        "OccurredAt" => "Input.When",
        "Summary" => "Input.Summary",
        _ when serviceField.StartsWith("Exchanges", StringComparison.Ordinal) => "Input.Exchanges",
        _ => "",
    };

    async Task LoadOfferedAsync(Guid owner)
    {
        var offered = new List<ContactSummary>();
        foreach (var id in Input.OfferedIds.Concat(Input.ContactIds).Distinct().Take(20))
        {
            if (await contacts.FindAsync(owner, id, HttpContext.RequestAborted) is { } c)
            {
                offered.Add(new ContactSummary(c.Id, c.FirstName, c.LastName, c.Company, c.Role, c.Industry, c.PrimaryEmail, [], c.Channel, c.Phase, c.ArchivedAt is not null, null));
            }
        }

        Offered = offered;
        Input.OfferedIds = [.. offered.Select(o => o.Id)];
    }
}
