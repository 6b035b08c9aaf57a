using Allies.Data.Reciprocity;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Reciprocity;

/// <summary>The whole network by archetype, and where to act: giving with nothing back, givers to thank, asks before giving.</summary>
public sealed class ArchetypesModel(ReciprocityService reciprocity) : PageModel
{
    public const int Shown = 20;

    public ArchetypeOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync() => Overview = await reciprocity.OverviewAsync(User.OwnerId(), Shown, HttpContext.RequestAborted);
}
