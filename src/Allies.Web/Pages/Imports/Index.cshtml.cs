using System.Text;
using Allies.Core;
using Allies.Core.Imports;
using Allies.Data.Imports;
using Allies.Data.Settings;
using Allies.Interop.VCards;
using Allies.Web.Accounts;
using Allies.Web.Imports;
using Allies.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Imports;

/// <summary>Upload a file to import, see past imports, export and back up, restore a backup, set your own addresses.</summary>
public sealed class IndexModel(ImportService imports, ImportJobs jobs, ExportService exports, BackupService backup, SettingsService settings, IStringLocalizer<Strings> text) : PageModel
{
    public static readonly ImportKind[] Kinds = Enum.GetValues<ImportKind>();

    public IReadOnlyList<ImportRun> Runs { get; private set; } = [];

    [BindProperty]
    public ImportKind Kind { get; set; } = ImportKind.VCard;

    [BindProperty]
    public string? OwnEmails { get; set; }

    public string? Error { get; private set; }

    public string? Restored { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        if (file is not { Length: > 0 })
        {
            Error = "import.file_required";
            await LoadAsync();
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var id = await jobs.EnqueueAsync(User.OwnerId(), Kind, file.FileName, stream, HttpContext.RequestAborted);
        return RedirectToPage("/Imports/Run", new { id });
    }

    public async Task<IActionResult> OnPostOwnEmailsAsync()
    {
        var list = (OwnEmails ?? "").Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.ToLowerInvariant()).Distinct().ToList();
        var bad = list.FirstOrDefault(e => !Core.Contacts.ContactInput.IsEmail(e));
        if (bad is not null)
        {
            ModelState.AddModelError(nameof(OwnEmails), text["import.own_emails_invalid", bad]);
            await LoadAsync(keepEmails: true);
            return Page();
        }

        await settings.SaveAsync(User.OwnerId(), s => s.OwnEmails = list, HttpContext.RequestAborted);
        return RedirectToPage("/Imports/Index", null, null, "own-emails");
    }

    public async Task<IActionResult> OnGetExportAsync(string format, int? version)
    {
        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        var buffer = new MemoryStream();
        string type, name;
        if (format == "json")
        {
            await backup.WriteAsync(owner, buffer, ct);
            (type, name) = ("application/json", "allies-backup.json");
        }
        else
        {
            await using (var w = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
            {
                if (format == "csv")
                {
                    await exports.WriteCsvAsync(owner, w, ct);
                }
                else
                {
                    await exports.WriteVCardsAsync(owner, w, version == 3 ? VCardVersion.V3 : VCardVersion.V4, ct);
                }
            }

            (type, name) = format == "csv" ? ("text/csv", "allies.csv") : ("text/vcard", "allies.vcf");
        }

        buffer.Position = 0;
        return File(buffer, type, name);
    }

    public async Task<IActionResult> OnPostRestoreAsync(IFormFile? backupFile)
    {
        if (backupFile is not { Length: > 0 })
        {
            Error = "import.file_required";
            await LoadAsync();
            return Page();
        }

        try
        {
            await using var stream = backupFile.OpenReadStream();
            var rows = await backup.RestoreAsync(User.OwnerId(), stream, HttpContext.RequestAborted);
            Restored = rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError("backupFile", text.Localize(e.Errors[0]));
        }

        await LoadAsync();
        return Page();
    }

    async Task LoadAsync(bool keepEmails = false)
    {
        Runs = await imports.ListAsync(User.OwnerId(), 50, HttpContext.RequestAborted);
        if (!keepEmails)
        {
            OwnEmails = string.Join(", ", (await settings.GetAsync(User.OwnerId(), HttpContext.RequestAborted)).OwnEmails);
        }
    }
}
