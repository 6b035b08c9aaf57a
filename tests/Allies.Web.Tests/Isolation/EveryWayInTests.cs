using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using Allies.Cli;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Data.Contacts;
using Allies.Data.Interactions;
using Allies.Web.Tests.Infrastructure;
using Allies.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Isolation;

/// <summary>
/// Account B tries every way in — each web page and API route that takes an id (found by walking the app's endpoints,
/// so a new route is covered without editing this test), and each CLI command that takes a contact — on account A's
/// contact and interaction. Every attempt is refused as if the row did not exist (404, never 403), and A's data is unchanged.
/// </summary>
public sealed class EveryWayInTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Account_B_cannot_read_or_change_account_As_contacts_and_interactions_through_web_API_or_CLI()
    {
        await using var factory = new AlliesWebFactory();
        var ownerA = await factory.CreateAccountAsync("a@example.com");
        var (contactA, interactionA) = await factory.WithServicesAsync(async sp =>
        {
            var contact = await sp.GetRequiredService<ContactService>().CreateAsync(ownerA,
                new ContactInput { FirstName = "Secret", LastName = "Source", Emails = ["secret@source.example"], Company = "Deep Throat Ltd" }, Ct);
            var interaction = await sp.GetRequiredService<InteractionService>().LogAsync(ownerA,
                new InteractionInput { ParticipantIds = [contact.Id], Kind = InteractionKind.Coffee, Summary = "Parking garage" }, Ct);
            return (contact, interaction);
        });
        var before = await SnapshotAsync(factory, ownerA, contactA.Id, interactionA.Id);

        var b = new PageSession(factory, followRedirects: false);
        await b.RegisterAsync("b@example.com");
        var ownerB = await b.OwnerOfAsync("b@example.com");
        var contactB = await factory.WithServicesAsync(sp => sp.GetRequiredService<ContactService>()
            .CreateAsync(ownerB, new ContactInput { FirstName = "Own", LastName = "Friend" }, Ct));
        var antiforgery = (await b.GetAsync("/contacts/new")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var api = await factory.ApiClientAsync(ownerB);

        var attempts = new List<string>();
        var leaks = new List<string>();

        // Web pages and API routes with an {id}: every verb and page handler, with A's ids.
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.RoutePattern.GetParameter("id") is null)
            {
                continue;
            }

            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var id = template.Contains("interactions", StringComparison.OrdinalIgnoreCase) ? interactionA.Id : contactA.Id;
            var path = template.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal).Replace("{id}", id.ToString(), StringComparison.Ordinal);
            var isApi = template.StartsWith("/api/", StringComparison.Ordinal);
            foreach (var (method, handler) in isApi ? ApiVerbs(endpoint) : PageVerbs(endpoint))
            {
                var url = handler is null ? path : $"{path}?handler={handler}";
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (isApi && method is "POST" or "PUT" && !url.EndsWith("archive", StringComparison.Ordinal))
                {
                    request.Content = JsonContent.Create<object>(url.Contains("interactions", StringComparison.Ordinal)
                        ? new { participantIds = new[] { contactB.Id }, kind = "Call" }
                        : new { firstName = "Hacked" });
                }
                else if (!isApi && method == "POST")
                {
                    request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery), new("Input.FirstName", "Hacked"), new("archived", "true")]);
                }

                var response = await (isApi ? api : b.Client).SendAsync(request, Ct);
                attempts.Add($"{method} {url}");
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    leaks.Add($"{method} {url} → {(int)response.StatusCode}");
                }
            }
        }

        // Routes that take A's id in the query string.
        await ExpectAsync(b.Client, $"/interactions/new?contact={contactA.Id}", HttpStatusCode.NotFound);
        var byContact = await api.GetFromJsonAsync<Listing>($"/api/interactions?contactId={contactA.Id}", Ct);
        Check(byContact!.Total == 0, $"GET /api/interactions?contactId=… listed {byContact.Total} of A's interactions");
        var search = await api.GetFromJsonAsync<Listing>("/api/contacts?search=secret", Ct);
        Check(search!.Total == 0, "GET /api/contacts?search=secret found A's contact");
        var page = await b.GetAsync("/contacts?search=secret");
        Check(!page.Html.Contains("Secret Source", StringComparison.Ordinal), "/contacts?search=secret shows A's contact");

        // Every CLI command that takes a contact, by A's id, email and name.
        var cliCommands = CliCommandsTakingAContact();
        Assert.Contains("contacts show", cliCommands);
        Assert.Contains("log", cliCommands);
        foreach (var reference in new[] { contactA.Id.ToString(), "secret@source.example", "Secret Source" })
        {
            string[][] commandLines =
            [
                ["contacts", "show", reference],
                ["contacts", "edit", reference, "--company", "Stolen"],
                ["contacts", "archive", reference],
                ["log", reference, "call"],
                ["log", "Own Friend", "call", "--with", reference],
                ["contacts", "add", "Eve", "--introduced-by", reference],
                ["link", reference, "Own Friend"],
                ["link", "Own Friend", reference],
                ["unlink", reference, "Own Friend"],
                ["path", reference],
                ["draft", reference],
                ["tie", reference],
                ["life", "list", reference],
                ["life", "add", reference, "birthday", "2000-01-01"],
                ["ledger", reference],
                ["promise", "add", reference, "Send the deck", "--by", "me"],
                ["promise", "list", "--contact", reference],
            ];
            Assert.True(cliCommands.All(c => commandLines.Any(l => string.Join(' ', l).StartsWith(c, StringComparison.Ordinal))),
                $"a CLI command taking a contact is not exercised here: {string.Join(", ", cliCommands)}");
            foreach (var line in commandLines)
            {
                using var output = new StringWriter();
                using var error = new StringWriter();
                var exit = await AlliesCli.RunAsync([.. line, "--database", factory.DatabasePath, "--user", "b@example.com"], output, error);
                attempts.Add("allies " + string.Join(' ', line));
                if (exit != 1 || !error.ToString().Contains($"No contact matches '{reference}'", StringComparison.Ordinal))
                {
                    leaks.Add($"allies {string.Join(' ', line)} → exit {exit}: {error}{output}");
                }
            }
        }

        Assert.True(leaks.Count == 0, "Account B reached account A's data:\n" + string.Join('\n', leaks));
        Assert.True(attempts.Count >= 25, $"only {attempts.Count} ways in were tried: {string.Join(", ", attempts)}");
        Assert.Contains(attempts, a => a.StartsWith("GET /contacts/", StringComparison.Ordinal));
        Assert.Contains(attempts, a => a.StartsWith("DELETE /api/interactions/", StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync(factory, ownerA, contactA.Id, interactionA.Id));

        void Check(bool ok, string leak)
        {
            attempts.Add(leak);
            if (!ok)
            {
                leaks.Add(leak);
            }
        }

        async Task ExpectAsync(HttpClient client, string url, HttpStatusCode status)
        {
            var response = await client.GetAsync(url, Ct);
            Check(response.StatusCode == status, $"GET {url} → {(int)response.StatusCode}");
        }
    }

    static IEnumerable<(string Method, string? Handler)> ApiVerbs(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Select(m => (m, (string?)null)) ?? [("GET", null)];

    /// <summary>GET, and every POST handler of the page's model (OnPostAsync, OnPostArchiveAsync…), found by reflection.</summary>
    static IEnumerable<(string Method, string? Handler)> PageVerbs(RouteEndpoint endpoint)
    {
        var pagePath = endpoint.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath ?? throw new InvalidOperationException($"{endpoint.DisplayName} is not a Razor page");
        var typeName = "Allies.Web.Pages" + pagePath.Replace('/', '.') + "Model";
        var model = typeof(AlliesWebApp).Assembly.GetType(typeName)
            ?? throw new InvalidOperationException($"No page model {typeName} for {endpoint.DisplayName}");
        Assert.True(typeof(PageModel).IsAssignableFrom(model));
        foreach (var m in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (m.Name.StartsWith("OnGet", StringComparison.Ordinal))
            {
                yield return ("GET", Handler(m.Name, "OnGet"));
            }
            else if (m.Name.StartsWith("OnPost", StringComparison.Ordinal))
            {
                yield return ("POST", Handler(m.Name, "OnPost"));
            }
        }
    }

    static string? Handler(string method, string verb)
    {
        var name = method[verb.Length..];
        name = name.EndsWith("Async", StringComparison.Ordinal) ? name[..^5] : name;
        return name.Length == 0 ? null : name;
    }

    /// <summary>The CLI commands whose arguments or options name a contact.</summary>
    static List<string> CliCommandsTakingAContact()
    {
        using var output = new StringWriter();
        var root = typeof(AlliesCli).Assembly.GetType("Allies.Cli.Shell.CliApp")!;
        var context = typeof(AlliesCli).Assembly.GetType("Allies.Cli.Shell.CliContext")!;
        var io = Activator.CreateInstance(context, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, [output, output, TimeProvider.System, null], null);
        var app = Activator.CreateInstance(root, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, [io], null);
        var command = (System.CommandLine.Command)root.GetMethod("BuildRoot")!.Invoke(app, null)!;
        var found = new List<string>();
        Walk(command, "");
        return found;

        void Walk(System.CommandLine.Command c, string path)
        {
            if (c.Arguments.Any(a => a.Name == "contact"))
            {
                found.Add(path.Trim());
            }

            foreach (var sub in c.Subcommands)
            {
                Walk(sub, path + " " + sub.Name);
            }
        }
    }

    static Task<string> SnapshotAsync(AlliesWebFactory factory, Guid owner, Guid contactId, Guid interactionId) =>
        factory.WithServicesAsync(async sp =>
        {
            var c = await sp.GetRequiredService<ContactService>().GetAsync(owner, contactId, Ct);
            var i = await sp.GetRequiredService<InteractionService>().FindAsync(owner, interactionId, Ct);
            var all = await sp.GetRequiredService<InteractionService>().ListAsync(owner, new InteractionQuery { ContactId = contactId }, Ct);
            return $"{c.DisplayName}|{c.Company}|{c.ArchivedAt}|{c.UpdatedAt:O}|{i!.Summary}|{i.Kind}|{all.Total}|{string.Join(',', i.Participants.Select(p => p.ContactId))}";
        });

    sealed record Listing(int Total);
}
