using Allies.Web.Tests.Infrastructure;

namespace Allies.Web.Tests.Pages;

public sealed class LogInteractionTests
{
    static async Task<(PageSession Session, Page Grace, Page Alan)> TwoContactsAsync(AlliesWebFactory factory)
    {
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");
        var grace = await session.SubmitAsync("/contacts/new", "#contact-form", ("Input.FirstName", "Grace"), ("Input.LastName", "Hopper"), ("Input.Company", "US Navy"));
        var alan = await session.SubmitAsync("/contacts/new", "#contact-form", ("Input.FirstName", "Alan"), ("Input.LastName", "Turing"));
        return (session, grace, alan);
    }

    [Fact]
    public async Task An_interaction_with_two_participants_shows_on_both_contact_pages()
    {
        await using var factory = new AlliesWebFactory();
        var (session, grace, alan) = await TwoContactsAsync(factory);

        var form = await session.GetAsync(grace.Document.QuerySelector("#log-with")!.GetAttribute("href")!);
        Assert.True(form.Document.QuerySelector("input[name='Input.ContactIds']")!.HasAttribute("checked"));
        var saved = await session.SubmitAsync(form, "#log-form",
            ("Input.People", "alan turing"), ("Input.Kind", "Lunch"), ("Input.Summary", "Talked about machines that think."),
            ("Input.Depth", "Substantive"), ("Input.InitiatedBy", "Me"),
            ("Input.ExchangeKind", "Introduction"), ("Input.ExchangeDirection", "IGave"), ("Input.ExchangeWhat", "Intro to Claude Shannon"));

        Assert.Equal(grace.Path, saved.Path);
        Assert.Equal("Lunch", saved.Text(".interaction .kind"));
        Assert.Equal("Talked about machines that think.", saved.Text(".interaction .summary"));
        Assert.Equal("Substantive", saved.Text(".interaction .depth"));
        Assert.Equal("Alan Turing", saved.Text(".interaction .with a"));
        Assert.Contains("Intro to Claude Shannon", saved.Text(".interaction .exchanges"), StringComparison.Ordinal);

        var onAlan = await session.GetAsync(alan.Path);
        Assert.Equal("Talked about machines that think.", onAlan.Text(".interaction .summary"));
        Assert.Equal("Grace Hopper", onAlan.Text(".interaction .with a"));

        var dashboard = await session.GetAsync("/");
        Assert.Equal("1", dashboard.Text("#count-interactions"));
        Assert.Equal("2", dashboard.Text("#count-contacts"));
    }

    [Fact]
    public async Task Only_who_and_what_kind_are_required_and_the_time_defaults_to_now()
    {
        await using var factory = new AlliesWebFactory();
        var (session, _, alan) = await TwoContactsAsync(factory);

        var empty = await session.SubmitAsync("/interactions/new", "#log-form");
        Assert.Equal("Name at least one person you met.", empty.ErrorFor("Input_People"));
        Assert.Equal("Choose what kind of interaction it was.", empty.ErrorFor("Input_Kind"));

        var saved = await session.SubmitAsync("/interactions/new", "#log-form", ("Input.People", "Alan"), ("Input.Kind", "Call"));
        Assert.Equal(alan.Path, saved.Path);
        Assert.Equal("Call", saved.Text(".interaction .kind"));
    }

    [Fact]
    public async Task A_date_in_the_future_is_refused_with_the_form_kept()
    {
        await using var factory = new AlliesWebFactory();
        var (session, _, alan) = await TwoContactsAsync(factory);

        var refused = await session.SubmitAsync("/interactions/new", "#log-form",
            ("Input.People", "Alan Turing"), ("Input.Kind", "Coffee"), ("Input.When", "2999-01-01T09:30"), ("Input.Summary", "Not yet"));

        Assert.Equal("/interactions/new", refused.Path);
        Assert.Equal("An interaction you log has already happened: its date cannot be in the future.", refused.ErrorFor("Input_When"));
        Assert.Equal("2999-01-01T09:30", refused.Value("#Input_When"));
        Assert.Equal("Alan Turing", refused.Value("#Input_People"));
        Assert.Equal("Not yet", refused.Value("#Input_Summary"));
        Assert.Empty((await session.GetAsync(alan.Path)).All(".interaction"));
    }

    [Fact]
    public async Task A_past_date_is_read_in_the_owners_time_zone()
    {
        await using var factory = new AlliesWebFactory();
        var (session, _, alan) = await TwoContactsAsync(factory);

        await session.SubmitAsync("/interactions/new", "#log-form", ("Input.People", "Alan"), ("Input.Kind", "Coffee"), ("Input.When", "2024-07-01T09:30"));

        var page = await session.GetAsync(alan.Path);
        Assert.Equal("Jul 1, 2024, 9:30 AM", page.Text(".interaction time"));
        // Europe/Paris is UTC+2 in July.
        Assert.Equal("2024-07-01T07:30:00Z", page.Document.QuerySelector(".interaction time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Unknown_and_ambiguous_names_are_named_in_the_error()
    {
        await using var factory = new AlliesWebFactory();
        var (session, _, _) = await TwoContactsAsync(factory);
        await session.SubmitAsync("/contacts/new", "#contact-form", ("Input.FirstName", "Grace"), ("Input.LastName", "Kelly"), ("Input.Company", "Monaco"));

        var page = await session.SubmitAsync("/interactions/new", "#log-form", ("Input.People", "Zorro, Grace"), ("Input.Kind", "Coffee"));

        var error = page.ErrorFor("Input_People");
        Assert.Contains("No contact is called 'Zorro'", error, StringComparison.Ordinal);
        Assert.Contains("'Grace' could be several people", error, StringComparison.Ordinal);
        Assert.Contains("Grace Hopper (US Navy)", error, StringComparison.Ordinal);
        Assert.Contains("Grace Kelly (Monaco)", error, StringComparison.Ordinal);

        var precise = await session.SubmitAsync("/interactions/new", "#log-form", ("Input.People", "Grace Kelly"), ("Input.Kind", "Coffee"));
        Assert.Equal("Grace Kelly", precise.Text("#contact-name"));
    }
}
