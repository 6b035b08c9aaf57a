using System.Diagnostics;
using Allies.Web.Api;
using Allies.Web.Tests.Api;
using Ical.Net;

namespace Allies.Web.Tests.Agenda;

/// <summary>The feed as calendar software reads it: Debian's khal (python icalendar), and Ical.Net back again.</summary>
public sealed class CalendarFeedTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static async Task<string> FeedAsync(ApiHost host)
    {
        var (_, api) = await host.AccountAsync("ada@example.com");
        var zoe = await api.CreateContactAsync(new { firstName = "Zoé", lastName = "Bernard", pinnedCircle = "Close", birthday = "1991-03-04" });
        await api.LogAsync(new { participantIds = new[] { zoe.Id }, kind = "Coffee", occurredAt = ApiHost.Start.AddDays(-60), summary = "her move to Lyon" });
        await api.CreateContactAsync(new { firstName = "Léa", lastName = "Martin", metOn = "2026-03-01", personalDetail = "loves kitesurfing" });
        var ana = await api.CreateContactAsync(new { firstName = "Ana", lastName = "Costa" });
        await api.PostJsonAsync($"/api/contacts/{ana.Id}/life-events", new { kind = "NewJob", occurredOn = "2026-02-27", note = "Head of Sales" });
        var url = (await (await api.PostAsync("/api/agenda/feed", null, Ct)).ReadAsync<FeedDto>()).Url;
        return await host.Client().GetStringAsync(new Uri(url).AbsolutePath, Ct);
    }

    [Fact]
    public async Task The_feed_round_trips_through_IcalNet()
    {
        await using var host = new ApiHost();
        var ics = await FeedAsync(host);

        var calendar = Calendar.Load(ics);
        Assert.NotNull(calendar);
        var summaries = calendar.Events.Select(e => e.Summary).ToList();
        Assert.Contains(summaries, s => s!.StartsWith("Léa Martin:", StringComparison.Ordinal));
        Assert.Contains(summaries, s => s!.StartsWith("Zoé Bernard:", StringComparison.Ordinal));
        Assert.Contains("Birthday: Zoé Bernard", summaries);
        Assert.Contains("New job: Ana Costa", summaries);
        var lea = calendar.Events.Single(e => e.Summary!.StartsWith("Léa Martin:", StringComparison.Ordinal));
        Assert.Contains("loves kitesurfing", lea.Description);
        Assert.Equal(new DateOnly(2026, 3, 2), DateOnly.FromDateTime(lea.DtStart!.Value));
        var birthday = calendar.Events.Single(e => e.Summary == "Birthday: Zoé Bernard");
        Assert.NotNull(birthday.RecurrenceRule);
        Assert.Contains(birthday.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(2030, 1, 1)).Take(1), o => o.Period.StartTime.Date == new DateOnly(2030, 3, 4));

        var again = Calendar.Load(new Ical.Net.Serialization.CalendarSerializer().SerializeToString(calendar)!);
        Assert.Equal(summaries, again!.Events.Select(e => e.Summary));
        Assert.Equal(calendar.Events.Select(e => e.Uid), again.Events.Select(e => e.Uid));
    }

    [Fact]
    public async Task Khal_imports_the_feed_and_lists_its_events_with_yearly_birthdays()
    {
        await using var host = new ApiHost();
        var ics = await FeedAsync(host);
        var dir = Directory.CreateTempSubdirectory("allies-khal-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "cal"));
            var feed = Path.Combine(dir, "feed.ics");
            await File.WriteAllTextAsync(feed, ics, Ct);
            var config = Path.Combine(dir, "config");
            await File.WriteAllTextAsync(config, $"""
                [calendars]
                [[allies]]
                path = {Path.Combine(dir, "cal")}
                type = calendar
                [locale]
                timeformat = %H:%M
                dateformat = %Y-%m-%d
                longdateformat = %Y-%m-%d
                datetimeformat = %Y-%m-%d %H:%M
                longdatetimeformat = %Y-%m-%d %H:%M
                [default]
                default_calendar = allies
                """, Ct);

            var printed = await KhalAsync(config, "printics", feed);
            Assert.Contains("events found", printed);
            await KhalAsync(config, "import", "--batch", "-a", "allies", feed);
            var listed = await KhalAsync(config, "list", "--format", "{start-date} {title}", "2026-03-01", "10d");
            Assert.Contains("2026-03-02 Léa Martin:", listed);
            Assert.Contains("2026-02-27 New job: Ana Costa", await KhalAsync(config, "list", "--format", "{start-date} {title}", "2026-02-20", "10d"));
            Assert.Contains("2026-03-04 Birthday: Zoé Bernard", listed);
            // The birthday recurs: khal expands it in a later year too.
            Assert.Contains("2031-03-04 Birthday: Zoé Bernard", await KhalAsync(config, "list", "--format", "{start-date} {title}", "2031-03-01", "10d"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    static async Task<string> KhalAsync(string config, params string[] args)
    {
        var khal = Environment.GetEnvironmentVariable("ALLIES_KHAL") ?? "/usr/bin/khal";
        Assert.True(File.Exists(khal), $"khal is not installed at {khal} (apt-get install khal; test.sh installs it)");
        var start = new ProcessStartInfo(khal) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(config);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["TZ"] = "Europe/Paris";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(Ct);
        var error = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, $"khal {string.Join(' ', args)} failed ({process.ExitCode}): {error}");
        return output;
    }
}
