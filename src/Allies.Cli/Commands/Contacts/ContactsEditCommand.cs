using System.CommandLine;
using Allies.Cli.Input;
using Allies.Cli.Shell;
using Allies.Data.Contacts;

namespace Allies.Cli.Commands.Contacts;

/// <summary>`allies contacts edit &lt;contact&gt; [options of add]`: only the options given change; an empty value clears a field.</summary>
static class ContactsEditCommand
{
    static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal) { ["FirstName"] = "--first-name", ["LastName"] = "--last-name" };

    public static Command Create(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var firstName = new Option<string?>("--first-name") { Description = "New first name.", HelpName = "text" };
        var lastName = new Option<string?>("--last-name") { Description = "New last name.", HelpName = "text" };
        var fields = new ContactFields();
        var command = new Command("edit", "Change a contact: only the options given change; an empty value (\"\") clears a field, a repeated option (--email, --tag…) replaces the whole list.")
        {
            contact, firstName, lastName,
        };
        fields.AddTo(command);
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            if (!parse.Given(firstName) && !parse.Given(lastName) && !fields.AnyGiven(parse))
            {
                throw new CliError("Nothing to change: give at least one option, e.g. --company Acme (see `allies contacts edit --help`).", ExitCodes.Usage);
            }

            var owner = session.Owner;
            var found = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct, archivedToo: true);
            var contacts = session.Get<ContactService>();
            var current = await contacts.GetAsync(owner.Id, found.Id, ct);
            Guid? introducedBy = parse.GetValue(fields.IntroducedBy) is { Length: > 0 } by
                ? (await ContactResolver.ResolveAsync(session, by, ct)).Id
                : null;
            var input = current.ToInput();
            input = parse.Given(firstName) ? input with { FirstName = parse.GetValue(firstName) } : input;
            input = parse.Given(lastName) ? input with { LastName = parse.GetValue(lastName) } : input;
            input = fields.Apply(parse, input, introducedBy);
            var saved = await contacts.UpdateAsync(owner.Id, current.Id, input, ct);
            await session.Io.Out.WriteLineAsync($"Updated {saved.DisplayName} (id {saved.Id}).");
            return ExitCodes.Ok;
        }, fieldNames: Renamed);
        return command;
    }
}
