using System.Net;
using Allies.Web.Api;

namespace Allies.Web.Tests.Api;

/// <summary>Account B never reaches account A's rows: every route answers 404 exactly as for an unknown id, and A's data stays as it was.</summary>
public sealed class IsolationTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_account_gets_404_on_every_route_for_my_ids_and_changes_nothing()
    {
        await using var host = new ApiHost();
        var (_, a) = await host.AccountAsync("a@example.com");
        var (_, b) = await host.AccountAsync("b@example.com");
        var grace = await a.CreateContactAsync(new { firstName = "Grace", lastName = "Hopper", company = "Navy", tags = new[] { "mentor" } });
        var coffee = await a.LogAsync(new { participantIds = new[] { grace.Id }, kind = "Coffee", summary = "COBOL", exchanges = new[] { new { kind = "Information", direction = "TheyGave" } } });
        var bOwn = await b.CreateContactAsync(new { firstName = "Bob" });
        var contactBody = new { firstName = "Hacked" };
        var interactionBody = new { participantIds = new[] { bOwn.Id }, kind = "Call", summary = "hacked" };

        var attempts = new (string Route, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("GET /api/contacts/{id}", () => b.GetAsync($"/api/contacts/{grace.Id}", Ct)),
            ("PUT /api/contacts/{id}", () => b.PutJsonAsync($"/api/contacts/{grace.Id}", contactBody)),
            ("POST /api/contacts/{id}/archive", () => b.PostAsync($"/api/contacts/{grace.Id}/archive", null, Ct)),
            ("POST /api/contacts/{id}/unarchive", () => b.PostAsync($"/api/contacts/{grace.Id}/unarchive", null, Ct)),
            ("DELETE /api/contacts/{id}", () => b.DeleteAsync($"/api/contacts/{grace.Id}", Ct)),
            ("GET /api/interactions/{id}", () => b.GetAsync($"/api/interactions/{coffee.Id}", Ct)),
            ("PUT /api/interactions/{id}", () => b.PutJsonAsync($"/api/interactions/{coffee.Id}", interactionBody)),
            ("DELETE /api/interactions/{id}", () => b.DeleteAsync($"/api/interactions/{coffee.Id}", Ct)),
        };

        var unknownContact = await (await b.GetAsync($"/api/contacts/{Guid.NewGuid()}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        var unknownInteraction = await (await b.GetAsync($"/api/interactions/{Guid.NewGuid()}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var (route, send) in attempts)
        {
            var response = await send();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{route} answered {(int)response.StatusCode} to another account");
            var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
            var unknown = route.Contains("contacts", StringComparison.Ordinal) ? unknownContact : unknownInteraction;
            Assert.Equal(unknown.GetProperty("title").GetString(), problem.GetProperty("title").GetString());
            Assert.Equal(unknown.GetProperty("detail").GetString(), problem.GetProperty("detail").GetString());
        }

        var graceNow = await (await a.GetAsync($"/api/contacts/{grace.Id}", Ct)).ReadAsync<ContactDto>();
        Assert.Equal(grace, graceNow with { Emails = grace.Emails, Phones = grace.Phones, Tags = grace.Tags, Interests = grace.Interests });
        Assert.Equal(["mentor"], graceNow.Tags);
        Assert.False(graceNow.Archived);
        var coffeeNow = await (await a.GetAsync($"/api/interactions/{coffee.Id}", Ct)).ReadAsync<InteractionDto>();
        Assert.Equal(("COBOL", coffee.Kind, grace.Id), (coffeeNow.Summary, coffeeNow.Kind, Assert.Single(coffeeNow.Participants).ContactId));
        Assert.Single(coffeeNow.Exchanges);
    }

    [Fact]
    public async Task Another_account_cannot_use_my_contacts_as_participants_or_introducers()
    {
        await using var host = new ApiHost();
        var (_, a) = await host.AccountAsync("a@example.com");
        var (_, b) = await host.AccountAsync("b@example.com");
        var grace = await a.CreateContactAsync(new { firstName = "Grace" });

        var log = await (await b.PostJsonAsync("/api/interactions", new { participantIds = new[] { grace.Id }, kind = "Call" })).ProblemAsync(HttpStatusCode.BadRequest);
        var intro = await (await b.PostJsonAsync("/api/contacts", new { firstName = "Bob", introducedById = grace.Id })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Single(log.Errors("participantIds"));
        Assert.Single(intro.Errors("introducedById"));
        Assert.Equal(0, (await a.PageAsync<InteractionDto>("/api/interactions")).Total);
    }

    [Fact]
    public async Task Lists_never_show_another_accounts_rows()
    {
        await using var host = new ApiHost();
        var (_, a) = await host.AccountAsync("a@example.com");
        var (_, b) = await host.AccountAsync("b@example.com");
        var grace = await a.CreateContactAsync(new { firstName = "Grace", company = "Navy", industry = "Defence", channel = "Work", tags = new[] { "mentor" } });
        await a.LogAsync(new { participantIds = new[] { grace.Id }, kind = "Coffee", summary = "COBOL" });
        var bob = await b.CreateContactAsync(new { firstName = "Bob" });
        await b.LogAsync(new { participantIds = new[] { bob.Id }, kind = "Call" });

        foreach (var url in new[] { "/api/contacts", "/api/contacts?search=grace", "/api/contacts?tag=mentor", "/api/contacts?company=Navy", "/api/contacts?industry=Defence", "/api/contacts?channel=Work", "/api/contacts?includeArchived=true&pageSize=200" })
        {
            var page = await b.PageAsync<ContactListItem>(url);
            Assert.DoesNotContain(page.Items, c => c.Id == grace.Id);
            Assert.All(page.Items, c => Assert.Equal(bob.Id, c.Id));
        }

        foreach (var url in new[] { "/api/interactions", $"/api/interactions?contactId={grace.Id}", "/api/interactions?search=COBOL", "/api/interactions?kind=Coffee" })
        {
            var page = await b.PageAsync<InteractionDto>(url);
            Assert.All(page.Items, i => Assert.Equal(bob.Id, Assert.Single(i.Participants).ContactId));
        }

        Assert.Equal(1, (await b.PageAsync<InteractionDto>("/api/interactions")).Total);
        Assert.Equal(1, (await a.PageAsync<ContactListItem>("/api/contacts")).Total);
    }
}
