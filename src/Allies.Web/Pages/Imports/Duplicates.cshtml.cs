using Allies.Core;
using Allies.Data.Imports;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Imports;

/// <summary>The duplicates review: pairs with the reason; merge or keep apart.</summary>
public sealed class DuplicatesModel(DuplicateService duplicates) : PageModel
{
    public IReadOnlyList<DuplicatePair> Pairs { get; private set; } = [];

    public async Task OnGetAsync() => Pairs = await duplicates.ListAsync(User.OwnerId(), ct: HttpContext.RequestAborted);

    public Task<IActionResult> OnPostMergeAsync(Guid id) => DecideAsync(() => duplicates.MergeAsync(User.OwnerId(), id, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostKeepApartAsync(Guid id) => DecideAsync(() => duplicates.KeepApartAsync(User.OwnerId(), id, HttpContext.RequestAborted));

    async Task<IActionResult> DecideAsync(Func<Task> decide)
    {
        try
        {
            await decide();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (InvalidInputException)
        {
            // already decided (another tab): the list shows the current state
        }

        return RedirectToPage("/Imports/Duplicates");
    }
}
