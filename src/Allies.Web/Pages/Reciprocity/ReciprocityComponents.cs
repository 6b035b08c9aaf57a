using System.Globalization;
using Allies.Core.Reciprocity;
using Allies.Data.Reciprocity;
using Allies.Data.Settings;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Allies.Web.Pages.Reciprocity;

/// <summary>The ledger section of a contact page: it loads its own data, so the page adds one line to show it.</summary>
public sealed class LedgerViewComponent(ReciprocityService reciprocity, PromiseService promises) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid contactId)
    {
        var owner = UserClaimsPrincipal.OwnerId();
        var ct = HttpContext.RequestAborted;
        var ledger = await reciprocity.LedgerAsync(owner, contactId, ct);
        var open = await promises.ListAsync(owner, new PromiseQuery { ContactId = contactId, Status = PromiseStatus.Open }, ct);
        return View(new LedgerPanel(ledger, open, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
    }
}

public sealed record LedgerPanel(LedgerView View, IReadOnlyList<PromiseView> OpenPromises, string Language)
{
    public Ledger Ledger => View.Ledger;
}

/// <summary>Open promises due within a week or overdue, for the dashboard.</summary>
public sealed class PromisesDueViewComponent(PromiseService promises, SettingsService settings) : ViewComponent
{
    public const int Days = 7;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var owner = UserClaimsPrincipal.OwnerId();
        var ct = HttpContext.RequestAborted;
        return View(new PromisesDuePanel(await promises.DueAsync(owner, Days, ct), await settings.TodayAsync(owner, ct)));
    }
}

public sealed record PromisesDuePanel(IReadOnlyList<PromiseView> Promises, DateOnly Today);
