using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests;

public sealed class ContactsTests
{
    [Fact]
    public async Task Contacts_add_saves_every_field_given_and_show_prints_them()
    {
        using var cli = await TempCli.WithAccountAsync();

        var added = await cli.OkAsync("contacts", "add", "Ada", "Lovelace",
            "--email", "ada@lovelace.org", "--email", "ada@engines.org", "--phone", "+44 20 1234 5678",
            "--company", "Analytical Engines", "--role", "Mathematician", "--industry", "Computing", "--function", "Research",
            "--location", "London", "--channel", "introduction", "--how-met", "Babbage's salon", "--met-on", "2025-06-05",
            "--tag", "math", "--tag", "pioneer", "--needs", "funding", "--offers", "notes on the engine",
            "--detail", "loves poetry", "--birthday", "1815-12-10", "--notes", "first programmer",
            "--linkedin", "https://www.linkedin.com/in/ada");
        var show = await cli.OkAsync("contacts", "show", "Ada Lovelace");

        Assert.Matches(@"^Added Ada Lovelace \(id [0-9a-f-]{36}\)\.$", added.Out.Trim());
        foreach (var expected in new[] { "ada@lovelace.org, ada@engines.org", "+44 20 1234 5678", "Analytical Engines", "Mathematician", "Computing", "Research",
            "London", "introduction", "Babbage's salon", "2025-06-05", "math, pioneer", "funding", "notes on the engine", "loves poetry", "1815-12-10",
            "first programmer", "https://www.linkedin.com/in/ada", "No interactions yet" })
        {
            Assert.Contains(expected, show.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Contacts_show_json_is_the_same_answer_in_camel_case_with_enums_by_name()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace", "--email", "ada@lovelace.org", "--channel", "linkedin", "--tag", "math");

        var card = await cli.JsonAsync("contacts", "show", "ada@lovelace.org");

        Assert.Equal("Ada Lovelace", card.GetProperty("displayName").GetString());
        Assert.Equal("LinkedIn", card.GetProperty("channel").GetString());
        Assert.Equal("Met", card.GetProperty("phase").GetString());
        Assert.Equal("ada@lovelace.org", card.GetProperty("emails")[0].GetString());
        Assert.Equal("math", card.GetProperty("tags")[0].GetString());
        Assert.Equal("2026-03-10T10:00:00+01:00", card.GetProperty("createdAt").GetString());
        Assert.Equal(0, card.GetProperty("recentInteractions").GetArrayLength());
    }

    [Fact]
    public async Task Contacts_list_searches_filters_sorts_and_pages()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace", "--company", "Engines", "--tag", "math", "--industry", "Computing");
        await cli.OkAsync("contacts", "add", "Grace", "Hopper", "--company", "Navy", "--tag", "math", "--channel", "work");
        await cli.OkAsync("contacts", "add", "Alan", "Turing", "--company", "Bletchley", "--industry", "Computing");

        var all = await cli.JsonAsync("contacts", "list");
        var math = await cli.JsonAsync("contacts", "list", "--tag", "math");
        var search = await cli.JsonAsync("contacts", "list", "--search", "hopper");
        var computing = await cli.JsonAsync("contacts", "list", "--industry", "Computing", "--sort", "company");
        var navy = await cli.JsonAsync("contacts", "list", "--company", "Navy");
        var work = await cli.JsonAsync("contacts", "list", "--channel", "work");
        var page2 = await cli.JsonAsync("contacts", "list", "--page", "2", "--page-size", "2");
        var table = await cli.OkAsync("contacts", "list", "--page-size", "2");

        Assert.Equal(["Grace Hopper", "Ada Lovelace", "Alan Turing"], Names(all));
        Assert.Equal(["Grace Hopper", "Ada Lovelace"], Names(math));
        Assert.Equal(["Grace Hopper"], Names(search));
        Assert.Equal(["Alan Turing", "Ada Lovelace"], Names(computing));
        Assert.Equal(["Grace Hopper"], Names(navy));
        Assert.Equal(["Grace Hopper"], Names(work));
        Assert.Equal(["Alan Turing"], Names(page2));
        Assert.Equal(3, page2.GetProperty("total").GetInt32());
        Assert.Contains("Page 1 of 2, 3 contacts. Next: --page 2.", table.Out, StringComparison.Ordinal);
        Assert.Contains("Grace Hopper", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_edit_changes_only_the_options_given()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace", "--email", "ada@lovelace.org", "--company", "Engines", "--role", "Analyst", "--tag", "math");

        var edited = await cli.OkAsync("contacts", "edit", "Ada Lovelace", "--company", "Analytical Engines", "--role", "", "--last-name", "King");
        var card = await cli.JsonAsync("contacts", "show", "ada@lovelace.org");

        Assert.StartsWith("Updated Ada King (id ", edited.Out, StringComparison.Ordinal);
        Assert.Equal("Analytical Engines", card.GetProperty("company").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, card.GetProperty("role").ValueKind);
        Assert.Equal("King", card.GetProperty("lastName").GetString());
        Assert.Equal("ada@lovelace.org", card.GetProperty("emails")[0].GetString());
        Assert.Equal("math", card.GetProperty("tags")[0].GetString());
    }

    [Fact]
    public async Task Contacts_edit_with_no_option_says_what_is_missing()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");

        var result = await cli.RunAsync("contacts", "edit", "Ada Lovelace");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Nothing to change", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_archive_hides_a_contact_from_the_list_and_undo_brings_it_back()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");

        var archived = await cli.OkAsync("contacts", "archive", "Ada Lovelace");
        var hidden = await cli.JsonAsync("contacts", "list");
        var withArchived = await cli.JsonAsync("contacts", "list", "--archived");
        var shown = await cli.JsonAsync("contacts", "show", "Ada Lovelace");
        var restored = await cli.OkAsync("contacts", "archive", "Ada Lovelace", "--undo");
        var back = await cli.JsonAsync("contacts", "list");

        Assert.StartsWith("Archived Ada Lovelace (id ", archived.Out, StringComparison.Ordinal);
        Assert.Equal(0, hidden.GetProperty("total").GetInt32());
        Assert.True(withArchived.GetProperty("items")[0].GetProperty("archived").GetBoolean());
        Assert.Equal("2026-03-10T10:00:00+01:00", shown.GetProperty("archivedAt").GetString());
        Assert.StartsWith("Restored Ada Lovelace (id ", restored.Out, StringComparison.Ordinal);
        Assert.Equal(["Ada Lovelace"], Names(back));
    }

