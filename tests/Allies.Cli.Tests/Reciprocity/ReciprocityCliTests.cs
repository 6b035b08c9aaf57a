using System.Text.RegularExpressions;
using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests.Reciprocity;

public sealed partial class ReciprocityCliTests
{
    [GeneratedRegex(@"exchange ([0-9a-f-]{36})")]
    private static partial Regex ExchangeId();

    [Fact]
    public async Task Log_with_exchanges_by_alias_then_the_ledger_shows_them_with_the_sentence()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Alice", "Martin");
        await cli.OkAsync("contacts", "add", "Bob", "Durand");

        var logged = await cli.OkAsync("log", "Alice", "coffee", "--gave", "intro:to Bob", "--they-asked", "advice:pricing", "--they-gave", "Information", "--when", "2026-03-02");
        var ledger = await cli.OkAsync("ledger", "Alice");
        var json = await cli.JsonAsync("ledger", "Alice");

        Assert.Contains("gave introduction: to Bob", logged.Out, StringComparison.Ordinal);
        Assert.Contains("they-asked expertise: pricing", logged.Out, StringComparison.Ordinal);
        Assert.Contains("they-gave information", logged.Out, StringComparison.Ordinal);
        Assert.Contains("Alice Martin: You have given once since September 2025; they have asked once and given once.", ledger.Out, StringComparison.Ordinal);
        Assert.Contains("not enough data", ledger.Out, StringComparison.Ordinal);
        var l = json.GetProperty("ledger");
        Assert.Equal(1, l.GetProperty("givenByKind").GetProperty("Introduction").GetInt32());
        Assert.Equal(1, l.GetProperty("theirAsks").GetProperty("total").GetInt32());
        Assert.Equal("Vous avez donné une fois depuis septembre 2025 ; cette personne a demandé une fois et a donné une fois.", json.GetProperty("sentenceFr").GetString());
    }

    [Fact]
    public async Task An_unknown_kind_or_direction_is_refused_with_exit_1_naming_the_option_and_nothing_is_saved()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Alice", "Martin");

        var kind = await cli.RunAsync("log", "Alice", "coffee", "--gave", "gossip:about Bob");
        var direction = await cli.RunAsync("exchange", "add", Guid.NewGuid().ToString(), "sideways", "intro");
        var shown = await cli.JsonAsync("contacts", "show", "Alice");

        Assert.Equal(1, kind.ExitCode);
        var line = Assert.Single(kind.ErrorLines);
        Assert.StartsWith("--gave: 'gossip' is not a kind of exchange: use introduction, information, expertise", line, StringComparison.Ordinal);
        Assert.Contains("intro=introduction", line, StringComparison.Ordinal);
        Assert.Equal(1, direction.ExitCode);
        Assert.StartsWith("direction: 'sideways' is not one of: gave, they-gave, asked, they-asked.", Assert.Single(direction.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, shown.GetProperty("recentInteractions").GetArrayLength());
    }

    [Fact]
    public async Task An_outcome_is_changed_later_and_an_impossible_one_is_refused()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Alice", "Martin");
        var logged = await cli.OkAsync("log", "Alice", "message", "--they-gave", "tip:an article", "--asked", "favor:a reference call", "--probe");
        var lines = logged.Out.Split('\n');
        string IdOf(string start) => ExchangeId().Match(lines.Single(l => l.TrimStart().StartsWith(start, StringComparison.Ordinal))).Groups[1].Value;
        List<string> ids = [IdOf("they-gave information: an article"), IdOf("asked favour: a reference call (probe)")];
        Assert.Contains("(probe)", logged.Out, StringComparison.Ordinal);

        var impossible = await cli.RunAsync("exchange", "outcome", ids[0], "ignored");
        var unknown = await cli.RunAsync("exchange", "outcome", ids[1], "maybe");
        var missing = await cli.RunAsync("exchange", "outcome", Guid.NewGuid().ToString(), "done");
        var done = await cli.OkAsync("exchange", "outcome", ids[1], "done");

        Assert.Equal(1, impossible.ExitCode);
        Assert.Contains("outcome: An exchange 'TheyGave' cannot end 'Ignored'", impossible.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("outcome: 'maybe' is not one of: pending, done, declined, ignored, amplified.", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Exchange not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal("asked favour is now done.", done.Out.Trim());
        var ledger = await cli.JsonAsync("ledger", "Alice");
        Assert.Equal(1, ledger.GetProperty("ledger").GetProperty("myAsks").GetProperty("done").GetInt32());
        Assert.Equal(1, ledger.GetProperty("ledger").GetProperty("probes").GetProperty("taken").GetInt32());
    }

    [Fact]
    public async Task Promises_are_added_listed_done_and_broken_and_one_due_before_today_is_refused()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Alice", "Martin");

        var early = await cli.RunAsync("promise", "add", "Alice", "Send the deck", "--due", "2026-03-01");
        var badBy = await cli.RunAsync("promise", "add", "Alice", "Send the deck", "--by", "nobody");
        var mine = await cli.OkAsync("promise", "add", "Alice", "Send the deck", "--due", "2026-03-12");
        var theirs = await cli.JsonAsync("promise", "add", "Alice", "Intro to Bob", "--by", "them", "--due", "2026-03-20");
        var list = await cli.OkAsync("promise", "list");
        var id = Regex.Match(mine.Out, @"id ([0-9a-f-]{36})").Groups[1].Value;
        await cli.OkAsync("promise", "done", id);
        await cli.OkAsync("promise", "broken", theirs.GetProperty("id").GetString()!);
        var all = await cli.JsonAsync("promise", "list", "--status", "all", "--contact", "Alice");
        var ledger = await cli.JsonAsync("ledger", "Alice");

        Assert.Equal(1, early.ExitCode);
        Assert.Equal("--due: A promise cannot be due before it was made (2026-03-10).", Assert.Single(early.ErrorLines));
        Assert.Equal(1, badBy.ExitCode);
        Assert.Equal("--by: 'nobody' is not one of: me, them.", Assert.Single(badBy.ErrorLines));
        Assert.Equal($"You promised Alice Martin: Send the deck, due 2026-03-12 (id {id}).", mine.Out.Trim());
        Assert.Contains("Send the deck", list.Out, StringComparison.Ordinal);
        Assert.Contains("Intro to Bob", list.Out, StringComparison.Ordinal);
        Assert.Equal(["Kept", "Broken"], all.EnumerateArray().Select(p => p.GetProperty("status").GetString()));
        Assert.Equal(0.0, ledger.GetProperty("ledger").GetProperty("theirPromises").GetProperty("keptRatio").GetDouble());
        Assert.Equal(1.0, ledger.GetProperty("ledger").GetProperty("myPromises").GetProperty("keptRatio").GetDouble());
    }

    [Fact]
    public async Task Archetypes_and_a_recorded_reply()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Tom", "Taker");
        foreach (var day in new[] { "2025-11-02", "2025-12-10", "2026-01-15", "2026-02-20" })
        {
            await cli.OkAsync("log", "Tom", "message", "--they-asked", "intro:to your CTO", "--when", day);
        }

        var proposal = await cli.OkAsync("log", "Tom", "message", "--started-by", "me", "--when", "2026-03-09 10:00");
        var id = Regex.Match(proposal.Out, @"\(id ([0-9a-f-]{36})\)").Groups[1].Value;
        var reply = await cli.OkAsync("reply", id, "declined", "--when", "2026-03-09 16:00");
        var text = await cli.OkAsync("archetypes");
        var json = await cli.JsonAsync("archetypes");
        var ledger = await cli.JsonAsync("ledger", "Tom");

        Assert.Equal("Recorded: declined on 2026-03-09 16:00.", reply.Out.Trim());
        Assert.Contains("0 givers, 0 matchers, 1 takers, 0 not enough data.", text.Out, StringComparison.Ordinal);
        Assert.Contains("Tom Taker", text.Out, StringComparison.Ordinal);
        Assert.Equal(1, json.GetProperty("counts").GetProperty("Taker").GetInt32());
        var r = ledger.GetProperty("ledger").GetProperty("responsiveness");
        Assert.Equal((1, 6.0), (r.GetProperty("declined").GetInt32(), r.GetProperty("medianHours").GetDouble()));
        Assert.Equal(1, (await cli.RunAsync("reply", id, "perhaps")).ExitCode);
    }
}
