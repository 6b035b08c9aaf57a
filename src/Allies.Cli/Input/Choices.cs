using Allies.Cli.Shell;

namespace Allies.Cli.Input;

/// <summary>Enum values as people type them: "small-talk", "voice-note", case and dashes ignored.</summary>
static class Choices
{
    // Brand names read better in one word.
    static readonly Dictionary<string, string> Spelling = new(StringComparer.Ordinal) { ["LinkedIn"] = "linkedin", ["LinkedInMessages"] = "linkedin-messages" };

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return Spelling.TryGetValue(name, out var spelled) ? spelled : FieldNames.Kebab(name);
    }

    public static string List<TEnum>(params TEnum[] only) where TEnum : struct, Enum => string.Join(", ", Values(only).Select(Name));

    public static string HelpName<TEnum>(params TEnum[] only) where TEnum : struct, Enum => string.Join('|', Values(only).Select(Name));

    static TEnum[] Values<TEnum>(TEnum[] only) where TEnum : struct, Enum => only.Length > 0 ? only : Enum.GetValues<TEnum>();

    public static bool TryParse<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        var squeezed = text.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), squeezed, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
