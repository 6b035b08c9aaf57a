using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests;

public sealed class AgendaTests
{
    static async Task<TempCli> WeekAsync()
    {
        var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Léa", "Martin", "--met-on", "2026-03-09", "--where-met", "the Bizzeo evening", "--detail", "loves kitesurfing");
        await cli.OkAsync("contacts", "add", "Zoé", "Bernard");
        await cli.OkAsync("log", "Zoé", "coffee", "--when", "2026-01-05", "--note", "her move to Lyon", "--depth", "personal");
        return cli;
    }

    [Fact]
    public async Task Agenda_lists_the_follow_up_first_with_its_draft_and_done_logs_it()
    {
        using var cli = await WeekAsync();

        var text = await cli.OkAsync("agenda");
        Assert.Contains("Ritual: 0 done of 3, 3 to go; 2 people waiting in all.", text.Out);
        Assert.Contains("1. Léa Martin — Met at the Bizzeo evening yesterday", text.Out);
        Assert.Contains("loves kitesurfing", text.Out);
        Assert.Contains("2. Zoé Bernard — Extended circle, every 42 days", text.Out);

        var json = await cli.JsonAsync("agenda");
        var first = json.GetProperty("items")[0];
        Assert.Equal("FollowUp", first.GetProperty("reason").GetString());
        Assert.Contains("loves kitesurfing", first.GetProperty("draft").GetProperty("fr").GetString());
        var key = first.GetProperty("key").GetString()!;

        var done = await cli.OkAsync("agenda", "done", key, "--kind", "message", "--note", "LinkedIn note about kites");
        Assert.StartsWith($"Done: {key}", done.Out);
        var after = await cli.JsonAsync("agenda");
        Assert.Equal(1, after.GetProperty("doneThisPeriod").GetInt32());
        Assert.Equal("Zoé Bernard", after.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Contains("1 exchange", (await cli.OkAsync("tie", "Léa")).Out);

        var french = await cli.OkAsync("agenda", "--lang", "fr");
        Assert.Contains("Rituel : 1 fait(s) sur 3", french.Out);
    }

    [Fact]
    public async Task Snooze_skip_and_all_and_their_refusals()
    {
        using var cli = await WeekAsync();
        var zoe = $"overdue:{(await cli.JsonAsync("agenda")).GetProperty("items")[1].GetProperty("contactId").GetGuid():N}";

        var unknown = await cli.RunAsync("agenda", "skip", "overdue:nobody");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("Agenda item not found.", Assert.Single(unknown.ErrorLines));
        var past = await cli.RunAsync("agenda", "snooze", zoe, "--until", "2026-03-01");
        Assert.Equal(1, past.ExitCode);
        Assert.StartsWith("--until:", Assert.Single(past.ErrorLines));
        Assert.Equal(2, (await cli.RunAsync("agenda", "snooze", zoe, "--until", "tomorrow")).ExitCode);

        Assert.Equal("Snoozed: " + zoe + " until 2026-03-17.", (await cli.OkAsync("agenda", "snooze", zoe)).Out.Trim());
        Assert.Equal(1, (await cli.JsonAsync("agenda", "--all")).GetProperty("items").GetArrayLength());
        var lea = (await cli.JsonAsync("agenda")).GetProperty("items")[0].GetProperty("key").GetString()!;
        Assert.Equal($"Skipped: {lea}.", (await cli.OkAsync("agenda", "skip", lea)).Out.Trim());
        Assert.Contains("Nothing to do right now.", (await cli.OkAsync("agenda")).Out);
    }

    [Fact]
    public async Task Drafts_in_both_languages_use_what_was_noted()
    {
        using var cli = await WeekAsync();
        var en = await cli.OkAsync("draft", "Léa", "--lang", "en");
        Assert.StartsWith("Hi Léa, great to talk at the Bizzeo evening yesterday — loves kitesurfing.", en.Out);
        var fr = await cli.OkAsync("draft", "Zoé", "--lang", "fr");
        Assert.StartsWith("Bonjour Zoé,", fr.Out);
        Assert.Contains("her move to Lyon", fr.Out);
        Assert.Equal(2, (await cli.RunAsync("draft", "Zoé", "--lang", "de")).ExitCode);
    }

    [Fact]
    public async Task Life_events_are_added_listed_edited_and_deleted()
    {
        using var cli = await WeekAsync();
        var added = await cli.OkAsync("life", "add", "Zoé", "birthday", "1991-03-12", "--note", "likes jazz");
        var id = added.Out.Trim().Split("(id ")[1].TrimEnd(')', '.');
        Assert.Contains("birthday (yearly)", (await cli.OkAsync("life", "list", "Zoé")).Out, StringComparison.OrdinalIgnoreCase);
        var agenda = await cli.JsonAsync("agenda");
        Assert.Equal("LifeEvent", agenda.GetProperty("items")[1].GetProperty("reason").GetString());
        Assert.Contains("happy birthday", agenda.GetProperty("items")[1].GetProperty("draft").GetProperty("en").GetString());

        await cli.OkAsync("life", "edit", id, "promotion", "2026-03-08", "--note", "VP Sales");
        var listed = await cli.JsonAsync("life", "list", "Zoé");
        Assert.Equal("Promotion", listed[0].GetProperty("kind").GetString());
        var tooLong = await cli.RunAsync("life", "add", "Zoé", "move", "2026-03-01", "--note", new string('x', 1001));
        Assert.Equal(1, tooLong.ExitCode);
        Assert.StartsWith("--note:", Assert.Single(tooLong.ErrorLines));
        Assert.Equal(2, (await cli.RunAsync("life", "add", "Zoé", "move", "01/03/2026")).ExitCode);

        await cli.OkAsync("life", "delete", id);
        Assert.Equal(1, (await cli.RunAsync("life", "delete", id)).ExitCode);
    }

    [Fact]
    public async Task Another_account_cannot_act_on_the_agenda_items_or_life_events()
    {
        using var cli = await WeekAsync();
        await cli.OkAsync("account", "create", "eve@example.com", "--password", "correct horse battery");
        var json = await cli.JsonAsync("agenda", "--user", "owner@example.com");
        var key = json.GetProperty("items")[0].GetProperty("key").GetString()!;
        var added = await cli.OkAsync("life", "add", "Zoé", "move", "2026-03-01", "--user", "owner@example.com");
        var id = added.Out.Trim().Split("(id ")[1].TrimEnd(')', '.');

        Assert.Equal(0, (await cli.JsonAsync("agenda", "--all", "--user", "eve@example.com")).GetProperty("items").GetArrayLength());
        foreach (var line in new[] { new[] { "agenda", "done", key }, ["agenda", "snooze", key], ["agenda", "skip", key], ["life", "delete", id], ["life", "edit", id, "move", "2026-03-02"] })
        {
            var result = await cli.RunAsync([.. line, "--user", "eve@example.com"]);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("not found", result.Error);
        }

        Assert.Equal(2, (await cli.JsonAsync("agenda", "--user", "owner@example.com")).GetProperty("items").GetArrayLength());
    }
}
