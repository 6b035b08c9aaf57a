using System.Net;
using System.Text.Json;
using Allies.Core.Interactions;
using Allies.Web.Api;

namespace Allies.Web.Tests.Api;

public sealed class InteractionsApiTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logging_needs_only_participants_and_kind_and_happens_now_by_default()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace", lastName = "Hopper" });

        var response = await api.PostJsonAsync("/api/interactions", new { participantIds = new[] { grace.Id }, kind = "Coffee" });

        var logged = await response.ReadAsync<InteractionDto>(HttpStatusCode.Created);
        Assert.Equal($"/api/interactions/{logged.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(ApiHost.Start, logged.OccurredAt);
        Assert.Equal(InteractionKind.Coffee, logged.Kind);
        Assert.Equal((Initiator.Unknown, Depth.SmallTalk, InteractionSource.Manual), (logged.InitiatedBy, logged.Depth, logged.Source));
        Assert.Equal(new ParticipantDto(grace.Id, "Grace Hopper"), Assert.Single(logged.Participants));
        Assert.Empty(logged.Exchanges);
    }

    [Fact]
    public async Task Logging_with_several_participants_and_exchanges_returns_them_by_name()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace", lastName = "Hopper" });
        var alan = await api.CreateContactAsync(new { firstName = "Alan", lastName = "Turing" });

        var logged = await api.LogAsync(new
        {
            participantIds = new[] { grace.Id, alan.Id },
            kind = "Lunch",
            occurredAt = "2026-02-27T12:30:00+01:00",
            initiatedBy = "Them",
            summary = "Talked about compilers",
            depth = "Substantive",
            exchanges = new object[]
            {
                new { kind = "Introduction", direction = "IGave", what = "Intro to Katherine", contactId = alan.Id },
                new { kind = "Expertise", direction = "TheyGave", outcome = "Done" },
            },
        });

        var json = JsonDocument.Parse(await api.GetStringAsync($"/api/interactions/{logged.Id}", Ct)).RootElement;
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 11, 30, 0, TimeSpan.Zero), json.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal("Lunch", json.GetProperty("kind").GetString());
        Assert.Equal("Them", json.GetProperty("initiatedBy").GetString());
        Assert.Equal("Substantive", json.GetProperty("depth").GetString());
        Assert.Equal(["Alan Turing", "Grace Hopper"], json.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var exchanges = json.GetProperty("exchanges").EnumerateArray().ToList();
        Assert.Equal(2, exchanges.Count);
        var intro = exchanges.Single(e => e.GetProperty("kind").GetString() == "Introduction");
        Assert.Equal(("IGave", "Intro to Katherine", "Pending", alan.Id), (intro.GetProperty("direction").GetString(), intro.GetProperty("what").GetString(), intro.GetProperty("outcome").GetString(), intro.GetProperty("contactId").GetGuid()));
        var expertise = exchanges.Single(e => e.GetProperty("kind").GetString() == "Expertise");
        Assert.Equal(("TheyGave", "Done", grace.Id), (expertise.GetProperty("direction").GetString(), expertise.GetProperty("outcome").GetString(), expertise.GetProperty("contactId").GetGuid()));
    }

    [Fact]
    public async Task Put_replaces_participants_fields_and_exchanges_and_keeps_the_time_when_left_out()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace" });
        var alan = await api.CreateContactAsync(new { firstName = "Alan" });
        var logged = await api.LogAsync(new
        {
            participantIds = new[] { grace.Id, alan.Id },
            kind = "Call",
            occurredAt = "2026-02-20T08:00:00Z",
            summary = "first",
            exchanges = new[] { new { kind = "Favour", direction = "IAsked" } },
        });
        host.Clock.Advance(TimeSpan.FromDays(1));

        var updated = await (await api.PutJsonAsync($"/api/interactions/{logged.Id}", new
        {
            participantIds = new[] { grace.Id },
            kind = "Meeting",
            summary = "second",
            exchanges = new[] { new { kind = "Information", direction = "TheyGave", what = "a paper" } },
        })).ReadAsync<InteractionDto>();

        Assert.Equal(new DateTimeOffset(2026, 2, 20, 8, 0, 0, TimeSpan.Zero), updated.OccurredAt);
        Assert.Equal((InteractionKind.Meeting, "second"), (updated.Kind, updated.Summary));
        Assert.Equal(grace.Id, Assert.Single(updated.Participants).ContactId);
        var exchange = Assert.Single(updated.Exchanges);
        Assert.Equal((ExchangeKind.Information, ExchangeDirection.TheyGave, "a paper", grace.Id), (exchange.Kind, exchange.Direction, exchange.What, exchange.ContactId));
        var stored = await (await api.GetAsync($"/api/interactions/{logged.Id}", Ct)).ReadAsync<InteractionDto>();
        Assert.Equal(updated.Summary, stored.Summary);
        Assert.Equal(exchange.Id, Assert.Single(stored.Exchanges).Id);
    }

    [Fact]
    public async Task Delete_answers_204_and_the_interaction_is_gone()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace" });
        var logged = await api.LogAsync(new { participantIds = new[] { grace.Id }, kind = "Email" });

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/interactions/{logged.Id}", Ct)).StatusCode);

        var problem = await (await api.GetAsync($"/api/interactions/{logged.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Interaction not found.", problem.GetProperty("title").GetString());
        await (await api.DeleteAsync($"/api/interactions/{logged.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_filters_by_contact_kind_text_and_dates_newest_first_and_pages()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace" });
        var alan = await api.CreateContactAsync(new { firstName = "Alan" });
        await api.LogAsync(new { participantIds = new[] { grace.Id }, kind = "Coffee", occurredAt = "2026-01-10T09:00:00Z", summary = "Compilers and COBOL" });
        await api.LogAsync(new { participantIds = new[] { alan.Id }, kind = "Call", occurredAt = "2026-02-10T09:00:00Z", summary = "Enigma" });
        await api.LogAsync(new { participantIds = new[] { grace.Id, alan.Id }, kind = "Coffee", occurredAt = "2026-03-01T09:00:00Z", summary = "compilers again" });

        Assert.Equal(["compilers again", "Enigma", "Compilers and COBOL"], Summaries(await api.PageAsync<InteractionDto>("/api/interactions")));
        Assert.Equal(["compilers again", "Compilers and COBOL"], Summaries(await api.PageAsync<InteractionDto>($"/api/interactions?contactId={grace.Id}")));
        Assert.Equal(["Enigma"], Summaries(await api.PageAsync<InteractionDto>("/api/interactions?kind=Call")));
        Assert.Equal(["compilers again", "Compilers and COBOL"], Summaries(await api.PageAsync<InteractionDto>("/api/interactions?search=COMPILERS")));
        Assert.Equal(["Enigma"], Summaries(await api.PageAsync<InteractionDto>("/api/interactions?from=2026-02-01T00:00:00Z&to=2026-03-01T09:00:00Z")));

        var second = await api.PageAsync<InteractionDto>("/api/interactions?page=2&pageSize=2");
        Assert.Equal((3, 2, 2), (second.Total, second.Page, second.PageSize));
        Assert.Equal(["Compilers and COBOL"], Summaries(second));
    }

    [Fact]
    public async Task A_contact_shows_its_last_interaction_in_the_contacts_list()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var grace = await api.CreateContactAsync(new { firstName = "Grace" });
        await api.LogAsync(new { participantIds = new[] { grace.Id }, kind = "Coffee", occurredAt = "2026-01-10T09:00:00Z" });

        var row = Assert.Single((await api.PageAsync<ContactListItem>("/api/contacts")).Items);

        Assert.Equal(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero), row.LastInteractionAt);
    }

    static string?[] Summaries(PageDto<InteractionDto> page) => [.. page.Items.Select(i => i.Summary)];
}
