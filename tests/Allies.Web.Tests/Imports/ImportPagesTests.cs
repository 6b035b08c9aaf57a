using System.Net.Http.Headers;
using Allies.Core.Contacts;
using Allies.Core.Imports;
using Allies.Data.Contacts;
using Allies.Data.Imports;
using Allies.Web.Tests.Infrastructure;
using Allies.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Imports;

/// <summary>The import, review and restore pages as a French user meets them after a real import.</summary>
public sealed class ImportPagesTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_backup_restores_through_the_page_into_a_new_account_that_has_seen_its_dashboard()
    {
        await using var factory = new AlliesWebFactory();
        var first = new PageSession(factory);
        await first.RegisterAsync("first@example.com");
        var owner = await first.OwnerOfAsync("first@example.com");
        await factory.WithServicesAsync(async sp => await sp.GetRequiredService<ContactService>().CreateAsync(owner,
            new ContactInput { FirstName = "Ada", LastName = "Lovelace", Emails = ["ada@example.com"] }, Ct));
        var backup = await first.Client.GetByteArrayAsync("/imports?handler=Export&format=json", Ct);

        var second = new PageSession(factory);
        await second.RegisterAsync("second@example.com");
        await second.GetAsync("/culture/fr");
        await second.GetAsync("/"); // the dashboard: the first page a new account sees
        var imports = await second.GetAsync("/imports");
        Assert.EndsWith("#export", imports.Document.QuerySelector("#restore-form")!.GetAttribute("action"), StringComparison.Ordinal);

        var notABackup = await PostFileAsync(second, imports, "First Name,Last Name\nAda,Lovelace\n"u8.ToArray(), "contacts.csv");
        Assert.Equal("Ce fichier n’est pas une sauvegarde Allies (le bouton « Sauvegarde complète (JSON) » en crée une).",
            notABackup.Text("#restore-form .field-error"));

        var restored = await PostFileAsync(second, imports, backup, "allies-backup.json");
        Assert.StartsWith("Sauvegarde restaurée", restored.Text("#export .notice"), StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", (await second.GetAsync("/contacts")).Html, StringComparison.Ordinal);

        var again = await PostFileAsync(second, await second.GetAsync("/imports"), backup, "allies-backup.json");
        Assert.StartsWith("Une sauvegarde ne se restaure que dans un compte vide", again.Text("#restore-form .field-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_and_the_review_speak_french_count_one_in_the_singular_and_show_what_tells_two_namesakes_apart()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("fr@example.com");
        var owner = await session.OwnerOfAsync("fr@example.com");
        var dir = Directory.CreateTempSubdirectory("allies-web-import-").FullName;
        var run = await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<ContactService>().CreateAsync(owner,
                new ContactInput { FirstName = "Paul", LastName = "Martin", Company = "Initech", Emails = ["paul@initech.example"] }, Ct);
            var csv = Path.Combine(dir, "google.csv");
            await File.WriteAllTextAsync(csv, "Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value\n" +
                "Paul Martin,Paul,Martin,paul@home.example,+33 6 12 34 56 78\nBob,Bob,,bob(at)example.org,\n", Ct);
            return await sp.GetRequiredService<ImportService>().ImportAsync(owner, ImportKind.Google, csv, null, null, Ct);
        });
        await session.GetAsync("/culture/fr");

        var report = await session.GetAsync($"/imports/{run.Id}");
        Assert.Equal("lus : 2 · ajoutés : 2 · fusionnés : 0 · ignorés : 0 · problème : 1", report.Text("#import-counts"));
        Assert.Equal("1 doublon possible à examiner", report.Text("#run-status a[href='/imports/duplicates']"));

        var review = await session.GetAsync("/imports/duplicates");
        Assert.Equal("même nom : Paul Martin", review.Text(".duplicate .pair-reason"));
        var sides = review.All(".duplicate .pair-side");
        Assert.Equal(2, sides.Count);
        Assert.Contains("déjà là", sides[0], StringComparison.Ordinal);
        Assert.Contains("paul@initech.example", sides[0], StringComparison.Ordinal);
        Assert.Contains("ajouté par un import", sides[1], StringComparison.Ordinal);
        Assert.Contains("paul@home.example", sides[1], StringComparison.Ordinal);
        Assert.Contains("+33", sides[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_problem_line_and_a_failed_runs_error_speak_french_and_the_api_gives_their_codes_and_values()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("lignes@example.com");
        var owner = await session.OwnerOfAsync("lignes@example.com");
        var dir = Directory.CreateTempSubdirectory("allies-web-import-").FullName;
        var cards = Path.Combine(dir, "odd.vcf");
        await File.WriteAllTextAsync(cards, "stray\r\nBEGIN:VCARD\r\nFN:Bob\r\nno colon\r\nEND:VCARD\r\nEND:VCARD\r\n", Ct);
        var image = Path.Combine(dir, "photo.ics");
        await File.WriteAllBytesAsync(image, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], Ct);
        var (odd, failed) = await factory.WithServicesAsync(async sp =>
        {
            var imports = sp.GetRequiredService<ImportService>();
            return (await imports.ImportAsync(owner, ImportKind.VCard, cards, null, null, Ct), await imports.ImportAsync(owner, ImportKind.Ics, image, null, null, Ct));
        });
        await session.GetAsync("/culture/fr");

        var lines = (await session.GetAsync($"/imports/{odd.Id}")).All("#problems li");
        var report = await session.GetAsync($"/imports/{failed.Id}");

        Assert.Equal(
            ["odd.vcf:1: Cette ligne est en dehors de tout bloc BEGIN:VCARD … END:VCARD ; elle a été ignorée.",
             "odd.vcf:4: « no colon » n'est pas une propriété vCard (pas de « NOM:valeur ») ; elle a été ignorée.",
             "odd.vcf:6: END:VCARD sans BEGIN:VCARD ; ignoré."],
            lines);
        Assert.Equal("Échec", report.Text("#import-status"));
        Assert.Equal("Ce n'est pas un fichier texte (il contient des données binaires) : rien n'en a été lu. Vérifiez le fichier et le type d'import.",
            report.Text("#run-status .field-error"));

        var api = await factory.ApiClientAsync(owner);
        using var oddJson = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync($"/api/imports/{odd.Id}", Ct));
        using var failedJson = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync($"/api/imports/{failed.Id}", Ct));
        var property = oddJson.RootElement.GetProperty("problemList")[1];
        Assert.Equal(("not_vcard_property", "no colon"), (property.GetProperty("code").GetString(), property.GetProperty("args")[0].GetString()));
        Assert.Equal("'no colon' is not a vCard property (no 'NAME:value'); it was skipped.", property.GetProperty("text").GetString());
        Assert.Equal(("Failed", "not_text"), (failedJson.RootElement.GetProperty("status").GetString(), failedJson.RootElement.GetProperty("errorCode").GetString()));
        Assert.StartsWith("This is not a text file", failedJson.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_stored_before_codes_is_still_shown_in_french_from_its_english()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ancien@example.com");
        var owner = await session.OwnerOfAsync("ancien@example.com");
        var run = await factory.WithServicesAsync(async sp =>
        {
            var queued = await sp.GetRequiredService<ImportService>().QueueAsync(owner, ImportKind.Mbox, "old.mbox", Ct);
            var db = sp.GetRequiredService<Allies.Data.AlliesDb>();
            await db.ImportRuns.Where(r => r.Id == queued.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ImportStatus.Done), Ct);
            db.ImportReportItems.Add(new ImportReportItem
            {
                OwnerId = owner,
                ImportRunId = queued.Id,
                Kind = ReportItemKind.Problem,
                File = "old.mbox",
                MessageNumber = 2,
                Text = "The Date 'last tuesday' is not a date: without one the message cannot become an interaction, so it was skipped.",
            });
            await db.SaveChangesAsync(Ct);
            return queued;
        });
        await session.GetAsync("/culture/fr");

        var report = await session.GetAsync($"/imports/{run.Id}");

        Assert.Equal("old.mbox #2: La date « last tuesday » n'est pas une date : sans elle le message ne peut pas devenir un échange, il a donc été ignoré.",
            report.Text("#problems li"));
    }

    [Fact]
    public async Task A_running_import_shows_how_far_through_its_file_it_is()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("big@example.com");
        var owner = await session.OwnerOfAsync("big@example.com");
        // A run recorded but not handed to the background runner stays queued: the page shows it as going.
        var run = await factory.WithServicesAsync(sp => sp.GetRequiredService<ImportService>().QueueAsync(owner, ImportKind.Mbox, "big.mbox", Ct));

        var before = await session.GetAsync($"/imports/{run.Id}");
        factory.Services.GetRequiredService<Web.Imports.ImportJobs>().Report(run.Id, 0.426);
        await session.GetAsync("/culture/fr");
        var during = await session.GetAsync($"/imports/{run.Id}");

        Assert.NotNull(before.Document.QuerySelector("#import-progress"));
        Assert.Null(before.Document.QuerySelector("#import-progress")!.GetAttribute("value"));
        Assert.Equal("42", during.Document.QuerySelector("#import-progress")!.GetAttribute("value"));
        Assert.Equal("42 % du fichier lu… cette page se rafraîchit seule.", during.Text("#import-percent"));

        // A script polling the API sees the same share while the run goes, and none once it is over.
        var api = await factory.ApiClientAsync(owner);
        using (var going = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync($"/api/imports/{run.Id}", Ct)))
        {
            Assert.Equal(0.426, going.RootElement.GetProperty("progress").GetDouble());
        }

        await factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<Allies.Data.AlliesDb>();
            await db.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ImportStatus.Done), Ct);
            return 0;
        });
        using var done = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync($"/api/imports/{run.Id}", Ct));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, done.RootElement.GetProperty("progress").ValueKind);
    }

    static async Task<Page> PostFileAsync(PageSession session, Page page, byte[] file, string name)
    {
        var token = page.Document.QuerySelector("#restore-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "backupFile", name);
        var action = page.Document.QuerySelector("#restore-form")!.GetAttribute("action")!.Split('#')[0];
        return await Page.ReadAsync(await session.Client.PostAsync(action, content, Ct));
    }
}
