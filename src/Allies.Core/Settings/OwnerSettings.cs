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
    /// <summary>Archetype rules (docs/reciprocity.md): share in % that makes a taker or a giver.</summary>
    public int ArchetypeSharePercent { get; set; } = Reciprocity.ReciprocityRules.DefaultSharePercent;
    /// <summary>Exchanges needed before any verdict.</summary>
    public int ArchetypeMinExchanges { get; set; } = Reciprocity.ReciprocityRules.DefaultMinExchanges;
    /// <summary>Distinct weeks those exchanges must be spread over.</summary>
    public int ArchetypeMinWeeks { get; set; } = Reciprocity.ReciprocityRules.DefaultMinWeeks;

    /// <summary>The archetype and ledger rules these settings choose.</summary>
    public Reciprocity.ReciprocityRules ReciprocityRules() => new()
    {
        SharePercent = ArchetypeSharePercent,
        MinExchanges = ArchetypeMinExchanges,
        MinWeeks = ArchetypeMinWeeks,
        WindowMonths = ReciprocityWindowMonths,
    };
    /// <summary>The owner's own email addresses, to tell direction in imported mail.</summary>
    public List<string> OwnEmails { get; set; } = [];

    public static readonly string[] SupportedLanguages = ["en", "fr"];
}

public enum RitualMode { Weekly, DailyFifteenMinutes }
