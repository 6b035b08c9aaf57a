using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Allies.Web.Tests.Api;

namespace Allies.Web.Tests.Network;

/// <summary>/api/network/* and /api/contacts/{id}/links.</summary>
public sealed class NetworkApiTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Links_set_through_the_API_make_warm_paths_bridges_and_an_export()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("a@example.com");
        var claire = await api.CreateContactAsync(new { firstName = "Claire", lastName = "Martin", industry = "Consulting" });
        var paul = await api.CreateContactAsync(new { firstName = "Paul", lastName = "Banker", industry = "Finance", company = "Big Bank" });
        await api.LogAsync(new { participantIds = new[] { claire.Id }, kind = "Coffee" });

        var created = await api.PostJsonAsync($"/api/contacts/{claire.Id}/links", new { otherContactId = paul.Id, kind = "Colleague", strength = 0.8 });
        var link = await created.ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(("Paul Banker", 0.8, "Colleague"), (link.GetProperty("other").GetProperty("name").GetString(), link.GetProperty("strength").GetDouble(), link.GetProperty("kind").GetString()));
        var links = await (await api.GetAsync($"/api/contacts/{paul.Id}/links", Ct)).ReadAsync<JsonElement>();
        Assert.Equal("Claire Martin", links[0].GetProperty("other").GetProperty("name").GetString());

        var paths = await (await api.GetAsync($"/api/network/paths?to={Uri.EscapeDataString("Paul Banker")}", Ct)).ReadAsync<JsonElement>();
        Assert.Equal("Claire Martin", paths.GetProperty("paths")[0].GetProperty("askFirst").GetProperty("name").GetString());
        var byCompany = await (await api.GetAsync("/api/network/paths?company=big%20bank", Ct)).ReadAsync<JsonElement>();
        Assert.Equal(1, byCompany.GetProperty("targetsMatched").GetInt32());

        var stats = await (await api.GetAsync("/api/network/stats", Ct)).ReadAsync<JsonElement>();
        Assert.Equal((2, 1), (stats.GetProperty("contacts").GetInt32(), stats.GetProperty("ties").GetInt32()));
        var bridges = await (await api.GetAsync("/api/network/bridges", Ct)).ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, bridges.GetProperty("bridges").ValueKind);
        var holes = await (await api.GetAsync("/api/network/holes", Ct)).ReadAsync<JsonElement>();
        Assert.Contains(holes.GetProperty("byIndustry").EnumerateArray(), a => a.GetProperty("area").GetString() == "Finance");
        var map = await (await api.GetAsync("/api/network/map", Ct)).ReadAsync<JsonElement>();
        Assert.Equal(2, map.GetProperty("nodes").GetArrayLength());

        foreach (var (format, root) in new[] { ("graphml", "graphml"), ("gexf", "gexf") })
        {
            var response = await api.GetAsync($"/api/network/export?format={format}", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(root, XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!.Name.LocalName);
        }

        var deleted = await api.DeleteAsync($"/api/contacts/{claire.Id}/links/{paul.Id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, (await (await api.GetAsync("/api/network/stats", Ct)).ReadAsync<JsonElement>()).GetProperty("ties").GetInt32());
    }

    [Fact]
    public async Task Bad_requests_are_problems_naming_the_field()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("a@example.com");
        var claire = await api.CreateContactAsync(new { firstName = "Claire" });
        await api.CreateContactAsync(new { firstName = "Claire", lastName = "Other" });

        Assert.NotEmpty((await (await api.PostJsonAsync($"/api/contacts/{claire.Id}/links", new { })).ProblemAsync(HttpStatusCode.BadRequest)).Errors("otherContactId"));
        Assert.NotEmpty((await (await api.PostJsonAsync($"/api/contacts/{claire.Id}/links", new { otherContactId = claire.Id })).ProblemAsync(HttpStatusCode.BadRequest)).Errors("otherContactId"));
        Assert.NotEmpty((await (await api.GetAsync("/api/network/paths", Ct)).ProblemAsync(HttpStatusCode.BadRequest)).Errors("to"));
        Assert.NotEmpty((await (await api.GetAsync("/api/network/paths?to=claire", Ct)).ProblemAsync(HttpStatusCode.BadRequest)).Errors("to"));
        Assert.NotEmpty((await (await api.GetAsync("/api/network/export?format=csv", Ct)).ProblemAsync(HttpStatusCode.BadRequest)).Errors("format"));
        await (await api.GetAsync("/api/network/paths?to=nobody", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().GetAsync("/api/network/stats", Ct)).StatusCode);
    }

    [Fact]
    public async Task Another_account_never_sees_my_network_through_routes_without_an_id()
    {
        await using var host = new ApiHost();
        var (_, a) = await host.AccountAsync("a@example.com");
        var (_, b) = await host.AccountAsync("b@example.com");
        var secret = await a.CreateContactAsync(new { firstName = "Secret", lastName = "Source", industry = "Intelligence", company = "Deep Throat Ltd" });
        var other = await a.CreateContactAsync(new { firstName = "Other", lastName = "Spy", industry = "Intelligence" });
        await a.PostJsonAsync($"/api/contacts/{secret.Id}/links", new { otherContactId = other.Id });
        var own = await b.CreateContactAsync(new { firstName = "Own", lastName = "Friend" });

        foreach (var route in new[] { "/api/network/stats", "/api/network/bridges", "/api/network/holes", "/api/network/map", "/api/network/export", "/api/network/export?format=gexf",
                     "/api/network/paths?industry=Intelligence", "/api/network/paths?company=Deep%20Throat%20Ltd" })
        {
            var response = await b.GetAsync(route, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync(Ct);
            foreach (var leak in new[] { "Secret", "Spy", "Intelligence\"", secret.Id.ToString(), other.Id.ToString() })
            {
                Assert.False(body.Contains(leak, StringComparison.Ordinal), $"{route} shows account A's {leak}: {body}");
            }
        }

        await (await b.GetAsync($"/api/network/paths?to={secret.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await b.GetAsync("/api/network/paths?to=Secret%20Source", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await b.GetAsync($"/api/contacts/{secret.Id}/links", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await b.PostJsonAsync($"/api/contacts/{own.Id}/links", new { otherContactId = secret.Id })).ProblemAsync(HttpStatusCode.NotFound);
        await (await b.PostJsonAsync($"/api/contacts/{secret.Id}/links", new { otherContactId = own.Id })).ProblemAsync(HttpStatusCode.NotFound);
        await (await b.DeleteAsync($"/api/contacts/{secret.Id}/links/{other.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        var stillThere = await (await a.GetAsync("/api/network/stats", Ct)).ReadAsync<JsonElement>();
        Assert.Equal(1, stillThere.GetProperty("ties").GetInt32());
    }
}
