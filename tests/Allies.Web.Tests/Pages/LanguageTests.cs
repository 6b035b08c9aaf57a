using System.Net.Http.Headers;
using Allies.Web.Tests.Infrastructure;

namespace Allies.Web.Tests.Pages;

public sealed class LanguageTests
{
    [Fact]
    public async Task With_the_language_cookie_set_to_french_the_contacts_page_is_in_french()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");
        await session.SubmitAsync("/contacts/new", "#contact-form", ("Input.FirstName", "Hélène"), ("Input.Channel", "Event"), ("Input.Tags", "paris"));

        var page = await session.GetAsync("/culture/fr?returnUrl=%2Fcontacts");

        Assert.Equal("/contacts", page.Path);
        Assert.Equal("fr", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Contacts", page.Text("h1"));
        Assert.Equal("Ajouter un contact", page.Text("#add-contact"));
        Assert.Equal("Rechercher", page.Text("label[for=q]"));
        Assert.Equal("1 contact(s)", page.Text("#contacts-total"));
        Assert.Equal("Afficher les contacts archivés", page.Text("label[for=archived]"));
        Assert.Contains("Événement", page.All("#channel option"));
        Assert.Equal("Cette semaine", page.Text("#nav-dashboard"));
        Assert.Equal("Se déconnecter", page.Text("#logout"));
    }

    [Fact]
    public async Task Validation_messages_are_translated_too()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");
        await session.GetAsync("/culture/fr");

        var page = await session.SubmitAsync("/contacts/new", "#contact-form", ("Input.Emails", "pas-un-email"));

        Assert.Equal("Un contact a besoin d'un prénom ou d'un nom.", page.ErrorFor("Input_FirstName"));
        Assert.Equal("« pas-un-email » n'est pas une adresse e-mail valide.", page.ErrorFor("Input_Emails"));
    }

    [Fact]
    public async Task Without_a_cookie_the_saved_language_wins_over_the_browser()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        session.Client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        await session.RegisterAsync("ada@example.com");

        // Saving French in the settings also sets the cookie; drop it to see the saved setting alone.
        await session.SubmitAsync("/settings", "#preferences-form", ("Preferences.Language", "fr"), ("Preferences.TimeZone", "Europe/Paris"));
        var fresh = new PageSession(factory);
        fresh.Client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        await fresh.SubmitAsync("/account/login", "#login-form", ("Input.Email", "ada@example.com"), ("Input.Password", "correct horse battery"));

        var page = await fresh.GetAsync("/contacts");
        Assert.Equal("fr", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ajouter un contact", page.Text("#add-contact"));
    }

    [Fact]
    public async Task An_anonymous_visitor_gets_the_browsers_language()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        session.Client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));

        var page = await session.GetAsync("/");

        Assert.Equal("Créez votre compte", page.Text("h1"));
    }

    [Fact]
    public async Task The_switch_refuses_to_send_people_to_another_site()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory, followRedirects: false);

        var response = await session.Client.GetAsync("/culture/fr?returnUrl=%2F%2Fevil.example", TestContext.Current.CancellationToken);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
