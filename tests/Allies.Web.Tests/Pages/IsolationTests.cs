using System.Net;
using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Allies.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Pages;

public sealed class IsolationTests
{
    [Fact]
    public async Task Another_account_gets_404_on_a_contacts_page_edit_page_archive_and_log_form()
    {
        await using var factory = new AlliesWebFactory();
        var ownerA = await factory.CreateAccountAsync("a@example.com");
        var contact = await factory.WithServicesAsync(sp => sp.GetRequiredService<ContactService>()
            .CreateAsync(ownerA, new ContactInput { FirstName = "Secret", LastName = "Source" }, TestContext.Current.CancellationToken));
        var b = new PageSession(factory);
        var dashboard = await b.RegisterAsync("b@example.com");
        var token = dashboard.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/contacts/{contact.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/contacts/{contact.Id}/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/interactions/new?contact={contact.Id}")).Status);

        using var archive = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("archived", "true")]);
        var archived = await b.Client.PostAsync($"/contacts/{contact.Id}?handler=Archive", archive, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, archived.StatusCode);

        using var edit = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.FirstName", "Hacked")]);
        var edited = await b.Client.PostAsync($"/contacts/{contact.Id}/edit", edit, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, edited.StatusCode);

        var logged = await b.SubmitAsync("/interactions/new", "#log-form", ("Input.People", "Secret Source"), ("Input.Kind", "Coffee"), ("Input.ContactIds", contact.Id.ToString()));
        Assert.Contains("No contact is called 'Secret Source'", logged.ErrorFor("Input_People"), StringComparison.Ordinal);

        Assert.Empty((await b.GetAsync("/contacts?q=secret")).All("a.contact-link"));
        var stored = await factory.WithServicesAsync(sp => sp.GetRequiredService<ContactService>().GetAsync(ownerA, contact.Id, TestContext.Current.CancellationToken));
        Assert.Equal("Secret", stored.FirstName);
        Assert.Null(stored.ArchivedAt);
    }

    [Fact]
    public async Task Every_page_but_the_account_pages_needs_a_signed_in_person()
    {
        await using var factory = new AlliesWebFactory();
        await factory.CreateAccountAsync("a@example.com");
        var anonymous = new PageSession(factory, followRedirects: false);

        foreach (var url in new[] { "/contacts", "/contacts/new", $"/contacts/{Guid.NewGuid()}", "/interactions/new", "/settings", "/account/password" })
        {
            var response = await anonymous.Client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
