namespace Allies.Core.Reciprocity;

/// <summary>
/// The thresholds of the giver / taker / matcher rules (see docs/reciprocity.md). The defaults follow seed 000: judge over
/// three to six months, on about 80 % of what passes being about one side, never on one exchange.
/// </summary>
public sealed record ReciprocityRules
{
    public const int DefaultSharePercent = 80;
    public const int DefaultMinExchanges = 4;
    public const int DefaultMinWeeks = 3;
    public const int DefaultWindowMonths = 6;

    /// <summary>Share (in %) of what passes between you that must be about one side's needs for taker or giver.</summary>
    public int SharePercent { get; init; } = DefaultSharePercent;

    /// <summary>Exchanges (on the side that decides) needed before any verdict; at least 2, so one exchange never decides.</summary>
    public int MinExchanges { get; init; } = DefaultMinExchanges;

    /// <summary>Distinct weeks those exchanges must be spread over.</summary>
    public int MinWeeks { get; init; } = DefaultMinWeeks;

    /// <summary>The window the verdict looks at, in months (3 to 12).</summary>
    public int WindowMonths { get; init; } = DefaultWindowMonths;

    /// <summary>How long a proposal of mine waits for an answer before it counts as unanswered.</summary>
    public int AnswerDays { get; init; } = 14;

    public static readonly ReciprocityRules Default = new();

    public double Share => SharePercent / 100.0;

    /// <summary>Where the window starts for a verdict as of <paramref name="now"/>.</summary>
    public DateTimeOffset WindowStart(DateTimeOffset now) => now.AddMonths(-WindowMonths);

    /// <summary>The same rules one quarter earlier give the trend ("matcher last quarter, taker now").</summary>
    public static DateTimeOffset QuarterBefore(DateTimeOffset now) => now.AddMonths(-3);

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (SharePercent is < 55 or > 100)
        {
            errors.Add(new("ArchetypeSharePercent", "out_of_range", "The share that makes a taker or a giver must be between 55 and 100 %."));
        }

        if (MinExchanges is < 2 or > 50)
        {
            errors.Add(new("ArchetypeMinExchanges", "out_of_range", "The minimum number of exchanges must be between 2 and 50 (one exchange never decides)."));
        }

        if (MinWeeks is < 1 or > 26)
        {
            errors.Add(new("ArchetypeMinWeeks", "out_of_range", "The minimum number of distinct weeks must be between 1 and 26."));
        }

        if (WindowMonths is < 3 or > 12)
        {
            errors.Add(new("ReciprocityWindowMonths", "out_of_range", "The reciprocity window must be between 3 and 12 months."));
        }

        return errors;
    }
}
