using System.CommandLine;
using Allies.Cli.Shell;

namespace Allies.Cli.Commands.Contacts;

static class ContactsCommand
{
    public static Command Create(CliApp app)
    {
        var command = new Command("contacts", "Add, find, show, edit and archive the people in your network.");
        command.Aliases.Add("contact");
        command.Add(ContactsAddCommand.Create(app));
        command.Add(ContactsListCommand.Create(app));
        command.Add(ContactsShowCommand.Create(app));
        command.Add(ContactsEditCommand.Create(app));
        command.Add(ContactsArchiveCommand.Create(app));
        CliApp.ShowHelpWhenBare(command);
        return command;
    }

    /// <summary>The &lt;contact&gt; argument every command that names one person takes.</summary>
    public static Argument<string> ContactArgument(string name = "contact") =>
        new(name) { Description = "A name (or part of one), an email or an id." };
}
