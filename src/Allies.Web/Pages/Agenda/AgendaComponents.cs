using Allies.Core.Contacts;
using Allies.Data.Agenda;
using Allies.Web.Accounts;
using Allies.Web.Pages.Shared.Components;
using Microsoft.AspNetCore.Mvc;

namespace Allies.Web.Pages.Agenda
{
    /// <summary>The dashboard's heart: this week's people, loaded by itself so the dashboard needs one line.</summary>
    public sealed class ThisWeekViewComponent(AgendaService agenda) : ViewComponent
    {
        public async Task<IViewComponentResult> InvokeAsync() =>
            View(await agenda.GetAsync(UserClaimsPrincipal.OwnerId(), false, HttpContext.RequestAborted));
    }

    /// <summary>The contact page's keep-in-touch section: strength and factors, circle, cadence, life events.</summary>
    public sealed class ContactTieViewComponent(AgendaService agenda, LifeEventService events) : ViewComponent
    {
        public async Task<IViewComponentResult> InvokeAsync(Guid contactId)
        {
            var owner = UserClaimsPrincipal.OwnerId();
            var ct = HttpContext.RequestAborted;
            return View(new ContactTieModel(contactId, await agenda.TieAsync(owner, contactId, ct), await events.ListAsync(owner, contactId, ct)));
        }
    }
}

namespace Allies.Web.Pages.Shared.Components
{
    public sealed record ContactTieModel(Guid ContactId, TieView Tie, IReadOnlyList<LifeEvent> Events);
}
