using System.CommandLine;
using Allies.Cli.Shell;
using Allies.Data.Contacts;

namespace Allies.Cli.Commands.Contacts;

/// <summary>`allies contacts archive &lt;contact&gt; [--undo]`</summary>
static class ContactsArchiveCommand
{
    public static Command Create(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var undo = new Option<bool>("--undo") { Description = "Bring an archived contact back." };
        var command = new Command("archive", "Archive a contact: hidden from lists and search, history kept.") { contact, undo };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var restore = parse.GetValue(undo);
            var found = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct, archivedToo: true);
            var io = session.Io;
            if (found.Archived != restore)
            {
                await io.Out.WriteLineAsync($"{found.DisplayName} (id {found.Id}) is {(restore ? "not" : "already")} archived.");
                return ExitCodes.Ok;
            }

            await session.Get<ContactService>().ArchiveAsync(session.Owner.Id, found.Id, archived: !restore, ct);
            await io.Out.WriteLineAsync($"{(restore ? "Restored" : "Archived")} {found.DisplayName} (id {found.Id}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
