using Allies.Data.Contacts;
using Allies.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Pages;

public sealed class ContactPagesTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_empty_name_and_a_malformed_email_are_shown_next_to_their_fields_with_the_input_kept_and_nothing_saved()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");
        var owner = await session.OwnerOfAsync("ada@example.com");

        var page = await session.SubmitAsync("/contacts/new", "#contact-form",
            ("Input.FirstName", ""), ("Input.LastName", ""), ("Input.Emails", "grace-at-navy"), ("Input.Company", "US Navy"));

        Assert.Equal("/contacts/new", page.Path);
        Assert.Equal("A contact needs a first or last name.", page.ErrorFor("Input_FirstName"));
        Assert.Equal("'grace-at-navy' is not a valid email address.", page.ErrorFor("Input_Emails"));
        Assert.Equal("grace-at-navy", page.Value("#Input_Emails"));
        Assert.Equal("US Navy", page.Value("#Input_Company"));
        var stored = await factory.WithServicesAsync(sp => sp.GetRequiredService<ContactService>().ListAsync(owner, new ContactQuery(), Ct));
        Assert.Equal(0, stored.Total);
    }

    [Fact]
    public async Task A_contact_is_created_with_every_kind_of_field_then_edited()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");

        var introducer = await session.SubmitAsync("/contacts/new", "#contact-form", ("Input.FirstName", "Alan"), ("Input.LastName", "Turing"));
        var created = await session.SubmitAsync("/contacts/new", "#contact-form",
            ("Input.FirstName", "Grace"), ("Input.LastName", "Hopper"),
            ("Input.Emails", "grace@navy.mil\ngrace@example.com"), ("Input.Phones", "+1 555 0100"),
            ("Input.Company", "US Navy"), ("Input.Role", "Rear admiral"), ("Input.Industry", "Defence"), ("Input.Function", "Engineering"),
            ("Input.Location", "Arlington"), ("Input.Channel", "Event"), ("Input.HowMet", "Her talk on COBOL"), ("Input.WhereMet", "Harvard"),
            ("Input.MetOn", "2024-03-05"), ("Input.IntroducedBy", "Alan Turing"), ("Input.Tags", "mentor, compilers"),
            ("Input.Interests", "nanoseconds, teaching"), ("Input.Needs", "Young engineers"), ("Input.Offers", "Mentoring"),
            ("Input.PersonalDetail", "Keeps a clock that runs backwards"), ("Input.Birthday", "1906-12-09"), ("Input.Notes", "Ask about the moth."),
            ("Input.LinkedInUrl", "https://www.linkedin.com/in/grace"), ("Input.Website", "https://grace.example"),
            ("Input.PinnedCircle", "Close"), ("Input.CadenceDays", "30"), ("Input.Phase", "Ally"));

        Assert.Matches("^/contacts/[0-9a-f-]{36}$", created.Path);
        Assert.Equal("Grace Hopper", created.Text("#contact-name"));
        var text = created.Text("article.contact");
        foreach (var expected in new[] { "grace@navy.mil", "grace@example.com", "+1 555 0100", "US Navy", "Rear admiral", "Defence", "Engineering",
                     "Arlington", "Event", "Her talk on COBOL", "Harvard", "Mar 5, 2024", "mentor", "compilers", "nanoseconds, teaching",
                     "Young engineers", "Mentoring", "Keeps a clock that runs backwards", "Dec 9, 1906", "Ask about the moth.",
                     "https://www.linkedin.com/in/grace", "https://grace.example", "Close", "every 30 days", "Ally" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal("Alan Turing", created.Text("#introduced-by"));
        Assert.Equal(introducer.Path, created.Document.QuerySelector("#introduced-by")!.GetAttribute("href"));

        var edit = await session.GetAsync(created.Path + "/edit");
        Assert.Equal("Grace", edit.Value("#Input_FirstName"));
        Assert.Equal("compilers, mentor", edit.Value("#Input_Tags"));
        Assert.Equal("2024-03-05", edit.Value("#Input_MetOn"));
        Assert.Equal("Alan Turing", edit.Value("#Input_IntroducedBy"));

        var edited = await session.SubmitAsync(edit, "#contact-form", ("Input.Company", "Univac"), ("Input.Tags", "mentor"));
        Assert.Equal(created.Path, edited.Path);
        Assert.Contains("Univac", edited.Text("article.contact"), StringComparison.Ordinal);
        Assert.DoesNotContain("compilers", edited.Text("article.contact"), StringComparison.Ordinal);
        Assert.Equal("Alan Turing", edited.Text("#introduced-by"));
    }

    [Fact]
    public async Task An_edit_refused_by_the_rules_keeps_what_was_typed_and_changes_nothing()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");
        var created = await session.SubmitAsync("/contacts/new", "#contact-form", ("Input.FirstName", "Grace"), ("Input.Website", "https://grace.example"));

        var refused = await session.SubmitAsync(created.Path + "/edit", "#contact-form",
            ("Input.FirstName", "Grace B."), ("Input.Website", "grace dot example"), ("Input.MetOn", "2999-01-01"), ("Input.IntroducedBy", "Nobody Known"));

        Assert.Equal("'grace dot example' is not a web address (http:// or https://).", refused.ErrorFor("Input_Website"));
        Assert.Equal("The day you met cannot be in the future.", refused.ErrorFor("Input_MetOn"));
        Assert.Contains("No contact is called 'Nobody Known'", refused.ErrorFor("Input_IntroducedBy"), StringComparison.Ordinal);
        Assert.Equal("Grace B.", refused.Value("#Input_FirstName"));
        Assert.Equal("Grace", (await session.GetAsync(created.Path)).Text("#contact-name"));
    }

    [Fact]
    public async Task Archiving_hides_a_contact_from_the_list_until_archived_ones_are_shown_and_unarchiving_brings_it_back()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");
        var grace = await session.SubmitAsync("/contacts/new", "#contact-form", ("Input.FirstName", "Grace"), ("Input.LastName", "Hopper"));
        await session.SubmitAsync("/contacts/new", "#contact-form", ("Input.FirstName", "Alan"), ("Input.LastName", "Turing"));

        var archived = await session.SubmitAsync(grace, "form[action*='handler=Archive']");
        Assert.Equal(grace.Path, archived.Path);
        Assert.Equal("Archived", archived.Text("#archived-badge"));
        Assert.Equal("Unarchive", archived.Text("#archive-contact"));

        Assert.Equal(["Alan Turing"], (await session.GetAsync("/contacts")).All("a.contact-link"));
        Assert.Equal(["Grace Hopper", "Alan Turing"], (await session.GetAsync("/contacts?archived=true")).All("a.contact-link"));

        await session.SubmitAsync(archived, "form[action*='handler=Archive']");
        Assert.Equal(["Grace Hopper", "Alan Turing"], (await session.GetAsync("/contacts")).All("a.contact-link"));
    }
}
