using Allies.Data.Network;
using Allies.Web.Accounts;
using Allies.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace Allies.Web.Pages.Network;

/// <summary>The network map: a picture (SVG laid out on the server), filters, a summary and the people who matter most as a table.</summary>
public sealed class IndexModel(NetworkService network) : MapPageModel(network)
{
    /// <summary>?handler=Export&amp;format=graphml|gexf: the owner's network as a file.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format)
    {
        if (!NetworkApi.TryFormat(format, out var f))
        {
            return BadRequest();
        }

        using var buffer = new MemoryStream();
        await Network.ExportAsync(User.OwnerId(), f, buffer, HttpContext.RequestAborted);
        return File(buffer.ToArray(), GraphExport.ContentType(f), $"allies-network.{GraphExport.Extension(f)}");
    }
}
