using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Allies.Web.Tests.Infrastructure;
using Allies.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Agenda;

public sealed class AgendaPagesTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_contact_page_shows_the_tie_and_takes_life_events()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");
        var owner = await session.OwnerOfAsync("ada@example.com");
        var ana = await factory.WithServicesAsync(sp => sp.GetRequiredService<ContactService>().CreateAsync(owner, new ContactInput { FirstName = "Ana", LastName = "Costa", PinnedCircle = Circle.Close }, Ct));

        var page = await session.GetAsync($"/contacts/{ana.Id}");
        Assert.Contains("0/100", page.Text("#tie-line"), StringComparison.Ordinal);
        Assert.Contains("close circle (pinned), every 14 days", page.Text("#tie-line"), StringComparison.Ordinal);

        page = await session.SubmitAsync(page, "#life-event-form", ("kind", "Birthday"), ("occurredOn", "1990-05-17"), ("note", "likes jazz"));
        Assert.Equal($"/contacts/{ana.Id}", page.Path);
        Assert.Contains("Birthday (every year) (likes jazz)", Assert.Single(page.All("#life-events li")), StringComparison.Ordinal);

        var draft = await session.GetAsync($"/agenda/draft/{ana.Id}");
        Assert.StartsWith("Hi Ana,", draft.Value("#draft-en"), StringComparison.Ordinal);
        Assert.StartsWith("Bonjour Ana,", draft.Value("#draft-fr"), StringComparison.Ordinal);

        page = await session.SubmitAsync(page, "#life-events form");
        Assert.Empty(page.All("#life-events li"));
    }

    [Fact]
    public async Task Agenda_settings_save_the_ritual_and_show_the_feed_address_once()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");

        var page = await session.SubmitAsync("/agenda/settings", "#ritual-form", ("Ritual.PerWeek", "5"), ("Ritual.Close", "0"));
        Assert.NotEmpty(page.ErrorFor("Ritual_Close"));
        page = await session.SubmitAsync("/agenda/settings", "#ritual-form", ("Ritual.PerWeek", "5"), ("Ritual.Mode", "DailyFifteenMinutes"), ("Ritual.Close", "10"));
        Assert.Equal("5", page.Value("#Ritual_PerWeek"));
        Assert.Equal("10", page.Value("#Ritual_Close"));
        Assert.Contains("0 done of 3", (await session.GetAsync("/agenda")).Text("#agenda-ritual-line"), StringComparison.Ordinal);

        page = await session.SubmitAsync("/agenda/settings", "form[action*=CreateFeed]");
        var url = page.Value("#feed-url");
        Assert.Matches("/calendar/alf_[0-9a-f]{48}\\.ics$", url);
        var again = await session.GetAsync("/agenda/settings");
        Assert.Null(again.Value("#feed-url"));
        Assert.NotEmpty(again.Text("#feed-status"));
        var feed = await factory.CreateClient().GetAsync(new Uri(url!).AbsolutePath, Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, feed.StatusCode);

        await session.SubmitAsync("/agenda/settings", "form[action*=RevokeFeed]");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri(url!).AbsolutePath, Ct)).StatusCode);
    }
}
