using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests;

public sealed class LogTests
{
    [Fact]
    public async Task Log_with_two_participants_and_a_time_appears_on_both_contact_pages_in_the_owners_time_zone()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");
        await cli.OkAsync("contacts", "add", "Grace", "Hopper");

        var logged = await cli.OkAsync("log", "Ada Lovelace", "coffee", "--with", "Grace Hopper", "--when", "2026-03-09 18:30",
            "--note", "compilers", "--depth", "substantive", "--started-by", "them");
        var ada = await cli.JsonAsync("contacts", "show", "Ada Lovelace");
        var grace = await cli.OkAsync("contacts", "show", "Grace Hopper");

        Assert.Matches(@"^Logged coffee with Ada Lovelace and Grace Hopper on 2026-03-09 18:30 \(id [0-9a-f-]{36}\)\.$", logged.Out.Trim());
        var interaction = Assert.Single(ada.GetProperty("recentInteractions").EnumerateArray());
        Assert.Equal("2026-03-09T18:30:00+01:00", interaction.GetProperty("occurredAt").GetString());
        Assert.Equal("Coffee", interaction.GetProperty("kind").GetString());
        Assert.Equal("Substantive", interaction.GetProperty("depth").GetString());
        Assert.Equal("Them", interaction.GetProperty("initiatedBy").GetString());
        Assert.Equal("compilers", interaction.GetProperty("summary").GetString());
        Assert.Equal(2, interaction.GetProperty("participants").GetArrayLength());
        Assert.Contains("2026-03-09 18:30", grace.Out, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace, Grace Hopper", grace.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_without_when_happens_now_and_shows_in_the_last_interaction_column()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");

        await cli.OkAsync("log", "Ada Lovelace", "call");
        var list = await cli.JsonAsync("contacts", "list");

        Assert.Equal("2026-03-10T10:00:00+01:00", list.GetProperty("items")[0].GetProperty("lastInteractionAt").GetString());
    }

    [Theory]
    [InlineData("yesterday", "2026-03-09T10:00:00+01:00")]
    [InlineData("08:15", "2026-03-10T08:15:00+01:00")]
    [InlineData("2026-02-01", "2026-02-01T12:00:00+01:00")]
    [InlineData("2026-03-10", "2026-03-10T10:00:00+01:00")]
    [InlineData("2026-03-01T07:00Z", "2026-03-01T08:00:00+01:00")]
    public async Task When_reads_the_forms_people_type(string when, string expected)
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");

        await cli.OkAsync("log", "Ada Lovelace", "lunch", "--when", when);
        var card = await cli.JsonAsync("contacts", "show", "Ada Lovelace");

        Assert.Equal(expected, card.GetProperty("recentInteractions")[0].GetProperty("occurredAt").GetString());
    }

    [Fact]
    public async Task A_bad_when_names_the_option_and_the_accepted_formats()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");

        var result = await cli.RunAsync("log", "Ada Lovelace", "coffee", "--when", "last tuesday");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--when: 'last tuesday' is not a date or time: use YYYY-MM-DD, \"YYYY-MM-DD HH:MM\", HH:MM (today), now, today or yesterday.", result.ErrorLines[0]);
    }

    [Fact]
    public async Task A_future_interaction_is_refused_and_nothing_is_logged()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");

        var result = await cli.RunAsync("log", "Ada Lovelace", "coffee", "--when", "2026-03-12 09:00");
        var card = await cli.JsonAsync("contacts", "show", "Ada Lovelace");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("--when: An interaction you log has already happened: its date cannot be in the future.", Assert.Single(result.ErrorLines));
        Assert.Equal(0, card.GetProperty("recentInteractions").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_kind_lists_the_kinds()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");

        var result = await cli.RunAsync("log", "Ada Lovelace", "dinner");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("kind: 'dinner' is not one of: coffee, call, message, email, lunch, meeting, event, reaction, voice-note.", result.ErrorLines[0]);
    }

    [Fact]
    public async Task An_unknown_participant_in_with_logs_nothing()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");

        var result = await cli.RunAsync("log", "Ada Lovelace", "coffee", "--with", "Nobody");
        var card = await cli.JsonAsync("contacts", "show", "Ada Lovelace");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("No contact matches 'Nobody'.", Assert.Single(result.ErrorLines));
        Assert.Equal(0, card.GetProperty("recentInteractions").GetArrayLength());
    }
}
