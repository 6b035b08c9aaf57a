using System.CommandLine;
using Allies.Cli.Input;
using Allies.Cli.Shell;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;

namespace Allies.Cli.Commands.Reciprocity;

/// <summary>
/// `--gave intro:"to Bob" --they-asked advice:pricing --asked … --they-gave …`: exchanges typed as kind[:what], a kind by
/// its name or a short alias (see <see cref="Aliases"/>). An unknown kind is refused with exit 1, naming the option and
/// the kinds allowed.
/// </summary>
sealed class ExchangeOptions
{
    /// <summary>Short names people type for the seven kinds (also documented in src/Allies.Cli/README.md).</summary>
    public static readonly IReadOnlyDictionary<string, ExchangeKind> Aliases = new Dictionary<string, ExchangeKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["intro"] = ExchangeKind.Introduction,
        ["info"] = ExchangeKind.Information,
        ["tip"] = ExchangeKind.Information,
        ["advice"] = ExchangeKind.Expertise,
        ["review"] = ExchangeKind.Expertise,
        ["shoutout"] = ExchangeKind.Visibility,
        ["share"] = ExchangeKind.Visibility,
        ["help"] = ExchangeKind.Support,
        ["tool"] = ExchangeKind.Resource,
        ["favor"] = ExchangeKind.Favour,
    };

    readonly (Option<string[]> Option, ExchangeDirection Direction)[] _options =
    [
        (new Option<string[]>("--gave") { Description = "Something you gave: kind[:what], e.g. intro:\"to Bob\"; repeat for several.", HelpName = "kind:what" }, ExchangeDirection.IGave),
        (new Option<string[]>("--they-gave") { Description = "Something they gave you: kind[:what].", HelpName = "kind:what" }, ExchangeDirection.TheyGave),
        (new Option<string[]>("--asked") { Description = "Something you asked of them: kind[:what].", HelpName = "kind:what" }, ExchangeDirection.IAsked),
        (new Option<string[]>("--they-asked") { Description = "Something they asked of you: kind[:what], e.g. advice:pricing.", HelpName = "kind:what" }, ExchangeDirection.TheyAsked),
    ];

    readonly Option<bool> _probe = new("--probe") { Description = "What you gave or asked here was a small probe, to see what they do with it." };

    public static string KindsHelp => $"{Choices.List<ExchangeKind>()} (aliases: {string.Join(", ", Aliases.Select(a => $"{a.Key}={Choices.Name(a.Value)}"))})";

    public void AddTo(Command command)
    {
        foreach (var (option, _) in _options)
        {
            command.Add(option);
        }

        command.Add(_probe);
    }

    /// <summary>The exchanges typed, in the order of the options; <see cref="CliError"/> (exit 1) on an unknown kind.</summary>
    public IReadOnlyList<ExchangeInput> Read(ParseResult parse)
    {
        var probe = parse.GetValue(_probe);
        var list = new List<ExchangeInput>();
        foreach (var (option, direction) in _options)
        {
            foreach (var text in parse.GetValue(option) ?? [])
            {
                var (kind, what) = Parse(option.Name, text);
                list.Add(new ExchangeInput(kind, direction, what, IsProbe: probe && ExchangeSides.CanBeProbe(direction)));
            }
        }

        return list;
    }

    public static (ExchangeKind Kind, string? What) Parse(string option, string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var kindText = (colon < 0 ? text : text[..colon]).Trim();
        var what = colon < 0 ? null : text[(colon + 1)..].Trim();
        return (Kind(option, kindText), string.IsNullOrEmpty(what) ? null : what);
    }

    public static ExchangeKind Kind(string option, string text)
    {
        if (Aliases.TryGetValue(text, out var aliased))
        {
            return aliased;
        }

        if (text.Length > 0 && Choices.TryParse<ExchangeKind>(text, out var kind))
        {
            return kind;
        }

        throw new CliError($"{option}: '{text}' is not a kind of exchange: use {KindsHelp}.");
    }

    /// <summary>A direction as the options spell it: gave, they-gave, asked, they-asked.</summary>
    public static string Name(ExchangeDirection direction) => direction switch
    {
        ExchangeDirection.IGave => "gave",
        ExchangeDirection.TheyGave => "they-gave",
        ExchangeDirection.IAsked => "asked",
        _ => "they-asked",
    };

    public static T Enum<T>(string argument, string text, params T[] only) where T : struct, System.Enum
    {
        if (Choices.TryParse<T>(text, out var value) && (only.Length == 0 || only.Contains(value)))
        {
            return value;
        }

        throw new CliError($"{argument}: '{text}' is not one of: {Choices.List(only)}.");
    }
}
