using System.CommandLine;
using Allies.Cli.Shell;
using Allies.Core.Contacts;
using Allies.Data.Contacts;

namespace Allies.Cli.Commands.Contacts;

/// <summary>`allies contacts add &lt;first&gt; [last] [--email …] …`</summary>
static class ContactsAddCommand
{
    public static Command Create(CliApp app)
    {
        var first = new Argument<string>("first") { Description = "First name (give \"\" when you only know the last name)." };
        var last = new Argument<string?>("last") { Description = "Last name.", Arity = ArgumentArity.ZeroOrOne };
        var fields = new ContactFields();
        var command = new Command("add", "Add a contact. Only a name is required.") { first, last };
        fields.AddTo(command);
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            Guid? introducedBy = parse.GetValue(fields.IntroducedBy) is { Length: > 0 } by
                ? (await ContactResolver.ResolveAsync(session, by, ct)).Id
                : null;
            var input = fields.Apply(parse, new ContactInput { FirstName = parse.GetValue(first), LastName = parse.GetValue(last) }, introducedBy);
            var contact = await session.Get<ContactService>().CreateAsync(session.Owner.Id, input, ct);
            await session.Io.Out.WriteLineAsync($"Added {contact.DisplayName} (id {contact.Id}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
