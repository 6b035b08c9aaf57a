using System.Net;
using System.Net.Http.Headers;
using Allies.Data.Accounts;
using Allies.Web.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Api;

/// <summary>Bad input answers 400 with an RFC 7807 document naming the field, and nothing is saved.</summary>
public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task A_contact_without_a_name_is_refused_naming_firstName()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");

        var problem = await (await api.PostJsonAsync("/api/contacts", new { firstName = " ", lastName = "", company = "Acme" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["A contact needs a first or last name."], problem.Errors("firstName"));
        Assert.Equal(0, (await api.PageAsync<ContactListItem>("/api/contacts?includeArchived=true")).Total);
    }

    [Fact]
    public async Task A_malformed_email_is_refused_naming_emails_and_the_address()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");

        var problem = await (await api.PostJsonAsync("/api/contacts", new { firstName = "Ada", emails = new[] { "ada@example.org", "ada-at-example" } })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("'ada-at-example' is not a valid email address.", problem.Errors("emails"));
        Assert.Equal(0, (await api.PageAsync<ContactListItem>("/api/contacts")).Total);
    }

    [Fact]
    public async Task An_invalid_update_changes_nothing()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var ada = await api.CreateContactAsync(new { firstName = "Ada", company = "Analytical Engines" });

        var problem = await (await api.PutJsonAsync($"/api/contacts/{ada.Id}", new { firstName = "Ada", company = "New", website = "ftp://nope", metOn = "2027-01-01" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Single(problem.Errors("website"));
        Assert.Equal(["The day you met cannot be in the future."], problem.Errors("metOn"));
        Assert.Equal("Analytical Engines", (await (await api.GetAsync($"/api/contacts/{ada.Id}", TestContext.Current.CancellationToken)).ReadAsync<ContactDto>()).Company);
    }

    [Fact]
    public async Task An_interaction_in_the_future_is_refused_naming_occurredAt()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace" });

        var problem = await (await api.PostJsonAsync("/api/interactions", new { participantIds = new[] { grace.Id }, kind = "Call", occurredAt = ApiHost.Start.AddHours(1) }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["An interaction you log has already happened: its date cannot be in the future."], problem.Errors("occurredAt"));
        Assert.Equal(0, (await api.PageAsync<InteractionDto>("/api/interactions")).Total);
    }

    [Fact]
    public async Task An_unknown_participant_is_refused_naming_participantIds()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace" });

        var problem = await (await api.PostJsonAsync("/api/interactions", new { participantIds = new[] { grace.Id, Guid.NewGuid() }, kind = "Call" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["One of the participants is not among your contacts."], problem.Errors("participantIds"));
        Assert.Equal(0, (await api.PageAsync<InteractionDto>("/api/interactions")).Total);
    }

    [Fact]
    public async Task An_interaction_needs_participants_and_a_kind()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace" });

        var noKind = await (await api.PostJsonAsync("/api/interactions", new { participantIds = new[] { grace.Id } })).ProblemAsync(HttpStatusCode.BadRequest);
        var nobody = await (await api.PostJsonAsync("/api/interactions", new { kind = "Call" })).ProblemAsync(HttpStatusCode.BadRequest);
        var halfExchange = await (await api.PostJsonAsync("/api/interactions", new { participantIds = new[] { grace.Id }, kind = "Call", exchanges = new[] { new { what = "?" } } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var strangerExchange = await (await api.PostJsonAsync("/api/interactions", new { participantIds = new[] { grace.Id }, kind = "Call", exchanges = new[] { new { kind = "Favour", direction = "IGave", contactId = Guid.NewGuid() } } }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Single(noKind.Errors("kind"));
        Assert.Equal(["Choose at least one person you met."], nobody.Errors("participantIds"));
        Assert.Single(halfExchange.Errors("exchanges[0].kind"));
        Assert.Single(halfExchange.Errors("exchanges[0].direction"));
        Assert.Equal(["An exchange must be with one of the participants."], strangerExchange.Errors("exchanges[0].contactId"));
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_saying_where_it_breaks()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");

        var problem = await (await api.SendRawAsync(HttpMethod.Post, "/api/contacts", """{ "firstName": "Ada", "lastName": }""")).ProblemAsync(HttpStatusCode.BadRequest);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith("The request body is not valid JSON (line 1, position ", detail, StringComparison.Ordinal);
        Assert.Contains("lastName", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, (await api.PageAsync<ContactListItem>("/api/contacts")).Total);
    }

    [Fact]
    public async Task A_value_of_the_wrong_json_type_names_the_field_and_what_it_expects()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");

        var emails = await (await api.SendRawAsync(HttpMethod.Post, "/api/contacts", """{ "firstName": "Ada", "emails": "ada@example.org" }""")).ProblemAsync(HttpStatusCode.BadRequest);
        var cadence = await (await api.SendRawAsync(HttpMethod.Post, "/api/contacts", """{ "firstName": "Ada", "cadenceDays": "often" }""")).ProblemAsync(HttpStatusCode.BadRequest);
        var participant = await (await api.SendRawAsync(HttpMethod.Post, "/api/interactions", """{ "participantIds": ["grace"], "kind": "Call" }""")).ProblemAsync(HttpStatusCode.BadRequest);
        var array = await (await api.SendRawAsync(HttpMethod.Post, "/api/contacts", """[1, 2]""")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("The field 'emails' has a value of the wrong type or an unknown name: expected an array.", emails.GetProperty("detail").GetString());
        Assert.Equal("The field 'cadenceDays' has a value of the wrong type or an unknown name: expected a whole number.", cadence.GetProperty("detail").GetString());
        Assert.StartsWith("The field 'participantIds[0]' has a value of the wrong type or an unknown name: expected an id", participant.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("The request body must be a JSON object.", array.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_enum_name_names_the_field_and_lists_the_known_ones()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace" });

        var channel = await (await api.PostJsonAsync("/api/contacts", new { firstName = "Ada", channel = "Carrier pigeon" })).ProblemAsync(HttpStatusCode.BadRequest);
        var number = await (await api.SendRawAsync(HttpMethod.Post, "/api/contacts", """{ "firstName": "Ada", "phase": 3 }""")).ProblemAsync(HttpStatusCode.BadRequest);
        var exchange = await (await api.PostJsonAsync("/api/interactions", new { participantIds = new[] { grace.Id }, kind = "Call", exchanges = new[] { new { kind = "Bribe", direction = "IGave" } } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var query = await (await api.GetAsync("/api/interactions?kind=Telegram", TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("The field 'channel' has a value of the wrong type or an unknown name: expected one of Event, LinkedIn, Association, Alumni, Introduction, Work, Friends, Other.",
            channel.GetProperty("detail").GetString());
        Assert.Contains("'phase'", number.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("'exchanges[0].kind'", exchange.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Introduction, Information, Expertise", exchange.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("The query parameter 'kind' cannot be 'Telegram': expected one of Coffee, Call", query.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_body_or_a_non_json_body_is_a_problem()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");

        var empty = await (await api.SendRawAsync(HttpMethod.Post, "/api/contacts", "")).ProblemAsync(HttpStatusCode.BadRequest);
        var text = await (await api.PostAsync("/api/contacts", new StringContent("firstName=Ada"), TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var badQuery = await (await api.GetAsync("/api/contacts?page=two", TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("This request needs a JSON object in its body.", empty.GetProperty("detail").GetString());
        Assert.Equal("Send the body as JSON, with the header Content-Type: application/json.", text.GetProperty("detail").GetString());
        Assert.Equal("The query parameter 'page' cannot be 'two': expected a whole number.", badQuery.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task In_production_too_unreadable_json_is_a_problem_naming_the_field_not_an_empty_400()
    {
        await using var host = new ApiHost();
        var production = host.App.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        string secret;
        using (var scope = production.Services.CreateScope())
        {
            var owner = (await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("ada@example.com", "correct horse battery", TestContext.Current.CancellationToken)).Id;
            (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(owner, "tests", TestContext.Current.CancellationToken);
        }

        var api = production.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        var problem = await (await api.SendRawAsync(HttpMethod.Post, "/api/contacts", """{ "firstName": 42 }""")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("The field 'firstName' has a value of the wrong type or an unknown name: expected a string.", problem.GetProperty("detail").GetString());
    }
}
