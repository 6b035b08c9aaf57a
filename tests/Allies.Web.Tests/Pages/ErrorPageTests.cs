using System.Net;
using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Allies.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Pages;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task Another_accounts_contact_shows_a_readable_404_page_in_the_readers_language_without_its_data()
    {
        await using var factory = new AlliesWebFactory();
        var ownerA = await factory.CreateAccountAsync("a@example.com");
        var contact = await factory.WithServicesAsync(sp => sp.GetRequiredService<ContactService>()
            .CreateAsync(ownerA, new ContactInput { FirstName = "Secret", LastName = "Source" }, TestContext.Current.CancellationToken));
        var b = new PageSession(factory);
        await b.RegisterAsync("b@example.com");

        var english = await b.GetAsync($"/contacts/{contact.Id}");
        Assert.Equal(HttpStatusCode.NotFound, english.Status);
        Assert.Equal("Page not found", english.Text("#error-title"));
        Assert.Contains("belongs to another account", english.Text("#error-message"), StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", english.Html, StringComparison.Ordinal);
        Assert.NotNull(english.Document.QuerySelector("#nav-contacts"));

        await b.GetAsync("/culture/fr?returnUrl=/");
        var french = await b.GetAsync($"/contacts/{contact.Id}/edit");
        Assert.Equal(HttpStatusCode.NotFound, french.Status);
        Assert.Equal("Page introuvable", french.Text("#error-title"));
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_page_for_anyone_while_the_api_keeps_its_problem_documents()
    {
        await using var factory = new AlliesWebFactory();
        var anonymous = new PageSession(factory);

        var page = await anonymous.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Text("#error-title"));

        var api = await factory.ApiClientAsync(await factory.CreateAccountAsync("a@example.com"));
        var problem = await api.GetAsync($"/api/contacts/{Guid.NewGuid()}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
    }
}
