using Allies.Web.Tests.Infrastructure;
using Allies.Web.Tests.Pages;

namespace Allies.Web.Tests.Imports;

public sealed class OwnAddressesPageTests
{
    [Fact]
    public async Task Own_addresses_set_on_the_import_page_show_in_settings_and_a_bad_one_is_refused_in_the_users_language()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("a@example.com");

        Assert.Equal("None yet.", (await session.GetAsync("/settings")).Text("#own-addresses-list"));
        await session.SubmitAsync("/imports", "#own-emails-form", ("OwnEmails", "Me@Work.example, me@home.example"));
        var settings = await session.GetAsync("/settings");
        Assert.Equal("me@work.example, me@home.example", settings.Text("#own-addresses-list"));
        Assert.Equal("/imports#own-emails", settings.Document.QuerySelector("#own-addresses-change")?.GetAttribute("href"));

        await session.GetAsync("/culture/fr");
        var refused = await session.SubmitAsync("/imports", "#own-emails-form", ("OwnEmails", "pas-une-adresse"));
        Assert.Equal("« pas-une-adresse » n’est pas une adresse e-mail.", refused.ErrorFor("OwnEmails"));
        Assert.Equal("me@work.example, me@home.example", (await session.GetAsync("/settings")).Text("#own-addresses-list"));
    }
}
