using System.CommandLine;
using System.Globalization;
using Allies.Cli.Commands.Contacts;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Core.Reciprocity;
using Allies.Data.Reciprocity;

namespace Allies.Cli.Commands.Reciprocity;

/// <summary>`allies ledger &lt;contact&gt; [--json]`: what passed each way over the reciprocity window, and what it says.</summary>
static class LedgerCommand
{
    public static Command Create(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var json = Json.Flag();
        var command = new Command("ledger", "What you gave and asked, what they gave and asked, over the reciprocity window: balance, archetype with its evidence, promises, answers.")
        {
            contact, json,
        };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var owner = session.Owner;
            var found = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct, archivedToo: true);
            var view = await session.Get<ReciprocityService>().LedgerAsync(owner.Id, found.Id, ct);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, LedgerJson.From(view));
                return ExitCodes.Ok;
            }

            var l = view.Ledger;
            var io = session.Io;
            var c = CultureInfo.InvariantCulture;
            await io.Out.WriteLineAsync($"{view.Name}: {view.SentenceEn}");
            var verdict = l.Archetype.Verdict;
            var trend = l.Archetype.Trend.Changed ? $" ({Name(l.Archetype.Trend.Previous.Archetype)} last quarter)" : "";
            io.Console.Write(Tables.Fields(
            [
                ("Archetype", string.Create(c, $"{Name(verdict.Archetype)}{trend}, confidence {verdict.Confidence:0.00}")),
                ("Balance", string.Create(c, $"{l.Balance:+0;-0;0} (you gave {l.TimesIGave}, they gave {l.TimesTheyGave})")),
                ("Given by kind", Kinds(l.GivenByKind)),
                ("Received by kind", Kinds(l.ReceivedByKind)),
                ("Your asks", Asks(l.MyAsks)),
                ("Their asks", Asks(l.TheirAsks)),
                ("Last gave", l.LastGivenAt is { } at ? owner.Show(at) : "never — before you ask, give"),
                ("Their promises", Promises(l.TheirPromises)),
                ("Your promises", Promises(l.MyPromises)),
                ("Probes", l.Probes.Total == 0 ? null : string.Create(c, $"{l.Probes.Total}: {l.Probes.Amplified} amplified, {l.Probes.Taken} taken, {l.Probes.Ignored} ignored")),
                ("Answers", Answers(l.Responsiveness)),
            ]));
            if (l.Archetype.Evidence.Count > 0)
            {
                await io.Out.WriteLineAsync("Evidence:");
                var table = Tables.Create("When", "Direction", "Kind", "What", "Outcome", "Exchange id");
                foreach (var e in l.Archetype.Evidence)
                {
                    table.Row(owner.Show(e.OccurredAt), ExchangeOptions.Name(e.Direction) + (e.IsProbe ? " (probe)" : ""), Choices.Name(e.Kind), e.What, Choices.Name(e.Outcome), e.Id.ToString());
                }

                io.Console.Write(table);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static string Name(Archetype a) => a == Archetype.NotEnoughData ? "not enough data" : Choices.Name(a);

    static string? Kinds(IReadOnlyDictionary<Core.Interactions.ExchangeKind, int> byKind) =>
        byKind.Count == 0 ? "nothing" : string.Join(", ", byKind.Select(k => $"{Choices.Name(k.Key)} {k.Value.ToString(CultureInfo.InvariantCulture)}"));

    static string Asks(AskCounts a) => a.Total == 0 ? "none" : string.Create(CultureInfo.InvariantCulture,
        $"{a.Total}: {a.Done} done, {a.Declined} declined, {a.Ignored} ignored, {a.Pending} pending{(a.Amplified > 0 ? $", {a.Amplified} amplified" : "")}");

    static string Promises(PromiseCounts p) => string.Create(CultureInfo.InvariantCulture,
        $"{p.Kept} kept, {p.Broken} broken, {p.Open} open{(p.KeptRatio is { } r ? $" — {r:P0} kept" : "")}");

    static string? Answers(ResponsivenessSummary r)
    {
        if (r.Started == 0)
        {
            return null;
        }

        var median = r.MedianHours is { } h ? string.Create(CultureInfo.InvariantCulture, $"; median answer {h:0.#} h") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{r.Started} started by you: {r.Answered} answered, {r.Accepted} accepted, {r.Declined} declined, {r.Unanswered} unanswered, {r.Waiting} waiting{median}");
    }
}

/// <summary>The --json shape of the ledger (the same fields as GET /api/contacts/{id}/ledger).</summary>
sealed record LedgerJson(Guid ContactId, string Name, Ledger Ledger, string SentenceEn, string SentenceFr)
{
    public static LedgerJson From(LedgerView v) => new(v.ContactId, v.Name, v.Ledger, v.SentenceEn, v.SentenceFr);
}
