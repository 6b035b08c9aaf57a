using System.Net;
using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Allies.Data.Network;
using Allies.Web.Tests.Infrastructure;
using Allies.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Network;

/// <summary>The map, bridges, holes and paths pages, and the links page of a contact.</summary>
public sealed class NetworkPagesTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static async Task<(Guid Claire, Guid Paul)> TwoLinkedAsync(AlliesWebFactory factory, Guid owner) =>
        await factory.WithServicesAsync(async sp =>
        {
            var contacts = sp.GetRequiredService<ContactService>();
            var claire = await contacts.CreateAsync(owner, new ContactInput { FirstName = "Claire", LastName = "Martin", Industry = "Consulting", Tags = ["mentor"] }, Ct);
            var paul = await contacts.CreateAsync(owner, new ContactInput { FirstName = "Paul", LastName = "Banker", Industry = "Finance", Phase = Phase.Target }, Ct);
            await sp.GetRequiredService<NetworkService>().LinkAsync(owner, claire.Id, paul.Id, ct: Ct);
            return (claire.Id, paul.Id);
        });

    [Fact]
    public async Task The_map_draws_every_contact_as_a_link_to_their_page_with_a_table_and_filters()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("a@example.com");
        var (claire, paul) = await TwoLinkedAsync(factory, await session.OwnerOfAsync("a@example.com"));

        var map = await session.GetAsync("/network");
        Assert.Equal(HttpStatusCode.OK, map.Status);
        Assert.NotNull(map.Document.QuerySelector($"svg#map a#node-{claire}[href='/contacts/{claire}']"));
        Assert.NotNull(map.Document.QuerySelector($"svg#map a#node-{paul}"));
        Assert.Equal(1, TiesDrawn(map));
        Assert.Equal(["Claire Martin", "Paul Banker"], map.All("#map-table tbody td:first-child a").Order());

        var filtered = await session.GetAsync("/network?industry=Finance");
        Assert.Equal(["Paul Banker"], filtered.All("#map-table tbody td:first-child a"));
        Assert.Equal(0, TiesDrawn(filtered));
        Assert.Equal(["Claire Martin"], (await session.GetAsync("/network?tag=mentor")).All("#map-table tbody td:first-child a"));

        // The whole table is one link away, with the same filters.
        Assert.Equal("/network/people?industry=Finance", filtered.Document.QuerySelector("#map-all-people")?.GetAttribute("href"));
        var people = await session.GetAsync("/network/people?industry=Finance");
        Assert.Equal(HttpStatusCode.OK, people.Status);
        Assert.Equal(["Paul Banker"], people.All("#people-table tbody td:first-child a"));
        Assert.Equal(["Claire Martin", "Paul Banker"], (await session.GetAsync("/network/people")).All("#people-table tbody td:first-child a").Order());

        var export = await session.Client.GetAsync("/network?handler=Export&format=gexf", Ct);
        Assert.Equal("application/gexf+xml", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Claire Martin", await export.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bridges_holes_and_paths_pages_answer_in_english_and_french()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("a@example.com");
        await TwoLinkedAsync(factory, await session.OwnerOfAsync("a@example.com"));

        var holes = await session.GetAsync("/network/holes");
        Assert.Equal("Fragile", holes.Text("#holes-industry tr[data-area='Finance'] td:nth-child(2)"));
        var dependence = await session.GetAsync("/network/bridges");
        Assert.Contains("1 of your contacts reach you only through Claire Martin.", dependence.Text("#dependencies"), StringComparison.Ordinal);

        var paths = await session.GetAsync("/network/paths?to=Paul%20Banker");
        Assert.Contains("Ask Claire Martin first", paths.Text("#paths-result"), StringComparison.Ordinal);
        Assert.Contains("Weakest link", paths.Text("#paths-result"), StringComparison.Ordinal);
        Assert.Contains("No contact is called", (await session.GetAsync("/network/paths?to=Zorro")).Text("#paths-error"), StringComparison.Ordinal);
        Assert.Equal("None of your contacts matches.", (await session.GetAsync("/network/paths?company=Nowhere")).Text("#no-path"));

        await session.GetAsync("/culture/fr?returnUrl=/");
        Assert.Contains("Demandez d’abord à Claire Martin", (await session.GetAsync("/network/paths?to=Paul%20Banker")).Text("#paths-result"), StringComparison.Ordinal);
        Assert.Equal("Carte du réseau", (await session.GetAsync("/network")).Text("h1"));
        Assert.Equal("Trous structuraux", (await session.GetAsync("/network/holes")).Text("h1"));
    }

    [Fact]
    public async Task A_tie_is_added_and_removed_from_the_contact_page()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("a@example.com");
        var owner = await session.OwnerOfAsync("a@example.com");
        var (claire, paul) = await TwoLinkedAsync(factory, owner);
        var nina = await factory.WithServicesAsync(sp => sp.GetRequiredService<ContactService>().CreateAsync(owner, new ContactInput { FirstName = "Nina", LastName = "Fund" }, Ct));

        var details = await session.GetAsync($"/contacts/{claire}");
        Assert.Contains("Paul Banker", details.Text("#contact-links"), StringComparison.Ordinal);

        var saved = await session.SubmitAsync($"/contacts/{claire}/links", "#link-form", ("Other", "Nina Fund"), ("Kind", "Friend"), ("Strength", "0.9"));
        Assert.Equal($"/contacts/{claire}/links", saved.Path);
        Assert.Contains("Nina Fund", saved.Text("#links"), StringComparison.Ordinal);
        Assert.Contains("friend", saved.Text($"#links li[data-other='{nina.Id}']"), StringComparison.Ordinal);

        var unknown = await session.SubmitAsync($"/contacts/{claire}/links", "#link-form", ("Other", "Zorro"));
        Assert.Contains("No contact is called 'Zorro'", unknown.Text("#link-error"), StringComparison.Ordinal);
        var self = await session.SubmitAsync($"/contacts/{claire}/links", "#link-form", ("Other", "Claire Martin"));
        Assert.Equal("A contact cannot be linked to themselves.", self.Text("#link-error"));

        var removed = await session.SubmitAsync(saved, $"#links li[data-other='{paul}'] form");
        Assert.DoesNotContain("Paul Banker", removed.Text("#links"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bs_map_bridges_holes_paths_and_export_never_show_As_contacts()
    {
        await using var factory = new AlliesWebFactory();
        var a = new PageSession(factory);
        await a.RegisterAsync("a@example.com");
        var (claire, paul) = await TwoLinkedAsync(factory, await a.OwnerOfAsync("a@example.com"));
        var b = new PageSession(factory);
        await b.RegisterAsync("b@example.com");
        await factory.WithServicesAsync(async sp => await sp.GetRequiredService<ContactService>()
            .CreateAsync(await b.OwnerOfAsync("b@example.com"), new ContactInput { FirstName = "Own", LastName = "Friend" }, Ct));

        foreach (var url in new[] { "/network", "/network?industry=Finance", "/network/bridges", "/network/holes", "/network/paths?industry=Finance",
                     "/network/paths?to=Claire%20Martin", $"/network/paths?to={claire}", "/network?handler=Export&format=graphml" })
        {
            var response = await b.Client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(Ct);
            var leaks = new[] { "Paul Banker", "Consulting", paul.ToString(), url.Contains(claire.ToString(), StringComparison.Ordinal) ? "/contacts/" + claire : claire.ToString() };
            Assert.All(leaks, leak => Assert.False(html.Contains(leak, StringComparison.Ordinal), $"{url} shows account A's {leak}"));
        }

        Assert.Equal(["Own Friend"], (await b.GetAsync("/network")).All("#map-table tbody td:first-child a"));
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/contacts/{claire}/links")).Status);
    }

    /// <summary>How many ties the map draws: they are grouped in a few paths, each saying how many it holds.</summary>
    static int TiesDrawn(Page page) =>
        page.Document.QuerySelectorAll("svg#map g.ties path").Sum(p => int.Parse(p.GetAttribute("data-ties")!, System.Globalization.CultureInfo.InvariantCulture));
}
