namespace Allies.Core.Settings;

/// <summary>Per-account preferences.</summary>
public sealed class OwnerSettings : IOwned
{
    public Guid OwnerId { get; set; }
    public string Language { get; set; } = "en";
    public string TimeZone { get; set; } = "Europe/Paris";
    public int RitualPerWeek { get; set; } = 3;
    public RitualMode RitualMode { get; set; } = RitualMode.Weekly;
    public int CloseCadenceDays { get; set; } = 14;
    public int ExtendedCadenceDays { get; set; } = 42;
    public int WeakCadenceDays { get; set; } = 90;
    public int ReciprocityWindowMonths { get; set; } = 6;
    /// <summary>The owner's own email addresses, to tell direction in imported mail.</summary>
    public List<string> OwnEmails { get; set; } = [];

    public static readonly string[] SupportedLanguages = ["en", "fr"];
}

public enum RitualMode { Weekly, DailyFifteenMinutes }
