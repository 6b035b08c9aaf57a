using Allies.Core;
using Allies.Core.Contacts;
using Allies.Data.Agenda;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Agenda;

/// <summary>Adds or deletes a life event from the contact page, then goes back to it.</summary>
public sealed class LifeModel(LifeEventService events, Data.Contacts.ContactService contacts) : PageModel
{
    public string? Error { get; private set; }
    public Guid ContactId { get; private set; }

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(Guid contact, LifeEventKind kind, DateOnly? occurredOn, string? note)
    {
        ContactId = contact;
        if (await contacts.FindAsync(User.OwnerId(), contact, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        if (occurredOn is not { } on)
        {
            Error = "—";
            return Page();
        }

        try
        {
            await events.AddAsync(User.OwnerId(), contact, new LifeEventInput(kind, on, note), HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (InvalidInputException e)
        {
            Error = string.Join(" ", e.Errors.Select(x => x.Message));
            return Page();
        }

        return Redirect($"/contacts/{contact}#keep-in-touch");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        var e = (await events.ListAsync(owner, null, ct)).FirstOrDefault(x => x.Id == id);
        if (e is null)
        {
            return NotFound();
        }

        await events.DeleteAsync(owner, id, ct);
        return Redirect($"/contacts/{e.ContactId}#keep-in-touch");
    }
}
