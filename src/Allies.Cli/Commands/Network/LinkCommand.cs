using System.CommandLine;
using System.Globalization;
using Allies.Cli.Commands.Contacts;
using Allies.Cli.Input;
using Allies.Cli.Shell;
using Allies.Core.Network;
using Allies.Data.Network;

namespace Allies.Cli.Commands.Network;

/// <summary>`allies link &lt;contact&gt; &lt;other-contact&gt; [--kind] [--strength]` and `allies unlink …`: who knows whom, by hand.</summary>
static class LinkCommand
{
    public static Command Link(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var other = ContactsCommand.ContactArgument("other-contact");
        var kind = Parsers.Choice<LinkKind>("--kind", "What ties them (default knows)");
        var strength = new Option<double?>("--strength")
        {
            Description = "How close they are, above 0 and at most 1 (default by kind: family 0.8, friend 0.7, colleague 0.6, else 0.5).",
            HelpName = "0-1",
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 1)
                {
                    return s;
                }

                r.AddError($"--strength: '{text}' is not a number above 0 and at most 1.");
                return null;
            },
        };
        var command = new Command("link", "Say that two of your contacts know each other.") { contact, other, kind, strength };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var a = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct);
            var b = await ContactResolver.ResolveAsync(session, parse.GetValue(other), ct);
            var view = await session.Get<NetworkService>().LinkAsync(session.Owner.Id, a.Id, b.Id, parse.GetValue(kind) ?? LinkKind.Knows, parse.GetValue(strength), ct);
            await session.Io.Out.WriteLineAsync(
                $"Linked {a.DisplayName} and {b.DisplayName} ({Choices.Name(view.Kind)}, strength {view.Strength.ToString("0.00", CultureInfo.InvariantCulture)}).");
            return ExitCodes.Ok;
        }, fieldNames: new Dictionary<string, string> { ["OtherContactId"] = "<other-contact>", ["Strength"] = "--strength" });
        return command;
    }

    public static Command Unlink(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var other = ContactsCommand.ContactArgument("other-contact");
        var command = new Command("unlink", "Say that two of your contacts do not know each other: the tie leaves the map.") { contact, other };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var a = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct);
            var b = await ContactResolver.ResolveAsync(session, parse.GetValue(other), ct);
            var existed = await session.Get<NetworkService>().UnlinkAsync(session.Owner.Id, a.Id, b.Id, ct);
            await session.Io.Out.WriteLineAsync(existed
                ? $"Unlinked {a.DisplayName} and {b.DisplayName}."
                : $"{a.DisplayName} and {b.DisplayName} were not linked; they stay apart.");
            return ExitCodes.Ok;
        }, fieldNames: new Dictionary<string, string> { ["OtherContactId"] = "<other-contact>" });
        return command;
    }
}
