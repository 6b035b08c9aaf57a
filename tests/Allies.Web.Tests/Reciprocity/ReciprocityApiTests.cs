using System.Net;
using System.Text.Json;
using Allies.Web.Api;
using Allies.Web.Tests.Api;

namespace Allies.Web.Tests.Reciprocity;

public sealed class ReciprocityApiTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    static Task<HttpResponseMessage> PatchJsonAsync(HttpClient client, string url, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent(body) }, Ct);

    static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body, ApiJson.Options), System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task Exchanges_are_logged_with_the_interaction_listed_added_and_their_outcome_changed_later()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace", lastName = "Hopper" });
        var logged = await api.LogAsync(new
        {
            participantIds = new[] { grace.Id },
            kind = "Coffee",
            exchanges = new object[]
            {
                new { kind = "Introduction", direction = "IGave", what = "to Bob" },
                new { kind = "Expertise", direction = "TheyAsked", what = "pricing" },
                new { kind = "Resource", direction = "IGave", what = "API testing tool", isProbe = true },
            },
        });
        Assert.True(logged.Exchanges.Single(e => e.What == "API testing tool").IsProbe);

        var list = await JsonAsync(await api.GetAsync($"/api/interactions/{logged.Id}/exchanges", Ct));
        Assert.Equal(3, list.GetArrayLength());
        var probe = logged.Exchanges.Single(e => e.IsProbe);
        var patched = await JsonAsync(await PatchJsonAsync(api, $"/api/interactions/{logged.Id}/exchanges/{probe.Id}", new { outcome = "Amplified" }));
        Assert.Equal("Amplified", patched.GetProperty("outcome").GetString());

        var added = await JsonAsync(await api.PostJsonAsync($"/api/interactions/{logged.Id}/exchanges", new { kind = "Information", direction = "TheyGave", what = "Job opening" }), HttpStatusCode.Created);
        Assert.Equal(grace.Id, added.GetProperty("contactId").GetGuid());
        Assert.Equal(4, (await JsonAsync(await api.GetAsync($"/api/interactions/{logged.Id}/exchanges", Ct))).GetArrayLength());
    }

    [Fact]
    public async Task Bad_exchanges_are_refused_naming_the_field_and_nothing_is_saved()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace", lastName = "Hopper" });
        var logged = await api.LogAsync(new { participantIds = new[] { grace.Id }, kind = "Call", exchanges = new[] { new { kind = "Support", direction = "TheyGave" } } });
        var gift = Assert.Single(logged.Exchanges);

        // An unknown kind or direction: 400 naming the field.
        var unknownKind = await api.PostJsonAsync($"/api/interactions/{logged.Id}/exchanges", new { kind = "Gossip", direction = "IGave" });
        Assert.Contains("'kind'", (await unknownKind.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var unknownDirection = await api.PostJsonAsync("/api/interactions", new { participantIds = new[] { grace.Id }, kind = "Call", exchanges = new[] { new { kind = "Support", direction = "Sideways" } } });
        Assert.Contains("direction", (await unknownDirection.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        // An outcome its direction cannot have: what they gave cannot be "ignored" by them.
        var impossible = await PatchJsonAsync(api, $"/api/interactions/{logged.Id}/exchanges/{gift.Id}", new { outcome = "Ignored" });
        Assert.NotEmpty((await impossible.ProblemAsync(HttpStatusCode.BadRequest)).Errors("outcome"));
        // An exchange that does not exist (or not in this interaction): 404.
        var missing = await PatchJsonAsync(api, $"/api/interactions/{logged.Id}/exchanges/{Guid.CreateVersion7()}", new { outcome = "Done" });
        await missing.ProblemAsync(HttpStatusCode.NotFound);
        var noOutcome = await PatchJsonAsync(api, $"/api/interactions/{logged.Id}/exchanges/{gift.Id}", new { });
        Assert.NotEmpty((await noOutcome.ProblemAsync(HttpStatusCode.BadRequest)).Errors("outcome"));

        var stored = await JsonAsync(await api.GetAsync($"/api/interactions/{logged.Id}/exchanges", Ct));
        Assert.Equal("Pending", Assert.Single(stored.EnumerateArray()).GetProperty("outcome").GetString());
        Assert.Equal(1, (await api.PageAsync<InteractionDto>("/api/interactions")).Total);
    }

    [Fact]
    public async Task The_ledger_the_archetype_table_and_a_recorded_reply()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace", lastName = "Hopper" });
        foreach (var days in new[] { 120, 90, 60, 30 })
        {
            await api.LogAsync(new
            {
                participantIds = new[] { grace.Id },
                kind = "Message",
                occurredAt = ApiHost.Start.AddDays(-days),
                exchanges = new[] { new { kind = "Expertise", direction = "TheyAsked", outcome = "Done" } },
            });
        }

        var proposal = await api.LogAsync(new { participantIds = new[] { grace.Id }, kind = "Message", initiatedBy = "Me", occurredAt = ApiHost.Start.AddDays(-2) });
        var reply = await api.PutJsonAsync($"/api/interactions/{proposal.Id}/reply", new { reply = "Accepted", repliedAt = ApiHost.Start.AddDays(-1) });
        Assert.Equal("Accepted", (await JsonAsync(reply)).GetProperty("reply").GetString());

        var ledger = await JsonAsync(await api.GetAsync($"/api/contacts/{grace.Id}/ledger", Ct));
        Assert.Equal("Taker", ledger.GetProperty("archetype").GetString());
        Assert.Equal(4, ledger.GetProperty("evidence").GetArrayLength());
        Assert.StartsWith("You have given 4 times since", ledger.GetProperty("sentenceEn").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Vous avez donné 4 fois depuis", ledger.GetProperty("sentenceFr").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, ledger.GetProperty("responsiveness").GetProperty("accepted").GetInt32());
        Assert.Equal(24.0, ledger.GetProperty("responsiveness").GetProperty("medianHours").GetDouble());

        var table = await JsonAsync(await api.GetAsync("/api/archetypes", Ct));
        Assert.Equal(1, table.GetProperty("counts").GetProperty("Taker").GetInt32());
        var takers = table.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("archetype").GetString() == "Taker");
        Assert.Equal(grace.Id, Assert.Single(takers.GetProperty("contacts").EnumerateArray()).GetProperty("contactId").GetGuid());
        await (await api.GetAsync("/api/archetypes?limit=0", Ct)).ProblemAsync(HttpStatusCode.BadRequest);
        await (await api.GetAsync($"/api/contacts/{Guid.CreateVersion7()}/ledger", Ct)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Promises_are_added_listed_kept_and_refused_when_due_before_they_were_made()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace", lastName = "Hopper" });

        var early = await api.PostJsonAsync("/api/promises", new { contactId = grace.Id, promisedBy = "Me", what = "Send the deck", dueOn = "2026-03-01" });
        Assert.NotEmpty((await early.ProblemAsync(HttpStatusCode.BadRequest)).Errors("dueOn"));
        var noWho = await api.PostJsonAsync("/api/promises", new { contactId = grace.Id, what = "x" });
        Assert.NotEmpty((await noWho.ProblemAsync(HttpStatusCode.BadRequest)).Errors("promisedBy"));
        Assert.Equal(0, (await JsonAsync(await api.GetAsync("/api/promises", Ct))).GetArrayLength());

        var made = await JsonAsync(await api.PostJsonAsync("/api/promises", new { contactId = grace.Id, promisedBy = "Them", what = "Intro to Bob", dueOn = "2026-03-05" }), HttpStatusCode.Created);
        var id = made.GetProperty("id").GetGuid();
        Assert.Equal("Grace Hopper", made.GetProperty("contactName").GetString());
        var open = await JsonAsync(await api.GetAsync($"/api/promises?contactId={grace.Id}&status=Open", Ct));
        Assert.Equal(id, Assert.Single(open.EnumerateArray()).GetProperty("id").GetGuid());

        var kept = await JsonAsync(await PatchJsonAsync(api, $"/api/promises/{id}", new { status = "Kept" }));
        Assert.Equal("Kept", kept.GetProperty("status").GetString());
        var ledger = await JsonAsync(await api.GetAsync($"/api/contacts/{grace.Id}/ledger", Ct));
        Assert.Equal(1.0, ledger.GetProperty("theirKeptRatio").GetDouble());
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/promises/{id}", Ct)).StatusCode);
        await (await api.DeleteAsync($"/api/promises/{id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Account_B_reaches_none_of_As_reciprocity_routes()
    {
        await using var host = new ApiHost();
        var (_, a) = await host.AccountAsync("a@example.com");
        var (_, b) = await host.AccountAsync("b@example.com");
        var secret = await a.CreateContactAsync(new { firstName = "Secret", lastName = "Source" });
        var logged = await a.LogAsync(new { participantIds = new[] { secret.Id }, kind = "Message", initiatedBy = "Me", exchanges = new[] { new { kind = "Favour", direction = "IAsked" } } });
        var exchange = Assert.Single(logged.Exchanges);
        var promise = (await JsonAsync(await a.PostJsonAsync("/api/promises", new { contactId = secret.Id, promisedBy = "Them", what = "Parking garage" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var bFriend = await b.CreateContactAsync(new { firstName = "Own", lastName = "Friend" });

        foreach (var response in new[]
        {
            await b.GetAsync($"/api/contacts/{secret.Id}/ledger", Ct),
            await b.GetAsync($"/api/interactions/{logged.Id}/exchanges", Ct),
            await b.PostJsonAsync($"/api/interactions/{logged.Id}/exchanges", new { kind = "Favour", direction = "IGave" }),
            await PatchJsonAsync(b, $"/api/interactions/{logged.Id}/exchanges/{exchange.Id}", new { outcome = "Declined" }),
            await b.PutJsonAsync($"/api/interactions/{logged.Id}/reply", new { reply = "Declined" }),
            await PatchJsonAsync(b, $"/api/promises/{promise}", new { status = "Broken" }),
            await b.DeleteAsync($"/api/promises/{promise}", Ct),
        })
        {
            await response.ProblemAsync(HttpStatusCode.NotFound);
        }

        // The id-less routes show B only B's own data.
        Assert.Equal(0, (await JsonAsync(await b.GetAsync("/api/promises", Ct))).GetArrayLength());
        Assert.Equal(0, (await JsonAsync(await b.GetAsync($"/api/promises?contactId={secret.Id}", Ct))).GetArrayLength());
        var table = await JsonAsync(await b.GetAsync("/api/archetypes", Ct));
        Assert.DoesNotContain("Secret", table.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(1, table.GetProperty("counts").GetProperty("NotEnoughData").GetInt32()); // B's own friend only
        var refused = await b.PostJsonAsync("/api/promises", new { contactId = secret.Id, promisedBy = "Me", what = "x" });
        Assert.NotEmpty((await refused.ProblemAsync(HttpStatusCode.BadRequest)).Errors("contactId"));
        _ = bFriend;

        // A's data is unchanged.
        var still = await JsonAsync(await a.GetAsync($"/api/interactions/{logged.Id}/exchanges", Ct));
        Assert.Equal("Pending", Assert.Single(still.EnumerateArray()).GetProperty("outcome").GetString());
        Assert.Equal("Open", Assert.Single((await JsonAsync(await a.GetAsync("/api/promises", Ct))).EnumerateArray()).GetProperty("status").GetString());
        var answers = (await JsonAsync(await a.GetAsync($"/api/contacts/{secret.Id}/ledger", Ct))).GetProperty("responsiveness").GetProperty("proposals");
        Assert.False(Assert.Single(answers.EnumerateArray()).GetProperty("recorded").GetBoolean());
    }
}
