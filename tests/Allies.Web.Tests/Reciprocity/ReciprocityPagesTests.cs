using System.Net;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Allies.Data.Contacts;
using Allies.Data.Interactions;
using Allies.Data.Reciprocity;
using Allies.Web.Tests.Infrastructure;
using Allies.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Reciprocity;

public sealed class ReciprocityPagesTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_promise_due_before_today_is_refused_on_the_page_and_bad_rules_are_named()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");
        var owner = await session.OwnerOfAsync("ada@example.com");
        await factory.WithServicesAsync(sp => sp.GetRequiredService<ContactService>().CreateAsync(owner, new() { FirstName = "Grace", LastName = "Hopper" }, Ct));

        var refused = await session.SubmitAsync("/promises", "#promise-form", ("Input.Person", "Grace Hopper"), ("Input.What", "Send the deck"), ("Input.DueOn", "2001-01-01"));
        Assert.Contains("cannot be due before it was made", refused.ErrorFor("Input_DueOn"), StringComparison.Ordinal);
        var nobody = await session.SubmitAsync("/promises", "#promise-form", ("Input.Person", "Nobody Here"), ("Input.What", "x"));
        Assert.NotEmpty(nobody.ErrorFor("Input_Person"));
        Assert.Empty(await factory.WithServicesAsync(sp => sp.GetRequiredService<PromiseService>().ListAsync(owner, new(), Ct)));

        var rules = await session.SubmitAsync("/settings/reciprocity", "#reciprocity-settings", ("Input.MinExchanges", "1"), ("Input.WindowMonths", "24"));
        Assert.Contains("2 and 50", rules.ErrorFor("Input_MinExchanges"), StringComparison.Ordinal);
        Assert.Contains("3 and 12", rules.ErrorFor("Input_WindowMonths"), StringComparison.Ordinal);
        var saved = await session.SubmitAsync("/settings/reciprocity", "#reciprocity-settings", ("Input.WindowMonths", "9"));
        Assert.Equal("9", saved.Value("#Input_WindowMonths"));
        Assert.NotEmpty(saved.Text("#recip-saved"));
    }

    [Fact]
    public async Task Account_B_cannot_mark_As_promises_or_change_As_exchanges_from_the_pages()
    {
        await using var factory = new AlliesWebFactory();
        var ownerA = await factory.CreateAccountAsync("a@example.com");
        var (contact, exchange, interaction, promise) = await factory.WithServicesAsync(async sp =>
        {
            var c = await sp.GetRequiredService<ContactService>().CreateAsync(ownerA, new() { FirstName = "Secret", LastName = "Source" }, Ct);
            var i = await sp.GetRequiredService<InteractionService>().LogAsync(ownerA, new InteractionInput
            {
                ParticipantIds = [c.Id],
                Kind = InteractionKind.Message,
                InitiatedBy = Initiator.Me,
                Exchanges = [new ExchangeInput(ExchangeKind.Favour, ExchangeDirection.IAsked)],
            }, Ct);
            var p = await sp.GetRequiredService<PromiseService>().AddAsync(ownerA, new PromiseInput { ContactId = c.Id, PromisedBy = PromisedBy.Them, What = "Parking garage" }, Ct);
            return (c, i.Exchanges[0], i, p);
        });
        var b = new PageSession(factory, followRedirects: false);
        await b.RegisterAsync("b@example.com");
        var token = (await b.GetAsync("/promises")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        async Task<HttpStatusCode> PostAsync(string url, params (string, string)[] fields)
        {
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);
            return (await b.Client.PostAsync(url, content, Ct)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.NotFound, await PostAsync("/promises?handler=Status", ("id", promise.Id.ToString()), ("status", "Broken")));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync($"/exchanges/{exchange.Id}", ("Outcome", "Declined")));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync($"/interactions/{interaction.Id}/reply", ("Reply", "Declined")));
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/exchanges/{exchange.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/promises?contact={contact.Id}")).Status);
        var dashboard = await b.GetAsync("/");
        var promises = await b.GetAsync("/promises");
        var archetypes = await b.GetAsync("/archetypes");
        Assert.DoesNotContain("Parking garage", dashboard.Html + promises.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", archetypes.Html, StringComparison.Ordinal);

        var still = await factory.WithServicesAsync(async sp => (
            (await sp.GetRequiredService<PromiseService>().FindAsync(ownerA, promise.Id, Ct))!.Status,
            (await sp.GetRequiredService<ExchangeService>().FindAsync(ownerA, exchange.Id, Ct))!.Exchange.Outcome,
            (await sp.GetRequiredService<InteractionService>().FindAsync(ownerA, interaction.Id, Ct))!.Reply));
        Assert.Equal((PromiseStatus.Open, ExchangeOutcome.Pending, (ReplyStatus?)null), still);
    }
}
