using System.Net;
using Allies.Core.Agenda;
using Allies.Core.Contacts;
using Allies.Web.Api;
using Allies.Web.Tests.Api;

namespace Allies.Web.Tests.Agenda;

public sealed class AgendaApiTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    // ApiHost.Start is Monday 2 March 2026, 10:30 in Paris.
    static readonly DateOnly Today = new(2026, 3, 2);

    static async Task<(HttpClient Api, Guid Lea, Guid Zoe)> WeekAsync(ApiHost host, string email)
    {
        var (_, api) = await host.AccountAsync(email);
        var zoe = await api.CreateContactAsync(new { firstName = "Zoé", lastName = "Bernard", pinnedCircle = "Close", birthday = "1991-03-04" });
        await api.LogAsync(new { participantIds = new[] { zoe.Id }, kind = "Coffee", occurredAt = ApiHost.Start.AddDays(-60), summary = "her move to Lyon", depth = "Personal" });
        var lea = await api.CreateContactAsync(new
        {
            firstName = "Léa",
            lastName = "Martin",
            metOn = Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            whereMet = "the Bizzeo evening",
            personalDetail = "loves kitesurfing",
        });
        return (api, lea.Id, zoe.Id);
    }

    [Fact]
    public async Task The_agenda_lists_J1_first_with_drafts_and_done_logs_the_interaction()
    {
        await using var host = new ApiHost();
        var (api, lea, zoe) = await WeekAsync(host, "ada@example.com");

        var agenda = await (await api.GetAsync("/api/agenda", Ct)).ReadAsync<AgendaDto>();
        Assert.Equal(3, agenda.RitualLimit);
        Assert.Equal([lea, zoe], agenda.Items.Select(i => i.ContactId));
        var first = agenda.Items[0];
        Assert.Equal(AgendaReason.FollowUp, first.Reason);
        Assert.Contains("loves kitesurfing", first.Draft.En);
        Assert.Contains("loves kitesurfing", first.Draft.Fr);
        Assert.Contains("Bizzeo", first.Why);
        // Zoé's birthday is on Wednesday: it comes before her overdue cadence, which is noted as "also".
        Assert.Equal(AgendaReason.LifeEvent, agenda.Items[1].Reason);
        Assert.Equal($"birthday:{zoe:N}:2026", agenda.Items[1].Key);
        Assert.Contains(AgendaReason.Overdue, agenda.Items[1].Also);

        var french = await (await api.GetAsync("/api/agenda?lang=fr", Ct)).ReadAsync<AgendaDto>();
        Assert.StartsWith("Rencontré", french.Items[0].Why);

        var done = await (await api.PostJsonAsync("/api/agenda/done", new { key = first.Key, kind = "VoiceNote", note = "voice note about kites" })).ReadAsync<DecisionDto>();
        Assert.Equal(AgendaDecisionKind.Done, done.Kind);
        var logged = await (await api.GetAsync($"/api/interactions/{done.InteractionId}", Ct)).ReadAsync<InteractionDto>();
        Assert.Equal("voice note about kites", logged.Summary);

        var after = await (await api.GetAsync("/api/agenda", Ct)).ReadAsync<AgendaDto>();
        Assert.Equal(1, after.DoneThisPeriod);
        Assert.Equal([zoe], after.Items.Select(i => i.ContactId));

        var tie = await (await api.GetAsync($"/api/contacts/{lea}/tie", Ct)).ReadAsync<TieDto>();
        Assert.Equal(1, tie.Exchanges);
        Assert.StartsWith("last real exchange", tie.Factors);
        var draft = await (await api.GetAsync($"/api/contacts/{zoe}/draft?lang=fr", Ct)).ReadAsync<DraftDto>();
        Assert.Contains("Lyon", draft.Text);
    }

    [Fact]
    public async Task Snooze_skip_and_bad_requests_answer_with_problems_naming_the_field()
    {
        await using var host = new ApiHost();
        var (api, _, zoe) = await WeekAsync(host, "ada@example.com");
        var key = $"birthday:{zoe:N}:2026";

        var unknown = await (await api.PostJsonAsync("/api/agenda/skip", new { key = "overdue:nobody" })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Agenda item not found.", unknown.GetProperty("title").GetString());
        var past = await (await api.PostJsonAsync("/api/agenda/snooze", new { key, until = "2026-03-01" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(past.Errors("until"));

        var snoozed = await (await api.PostJsonAsync("/api/agenda/snooze", new { key })).ReadAsync<DecisionDto>();
        Assert.Equal(Today.AddDays(7), snoozed.Until);
        var all = await (await api.GetAsync("/api/agenda?all=true", Ct)).ReadAsync<AgendaDto>();
        Assert.DoesNotContain(all.Items, i => i.Key == key);
        // With the birthday snoozed, her overdue cadence is what remains.
        Assert.Contains(all.Items, i => i.ContactId == zoe && i.Reason == AgendaReason.Overdue);
        var skipped = await (await api.PostJsonAsync("/api/agenda/skip", new { key = $"overdue:{zoe:N}" })).ReadAsync<DecisionDto>();
        Assert.Equal(Today.AddDays(30), skipped.Until);
        Assert.DoesNotContain((await (await api.GetAsync("/api/agenda?all=true", Ct)).ReadAsync<AgendaDto>()).Items, i => i.ContactId == zoe);
    }

    [Fact]
    public async Task Life_events_are_managed_through_the_api_and_kept_to_their_owner()
    {
        await using var host = new ApiHost();
        var (api, lea, _) = await WeekAsync(host, "ada@example.com");
        var (_, other) = await host.AccountAsync("eve@example.com");

        var created = await (await api.PostJsonAsync($"/api/contacts/{lea}/life-events", new { kind = "NewJob", occurredOn = "2026-02-27", note = "Head of Sales at Qonto" }))
            .ReadAsync<LifeEventDto>(HttpStatusCode.Created);
        var tooLong = await (await api.PostJsonAsync($"/api/contacts/{lea}/life-events", new { kind = "Move", occurredOn = "2026-02-27", note = new string('x', 1001) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(tooLong.Errors("note"));
        var changed = await (await api.PutJsonAsync($"/api/life-events/{created.Id}", new { kind = "Promotion", occurredOn = "2026-02-28", note = "VP Sales" })).ReadAsync<LifeEventDto>();
        Assert.Equal((LifeEventKind.Promotion, "VP Sales"), (changed.Kind, changed.Note));

        await (await other.GetAsync($"/api/contacts/{lea}/life-events", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.PutJsonAsync($"/api/life-events/{created.Id}", new { kind = "Move", occurredOn = "2026-02-28" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.DeleteAsync($"/api/life-events/{created.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostJsonAsync("/api/agenda/done", new { key = $"followup:{lea:N}" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/contacts/{lea}/tie", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/contacts/{lea}/draft", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await (await other.GetAsync("/api/agenda?all=true", Ct)).ReadAsync<AgendaDto>()).Items);

        var events = await (await api.GetAsync($"/api/contacts/{lea}/life-events", Ct)).ReadAsync<LifeEventDto[]>();
        Assert.Equal("VP Sales", Assert.Single(events).Note);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/life-events/{created.Id}", Ct)).StatusCode);
        Assert.Empty(await (await api.GetAsync($"/api/contacts/{lea}/life-events", Ct)).ReadAsync<LifeEventDto[]>());
    }

    [Fact]
    public async Task The_calendar_feed_needs_only_its_secret_and_a_wrong_or_revoked_one_is_404()
    {
        await using var host = new ApiHost();
        var (api, _, _) = await WeekAsync(host, "ada@example.com");
        var (_, eve) = await host.AccountAsync("eve@example.com");
        var anonymous = host.Client();

        var url = (await (await api.PostAsync("/api/agenda/feed", null, Ct)).ReadAsync<FeedDto>()).Url;
        var path = new Uri(url).AbsolutePath;
        Assert.Matches("^/calendar/alf_[0-9a-f]{48}\\.ics$", path);
        var response = await anonymous.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Léa Martin", await response.Content.ReadAsStringAsync(Ct));

        var eveUrl = (await (await eve.PostAsync("/api/agenda/feed", null, Ct)).ReadAsync<FeedDto>()).Url;
        Assert.DoesNotContain("Léa", await anonymous.GetStringAsync(new Uri(eveUrl).AbsolutePath, Ct));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path.Replace("alf_", "alf_0", StringComparison.Ordinal), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/whatever.ics", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync("/api/agenda/feed", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/agenda", Ct)).StatusCode);
    }
}
