using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Allies.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Pages;

public sealed class ContactListTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static async Task<PageSession> SignedInWithContactsAsync(AlliesWebFactory factory, params ContactInput[] contacts)
    {
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");
        var owner = await session.OwnerOfAsync("ada@example.com");
        await factory.WithServicesAsync(async sp =>
        {
            var service = sp.GetRequiredService<ContactService>();
            foreach (var c in contacts)
            {
                await service.CreateAsync(owner, c, Ct);
            }

            return 0;
        });
        return session;
    }

    [Fact]
    public async Task Search_finds_by_name_company_email_and_tag()
    {
        await using var factory = new AlliesWebFactory();
        var session = await SignedInWithContactsAsync(factory,
            new ContactInput { FirstName = "Hélène", LastName = "Martin", Company = "Acme", Emails = ["helene@acme.fr"], Tags = ["paris"] },
            new ContactInput { FirstName = "Jean", LastName = "Dupont", Company = "Banque Verte", Emails = ["jd@bv.fr"], Tags = ["lyon"] });

        Assert.Equal(["Hélène Martin"], (await session.GetAsync("/contacts?q=helene")).All("a.contact-link"));
        Assert.Equal(["Jean Dupont"], (await session.GetAsync("/contacts?q=banque")).All("a.contact-link"));
        Assert.Equal(["Jean Dupont"], (await session.GetAsync("/contacts?q=jd%40bv.fr")).All("a.contact-link"));
        Assert.Equal(["Hélène Martin"], (await session.GetAsync("/contacts?q=paris")).All("a.contact-link"));
        var none = await session.GetAsync("/contacts?q=zzz");
        Assert.Empty(none.All("a.contact-link"));
        Assert.Equal("No contact matches this search.", none.Text(".empty"));
        Assert.Equal("zzz", none.Value("#q"));
    }

    [Fact]
    public async Task Filters_offer_the_owners_values_and_keep_the_choice()
    {
        await using var factory = new AlliesWebFactory();
        var session = await SignedInWithContactsAsync(factory,
            new ContactInput { FirstName = "Ann", Company = "Acme", Industry = "Software", Channel = Channel.Event, Tags = ["paris"] },
            new ContactInput { FirstName = "Bob", Company = "Acme", Industry = "Finance", Channel = Channel.LinkedIn, Tags = ["lyon"] },
            new ContactInput { FirstName = "Cy", Company = "Globex", Industry = "Software", Channel = Channel.Event, Tags = ["paris", "mentor"] });

        var all = await session.GetAsync("/contacts");
        Assert.Equal(["", "lyon", "mentor", "paris"], all.Document.QuerySelectorAll("#tag option").Select(o => o.GetAttribute("value")));
        Assert.Contains("Globex", all.All("#company option"));

        Assert.Equal(["Ann", "Cy"], (await session.GetAsync("/contacts?tag=paris")).All("a.contact-link"));
        Assert.Equal(["Ann", "Bob"], (await session.GetAsync("/contacts?company=Acme")).All("a.contact-link"));
        Assert.Equal(["Bob"], (await session.GetAsync("/contacts?industry=Finance")).All("a.contact-link"));
        var combined = await session.GetAsync("/contacts?channel=Event&company=Globex");
        Assert.Equal(["Cy"], combined.All("a.contact-link"));
        Assert.Equal("Event", combined.Value("#channel"));
        Assert.Equal("Globex", combined.Value("#company"));
    }

    [Fact]
    public async Task Paging_shows_the_total_and_links_that_keep_the_query()
    {
        await using var factory = new AlliesWebFactory();
        var people = Enumerable.Range(1, 30).Select(i => new ContactInput { FirstName = $"Person{i:00}", LastName = "Sample", Tags = ["bulk"] }).ToArray();
        var session = await SignedInWithContactsAsync(factory, people);

        var first = await session.GetAsync("/contacts?tag=bulk");
        Assert.Equal("30 contact(s)", first.Text("#contacts-total"));
        Assert.Equal(25, first.All("a.contact-link").Count);
        var next = first.Document.QuerySelector("#page-next")!.GetAttribute("href")!;
        Assert.Contains("tag=bulk", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);

        var second = await session.GetAsync(next);
        Assert.Equal(Enumerable.Range(26, 5).Select(i => $"Person{i:00} Sample"), second.All("a.contact-link"));
        Assert.Null(second.Document.QuerySelector("#page-next"));
        Assert.Equal("2", second.Text(".pager a[aria-current=page]"));
    }

    [Fact]
    public async Task Sorting_by_recently_added_puts_the_newest_first()
    {
        await using var factory = new AlliesWebFactory();
        var session = await SignedInWithContactsAsync(factory,
            new ContactInput { FirstName = "Zoe", Company = "Acme" },
            new ContactInput { FirstName = "Adam", Company = "Zenith" });

        Assert.Equal(["Adam", "Zoe"], (await session.GetAsync("/contacts")).All("a.contact-link"));
        Assert.Equal(["Zoe", "Adam"], (await session.GetAsync("/contacts?sort=Company")).All("a.contact-link"));
        Assert.Equal(["Adam", "Zoe"], (await session.GetAsync("/contacts?sort=Created")).All("a.contact-link"));
    }
}
