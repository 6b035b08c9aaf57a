using System.CommandLine;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Data.Contacts;
using Allies.Data.Interactions;

namespace Allies.Cli.Commands.Contacts;

/// <summary>`allies contacts show &lt;contact&gt; [--json]`: every field and the latest interactions.</summary>
static class ContactsShowCommand
{
    const int Recent = 10;

    public static Command Create(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var json = Json.Flag();
        var command = new Command("show", $"Show a contact: every field and the {Recent} latest interactions.") { contact, json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var owner = session.Owner;
            var found = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct, archivedToo: true);
            var contacts = session.Get<ContactService>();
            var full = await contacts.GetAsync(owner.Id, found.Id, ct);
            IntroducedBy? introducedBy = full.IntroducedById is { } byId && await contacts.FindAsync(owner.Id, byId, ct) is { } by
                ? new(by.Id, by.DisplayName)
                : null;
            var recent = await session.Get<InteractionService>().ListAsync(owner.Id, new InteractionQuery { ContactId = full.Id, PageSize = Recent }, ct);
            var card = ContactCard.From(full, introducedBy, recent.Items, owner);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, card);
                return ExitCodes.Ok;
            }

            var io = session.Io;
            await io.Out.WriteLineAsync(card.DisplayName + (card.ArchivedAt is null ? "" : " (archived)"));
            io.Console.Write(Tables.Fields(card.Fields(owner)));
            if (card.RecentInteractions.Count == 0)
            {
                await io.Out.WriteLineAsync($"No interactions yet: log one with `allies log \"{card.DisplayName}\" coffee`.");
                return ExitCodes.Ok;
            }

            await io.Out.WriteLineAsync(recent.Total > Recent ? $"Latest {Recent} of {recent.Total} interactions:" : "Interactions:");
            var table = Tables.Create("When", "Kind", "With", "Note");
            foreach (var i in card.RecentInteractions)
            {
                table.Row(owner.Show(i.OccurredAt), Choices.Name(i.Kind), string.Join(", ", i.Participants.Select(p => p.Name)), i.Summary);
            }

            io.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
