using System.Net;
using System.Net.Http.Json;
using System.Text;
using Allies.Core.Contacts;
using Allies.Core.Imports;
using Allies.Data.Contacts;
using Allies.Data.Imports;
using Allies.Data.Settings;
using Allies.Web.Tests.Infrastructure;
using Allies.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Imports;

/// <summary>
/// Account B tries every import, export, backup and duplicates route and page on account A's import run, suggestion
/// and duplicate pair: each is refused as if it did not exist, B's exports hold none of A's data, and A's data is unchanged.
/// </summary>
public sealed class ImportsIsolationTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Account_B_cannot_see_or_decide_on_account_As_imports_suggestions_or_duplicates()
    {
        await using var factory = new AlliesWebFactory();
        var ownerA = await factory.CreateAccountAsync("a@example.com");
        var dir = Directory.CreateTempSubdirectory("allies-web-import-").FullName;
        var (run, suggestion, pair) = await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<SettingsService>().SaveAsync(ownerA, s => s.OwnEmails = ["a@example.com"], Ct);
            await sp.GetRequiredService<ContactService>().CreateAsync(ownerA, new ContactInput { FirstName = "Secret", LastName = "Source", Emails = ["secret@source.example"] }, Ct);
            var csv = Path.Combine(dir, "people.csv");
            await File.WriteAllTextAsync(csv, "First Name,Last Name,E-mail Address\nSecret,Source,other@source.example\n", Ct);
            await sp.GetRequiredService<ImportService>().ImportAsync(ownerA, ImportKind.Outlook, csv, null, null, Ct);
            var mbox = Path.Combine(dir, "mail.mbox");
            var mails = string.Concat(Enumerable.Range(1, 3).Select(i =>
                $"From x Mon Jan  5 10:00:00 2026\nMessage-ID: <m{i}@x>\nDate: Mon, 5 Jan 2026 10:0{i}:00 +0000\nFrom: Leak <leak@elsewhere.example>\nTo: a@example.com, secret@source.example\nSubject: s{i}\n\nbody\n\n"));
            await File.WriteAllTextAsync(mbox, mails, Ct);
            var mailRun = await sp.GetRequiredService<ImportService>().ImportAsync(ownerA, ImportKind.Mbox, mbox, null, null, Ct);
            var report = await sp.GetRequiredService<ImportService>().ReportAsync(ownerA, mailRun.Id, Ct);
            var pairs = await sp.GetRequiredService<DuplicateService>().ListAsync(ownerA, ct: Ct);
            return (mailRun.Id, report.Suggestions.Single().Id, pairs.Single().Id);
        });

        var b = new PageSession(factory, followRedirects: false);
        await b.RegisterAsync("b@example.com");
        var ownerB = await b.OwnerOfAsync("b@example.com");
        var api = await factory.ApiClientAsync(ownerB);
        var importsPage = await b.GetAsync("/imports");
        var token = importsPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/imports/{run}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/imports/suggestions/{suggestion}/accept", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/duplicates/{pair}/merge", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/duplicates/{pair}/keep-apart", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/imports/{run}")).Status);
        foreach (var (url, fields) in new[]
                 {
                     ($"/imports/{run}?handler=Accept&item={suggestion}", Array.Empty<(string, string)>()),
                     ($"/imports/duplicates?handler=Merge&id={pair}", []),
                     ($"/imports/duplicates?handler=KeepApart&id={pair}", []),
                 })
        {
            var response = await b.Client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]), Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Empty(await api.GetFromJsonAsync<List<object>>("/api/imports", Ct) ?? []);
        Assert.Empty(await api.GetFromJsonAsync<List<object>>("/api/duplicates?all=true", Ct) ?? []);
        Assert.DoesNotContain("Secret", await api.GetStringAsync("/api/exports/vcard", Ct));
        Assert.DoesNotContain("Secret", await api.GetStringAsync("/api/exports/csv", Ct));
        var backup = await api.GetStringAsync("/api/backup", Ct);
        Assert.DoesNotContain("Secret", backup);
        Assert.DoesNotContain("leak@elsewhere", backup);
        Assert.DoesNotContain("Secret", (await b.GetAsync("/imports?handler=Export&format=json")).Html);
        Assert.DoesNotContain("people.csv", (await b.GetAsync("/imports")).Html);
        Assert.Empty((await b.GetAsync("/imports/duplicates")).Document.QuerySelectorAll("li.duplicate"));

        // A's pair, suggestion and run are as they were.
        await factory.WithServicesAsync(async sp =>
        {
            var pairs = await sp.GetRequiredService<DuplicateService>().ListAsync(ownerA, ct: Ct);
            Assert.Equal(pair, Assert.Single(pairs).Id);
            var report = await sp.GetRequiredService<ImportService>().ReportAsync(ownerA, run, Ct);
            Assert.Null(Assert.Single(report.Suggestions).ContactId);
            return true;
        });
    }

    [Fact]
    public async Task The_api_imports_in_the_background_and_reports_then_backs_up_and_restores_into_a_new_account()
    {
        await using var factory = new AlliesWebFactory();
        var ownerA = await factory.CreateAccountAsync("a@example.com");
        var ownerB = await factory.CreateAccountAsync("b@example.com");
        var api = await factory.ApiClientAsync(ownerA);
        var cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nEMAIL:ada@example.org\r\nEND:VCARD\r\n" +
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Turing\r\nN:Turing;Alan;;;\r\nBDAY:2999-01-01\r\nEND:VCARD\r\n";
        using var form = new MultipartFormDataContent { { new StringContent(cards, Encoding.UTF8, "text/vcard"), "file", "people.vcf" } };

        var started = await api.PostAsync("/api/imports/vcard", form, Ct);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        Dictionary<string, System.Text.Json.JsonElement>? run = null;
        for (var i = 0; i < 100; i++)
        {
            run = await api.GetFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>(location, Ct);
            if (run!["status"].GetString() is "Done" or "Failed")
            {
                break;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Equal("Done", run!["status"].GetString());
        Assert.Equal((2, 1), (run["read"].GetInt32(), run["added"].GetInt32()));
        var problem = run["problemList"].EnumerateArray().Single();
        Assert.Equal(("people.vcf", 7), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32()));
        Assert.StartsWith("Birthday:", problem.GetProperty("text").GetString());
        var badKind = await api.PostAsync("/api/imports/fax", new StringContent("x"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);

        var backup = await api.GetByteArrayAsync("/api/backup", Ct);
        var apiB = await factory.ApiClientAsync(ownerB);
        var restored = await apiB.PostAsync("/api/restore", new ByteArrayContent(backup), Ct);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Contains("Ada", await apiB.GetStringAsync("/api/exports/vcard", Ct));
        var again = await apiB.PostAsync("/api/restore", new ByteArrayContent(backup), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("empty account", await again.Content.ReadAsStringAsync(Ct));
    }
}