    [Fact]
    public async Task An_unknown_contact_is_one_line_and_exit_code_1()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");

        foreach (var args in new[] { new[] { "contacts", "show", "Nobody" }, ["contacts", "edit", "Nobody", "--company", "X"], ["contacts", "archive", "Nobody"], ["log", "Nobody", "coffee"] })
        {
            var result = await cli.RunAsync(args);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("No contact matches 'Nobody'.", Assert.Single(result.ErrorLines));
        }
    }

    [Fact]
    public async Task An_ambiguous_name_lists_the_candidates()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ann", "Lee", "--company", "Acme");
        await cli.OkAsync("contacts", "add", "Ann", "Moreau", "--company", "Bnp");
        await cli.OkAsync("contacts", "add", "Ann", "Smith", "--email", "ann@smith.org");

        var result = await cli.RunAsync("contacts", "show", "Ann");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("'Ann' matches 3 contacts: Ann Lee (Acme), Ann Moreau (Bnp), Ann Smith (ann@smith.org) — use a fuller name, an email or an id.",
            Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_bad_date_names_the_option_and_the_accepted_format_and_saves_nothing()
    {
        using var cli = await TempCli.WithAccountAsync();

        var result = await cli.RunAsync("contacts", "add", "Ada", "Lovelace", "--met-on", "31/12/2024");
        var list = await cli.JsonAsync("contacts", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--met-on: '31/12/2024' is not a date: use YYYY-MM-DD, e.g. 1990-05-17.", result.ErrorLines[0]);
        Assert.Equal("Run `allies contacts add --help` for usage.", result.ErrorLines[1]);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_date_in_the_future_is_refused_by_the_rules_with_the_option_named()
    {
        using var cli = await TempCli.WithAccountAsync();

        var result = await cli.RunAsync("contacts", "add", "Ada", "Lovelace", "--met-on", "2026-03-11");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("--met-on: The day you met cannot be in the future.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task An_empty_name_is_refused_and_nothing_is_saved()
    {
        using var cli = await TempCli.WithAccountAsync();

        var result = await cli.RunAsync("contacts", "add", "", "--company", "Acme");
        var list = await cli.JsonAsync("contacts", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("first name: A contact needs a first or last name.", Assert.Single(result.ErrorLines));
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_malformed_email_is_refused_with_every_error_on_its_own_line_and_nothing_is_saved()
    {
        using var cli = await TempCli.WithAccountAsync();

        var result = await cli.RunAsync("contacts", "add", "Ada", "--email", "ada-at-home", "--linkedin", "linkedin.com/ada");
        var list = await cli.JsonAsync("contacts", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["--email: 'ada-at-home' is not a valid email address.", "--linkedin: 'linkedin.com/ada' is not a web address (http:// or https://)."], result.ErrorLines);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_edit_breaking_a_rule_changes_nothing()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace", "--company", "Engines", "--email", "ada@lovelace.org");

        var result = await cli.RunAsync("contacts", "edit", "Ada Lovelace", "--company", "Acme", "--email", "broken");
        var card = await cli.JsonAsync("contacts", "show", "Ada Lovelace");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("--email: 'broken' is not a valid email address.", Assert.Single(result.ErrorLines));
        Assert.Equal("Engines", card.GetProperty("company").GetString());
        Assert.Equal("ada@lovelace.org", card.GetProperty("emails")[0].GetString());
    }

    [Fact]
    public async Task A_bad_choice_lists_the_accepted_values()
    {
        using var cli = await TempCli.WithAccountAsync();

        var result = await cli.RunAsync("contacts", "list", "--channel", "tinder");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--channel: 'tinder' is not one of: event, linkedin, association, alumni, introduction, work, friends, other.", result.ErrorLines[0]);
    }

    static string[] Names(System.Text.Json.JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()!)];
}
