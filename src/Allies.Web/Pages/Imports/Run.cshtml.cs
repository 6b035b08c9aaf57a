using Allies.Core;
using Allies.Core.Imports;
using Allies.Data.Imports;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Imports;

/// <summary>One import: its progress while it runs (the page reloads itself), then its report.</summary>
public sealed class RunModel(ImportService imports, Web.Imports.ImportJobs jobs) : PageModel
{
    public ImportReport Report { get; private set; } = null!;

    public bool Running => Report.Run.Status is ImportStatus.Queued or ImportStatus.Running;

    /// <summary>The share of the file read, in whole percent, while the run is going and has committed a batch.</summary>
    public int? Percent => Running && jobs.Progress(Report.Run.Id) is { } f ? (int)Math.Floor(f * 100) : null;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        try
        {
            Report = await imports.ReportAsync(User.OwnerId(), id, HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, Guid item)
    {
        try
        {
            await imports.AcceptSuggestionAsync(User.OwnerId(), item, HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToPage("/Imports/Run", new { id });
    }
}
