using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Allies.Cli.Input;

/// <summary>Options and arguments that read dates, numbers, ids and choices, each refusing bad input with one line naming the option.</summary>
static class Parsers
{
    public const string DayFormat = "YYYY-MM-DD, e.g. 1990-05-17";

    public static Option<DateOnly?> Day(string name, string description) => new(name)
    {
        Description = $"{description} ({DayFormat}).",
        HelpName = "YYYY-MM-DD",
        CustomParser = r => ParseDay(r, name),
    };

    public static Option<When?> Moment(string name, string description) => new(name)
    {
        Description = $"{description} ({When.Formats}; in your time zone).",
        HelpName = "when",
        CustomParser = r =>
        {
            var text = r.Tokens[0].Value;
            var when = When.TryParse(text);
            if (when is null)
            {
                r.AddError($"{name}: '{text}' is not a date or time: use {When.Formats}.");
            }

            return when;
        },
    };

    public static Option<int?> Number(string name, string description, int min, int max) => new(name)
    {
        Description = description,
        HelpName = "n",
        CustomParser = r =>
        {
            var text = r.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            r.AddError($"{name}: '{text}' is not a whole number from {min} to {max}.");
            return null;
        },
    };

    /// <param name="only">The values offered, when not all of the enum's make sense here.</param>
    public static Option<TEnum?> Choice<TEnum>(string name, string description, params TEnum[] only) where TEnum : struct, Enum => new(name)
    {
        Description = $"{description}: {Choices.List(only)}.",
        HelpName = Choices.HelpName(only),
        CustomParser = r => ParseChoice(r, name, only),
    };

    public static Argument<TEnum> ChoiceArgument<TEnum>(string name, string description) where TEnum : struct, Enum => new(name)
    {
        Description = $"{description}: {Choices.List<TEnum>()}.",
        CustomParser = r => ParseChoice<TEnum>(r, name) ?? default,
    };

    public static Argument<Guid> Id(string name, string description, string what, string listCommand) => new(name)
    {
        Description = description,
        CustomParser = r =>
        {
            var text = r.Tokens[0].Value;
            if (Guid.TryParse(text, out var id))
            {
                return id;
            }

            r.AddError($"{name}: '{text}' is not {what} id (see `{listCommand}`).");
            return Guid.Empty;
        },
    };

    static DateOnly? ParseDay(ArgumentResult r, string name)
    {
        var text = r.Tokens[0].Value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        r.AddError($"{name}: '{text}' is not a date: use {DayFormat}.");
        return null;
    }

    static TEnum? ParseChoice<TEnum>(ArgumentResult r, string name, params TEnum[] only) where TEnum : struct, Enum
    {
        var text = r.Tokens[0].Value;
        if (Choices.TryParse<TEnum>(text, out var value) && (only.Length == 0 || only.Contains(value)))
        {
            return value;
        }

        r.AddError($"{name}: '{text}' is not one of: {Choices.List(only)}.");
        return null;
    }

    /// <summary>True when the option was typed on the command line (for edit: only the options given change).</summary>
    public static bool Given(this ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
