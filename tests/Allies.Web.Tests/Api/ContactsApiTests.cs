using System.Net;
using System.Text.Json;
using Allies.Core.Contacts;
using Allies.Web.Api;

namespace Allies.Web.Tests.Api;

public sealed class ContactsApiTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_answers_201_with_the_location_of_the_new_contact()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");

        var response = await api.PostJsonAsync("/api/contacts", new
        {
            firstName = "Grace",
            lastName = "Hopper",
            emails = new[] { "grace@navy.mil" },
            company = "US Navy",
            channel = "Work",
            tags = new[] { "mentor", "compilers" },
            metOn = "2025-11-04",
        });

        var created = await response.ReadAsync<ContactDto>(HttpStatusCode.Created);
        Assert.Equal($"/api/contacts/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Grace Hopper", created.DisplayName);
        Assert.Equal(["grace@navy.mil"], created.Emails);
        Assert.Equal(Channel.Work, created.Channel);
        Assert.Equal(["compilers", "mentor"], created.Tags);
        Assert.Equal(new DateOnly(2025, 11, 4), created.MetOn);
        Assert.Equal(Phase.Met, created.Phase);
        Assert.Equal(ApiHost.Start, created.CreatedAt);
    }

    [Fact]
    public async Task Get_returns_camelCase_json_with_enums_by_name()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var created = await api.CreateContactAsync(new { firstName = "Hélène", channel = "LinkedIn", phase = "Developing", pinnedCircle = "Close" });

        var json = JsonDocument.Parse(await api.GetStringAsync($"/api/contacts/{created.Id}", Ct)).RootElement;

        Assert.Equal(created.Id, json.GetProperty("id").GetGuid());
        Assert.Equal("Hélène", json.GetProperty("firstName").GetString());
        Assert.Equal("LinkedIn", json.GetProperty("channel").GetString());
        Assert.Equal("Developing", json.GetProperty("phase").GetString());
        Assert.Equal("Close", json.GetProperty("pinnedCircle").GetString());
        Assert.False(json.GetProperty("archived").GetBoolean());
    }

    [Fact]
    public async Task Put_replaces_every_editable_field_and_clears_those_left_out()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var created = await api.CreateContactAsync(new { firstName = "Alan", lastName = "Turing", company = "GCHQ", emails = new[] { "alan@gchq.gov.uk" }, tags = new[] { "crypto" } });
        host.Clock.Advance(TimeSpan.FromHours(1));

        var updated = await (await api.PutJsonAsync($"/api/contacts/{created.Id}", new { firstName = "Alan", lastName = "Turing", role = "Mathematician", emails = new[] { "alan@manchester.ac.uk" } }))
            .ReadAsync<ContactDto>();

        Assert.Equal("Mathematician", updated.Role);
        Assert.Null(updated.Company);
        Assert.Empty(updated.Tags);
        Assert.Equal(["alan@manchester.ac.uk"], updated.Emails);
        Assert.Equal(ApiHost.Start.AddHours(1), updated.UpdatedAt);
        var stored = await (await api.GetAsync($"/api/contacts/{created.Id}", Ct)).ReadAsync<ContactDto>();
        Assert.Equal(("Mathematician", null, 0), (stored.Role, stored.Company, stored.Tags.Count));
        Assert.Equal(["alan@manchester.ac.uk"], stored.Emails);
    }

    [Fact]
    public async Task Put_keeps_emails_phones_and_tags_sent_again()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var created = await api.CreateContactAsync(new { firstName = "Alan", emails = new[] { "a@x.org", "b@x.org" }, phones = new[] { "+44 20 7946 0000" }, tags = new[] { "crypto", "chess" } });

        var updated = await (await api.PutJsonAsync($"/api/contacts/{created.Id}", new { firstName = "Alan", emails = new[] { "b@x.org", "c@x.org" }, phones = new[] { "+44 20 7946 0000" }, tags = new[] { "chess", "running" } }))
            .ReadAsync<ContactDto>();

        Assert.Equal(["b@x.org", "c@x.org"], updated.Emails);
        Assert.Equal(["+44 20 7946 0000"], updated.Phones);
        Assert.Equal(["chess", "running"], updated.Tags);
        var stored = await (await api.GetAsync($"/api/contacts/{created.Id}", Ct)).ReadAsync<ContactDto>();
        Assert.Equal(updated.Emails, stored.Emails);
        Assert.Equal(updated.Phones, stored.Phones);
        Assert.Equal(updated.Tags, stored.Tags);
    }

    [Fact]
    public async Task Delete_answers_204_and_the_contact_is_gone()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var created = await api.CreateContactAsync(new { firstName = "Ada" });

        var delete = await api.DeleteAsync($"/api/contacts/{created.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var problem = await (await api.GetAsync($"/api/contacts/{created.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Contact not found.", problem.GetProperty("title").GetString());
        await (await api.DeleteAsync($"/api/contacts/{created.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Archive_hides_a_contact_from_the_list_and_unarchive_brings_it_back()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var created = await api.CreateContactAsync(new { firstName = "Katherine", lastName = "Johnson" });

        var archived = await (await api.PostAsync($"/api/contacts/{created.Id}/archive", null, Ct)).ReadAsync<ContactDto>();
        Assert.True(archived.Archived);
        Assert.Equal(ApiHost.Start, archived.ArchivedAt);
        Assert.Equal(0, (await api.PageAsync<ContactListItem>("/api/contacts")).Total);
        var withArchived = await api.PageAsync<ContactListItem>("/api/contacts?includeArchived=true");
        Assert.True(Assert.Single(withArchived.Items).Archived);

        var restored = await (await api.PostAsync($"/api/contacts/{created.Id}/unarchive", null, Ct)).ReadAsync<ContactDto>();
        Assert.False(restored.Archived);
        Assert.Equal(created.Id, Assert.Single((await api.PageAsync<ContactListItem>("/api/contacts")).Items).Id);
    }

    [Fact]
    public async Task List_searches_across_names_company_and_tags_ignoring_accents()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        await api.CreateContactAsync(new { firstName = "Hélène", lastName = "Dupont", company = "Airbus", tags = new[] { "aero" } });
        await api.CreateContactAsync(new { firstName = "Marc", lastName = "Durand", company = "Airbus", industry = "Aerospace", channel = "Event" });
        await api.CreateContactAsync(new { firstName = "Zoé", lastName = "Martin", company = "Accor", channel = "Event", tags = new[] { "health" } });

        Assert.Equal(["Hélène Dupont"], Names(await api.PageAsync<ContactListItem>("/api/contacts?search=helene")));
        Assert.Equal(["Hélène Dupont", "Marc Durand"], Names(await api.PageAsync<ContactListItem>("/api/contacts?search=airbus")));
        Assert.Equal(["Marc Durand"], Names(await api.PageAsync<ContactListItem>("/api/contacts?search=airbus%20marc")));
        Assert.Equal(["Zoé Martin"], Names(await api.PageAsync<ContactListItem>("/api/contacts?tag=health")));
        Assert.Equal(["Hélène Dupont", "Marc Durand"], Names(await api.PageAsync<ContactListItem>("/api/contacts?company=Airbus")));
        Assert.Equal(["Marc Durand"], Names(await api.PageAsync<ContactListItem>("/api/contacts?industry=Aerospace")));
        Assert.Equal(["Marc Durand", "Zoé Martin"], Names(await api.PageAsync<ContactListItem>("/api/contacts?channel=Event")));
        Assert.Equal(["Zoé Martin", "Hélène Dupont", "Marc Durand"], Names(await api.PageAsync<ContactListItem>("/api/contacts?sort=Company")));
        Assert.Equal(["Hélène Dupont", "Marc Durand", "Zoé Martin"], Names(await api.PageAsync<ContactListItem>("/api/contacts?sort=Name")));
    }

    [Fact]
    public async Task List_pages_in_name_order_and_reports_the_total()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        foreach (var last in new[] { "Evans", "Baker", "Dalton", "Adams", "Clark" })
        {
            await api.CreateContactAsync(new { firstName = "Sam", lastName = last });
        }

        var first = await api.PageAsync<ContactListItem>("/api/contacts?pageSize=2");
        var third = await api.PageAsync<ContactListItem>("/api/contacts?page=3&pageSize=2");

        Assert.Equal((5, 1, 2), (first.Total, first.Page, first.PageSize));
        Assert.Equal(["Sam Adams", "Sam Baker"], Names(first));
        Assert.Equal((5, 3, 2), (third.Total, third.Page, third.PageSize));
        Assert.Equal(["Sam Evans"], Names(third));
    }

    [Fact]
    public async Task List_json_has_items_total_page_and_pageSize()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        await api.CreateContactAsync(new { firstName = "Ada", emails = new[] { "ada@example.org" } });

        var json = JsonDocument.Parse(await api.GetStringAsync("/api/contacts?search=ada&pageSize=10", Ct)).RootElement;

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(10, json.GetProperty("pageSize").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal("ada@example.org", item.GetProperty("email").GetString());
        Assert.Equal("Ada", item.GetProperty("displayName").GetString());
    }

    static string[] Names(PageDto<ContactListItem> page) => [.. page.Items.Select(i => i.DisplayName)];
}
