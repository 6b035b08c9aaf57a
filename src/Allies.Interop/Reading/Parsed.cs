namespace Allies.Interop.Reading;

/// <summary>
/// One step of a streaming parser: either a record or a problem. A record may be preceded by problems about
/// parts of it that were dropped (a bad date), so the caller always sees what was kept and what was not.
/// </summary>
public readonly record struct Parsed<T>(T? Record, ImportProblem? Problem)
    where T : class
{
    public static Parsed<T> Of(T record) => new(record, null);

    public static Parsed<T> Fail(ImportProblem problem) => new(null, problem);
}

/// <summary>Everything a parser found in one input, for callers that want it all at once (small files, tests).</summary>
public sealed record ParseResult<T>(IReadOnlyList<T> Records, IReadOnlyList<ImportProblem> Problems)
    where T : class;

public static class ParsedExtensions
{
    /// <summary>Drains a streaming parser into records and problems.</summary>
    public static ParseResult<T> Collect<T>(this IEnumerable<Parsed<T>> items)
        where T : class
    {
        var records = new List<T>();
        var problems = new List<ImportProblem>();
        foreach (var item in items)
        {
            if (item.Record is { } record)
            {
                records.Add(record);
            }

            if (item.Problem is { } problem)
            {
                problems.Add(problem);
            }
        }

        return new(records, problems);
    }
}
