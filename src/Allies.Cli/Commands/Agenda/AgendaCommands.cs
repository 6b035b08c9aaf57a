using System.CommandLine;
using System.Globalization;
using Allies.Cli.Shell;

namespace Allies.Cli.Commands.Agenda;

/// <summary>The keep-in-touch commands: agenda (with done, snooze, skip), draft, tie and life.</summary>
static class AgendaCommands
{
    public static IEnumerable<Command> Create(CliApp app) =>
        [AgendaCommand.Create(app), DraftCommand.Create(app), TieCommand.Create(app), LifeCommand.Create(app)];

    public static Option<string?> Lang() => new("--lang")
    {
        Description = "Language of the texts: fr or en (default: your account's language).",
        HelpName = "fr|en",
        CustomParser = r =>
        {
            var text = r.Tokens[0].Value.Trim().ToLowerInvariant();
            if (text is "fr" or "en")
            {
                return text;
            }

            r.AddError($"--lang: '{r.Tokens[0].Value}' is not one of: fr, en.");
            return null;
        },
    };

    public static Argument<DateOnly> DayArgument(string name, string description) => new(name)
    {
        Description = $"{description} (YYYY-MM-DD).",
        CustomParser = r =>
        {
            var text = r.Tokens[0].Value.Trim();
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            r.AddError($"{name}: '{text}' is not a date: use YYYY-MM-DD.");
            return default;
        },
    };

    public static async Task<string> LanguageAsync(Session session, string? lang, CancellationToken ct) =>
        lang ?? (await session.Get<Data.Settings.SettingsService>().GetAsync(session.Owner.Id, ct)).Language;
}
