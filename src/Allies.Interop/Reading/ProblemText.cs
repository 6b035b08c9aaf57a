using System.Globalization;
using System.Text.RegularExpressions;

namespace Allies.Interop.Reading;

/// <summary>
/// A problem's sentence as data: a stable code (a line of <see cref="Reasons"/>) and the values that fill it. The
/// English <see cref="English"/> is made from the code's format, so what the CLI and the API say in English and what
/// the web page says in the reader's language (resource "import.problem.{code}") come from one code and cannot drift.
/// </summary>
public sealed class ProblemText : IEquatable<ProblemText>
{
    internal ProblemText(ProblemReason reason, IReadOnlyList<string> args)
    {
        Reason = reason;
        Args = args;
    }

    public ProblemReason Reason { get; }

    public string Code => Reason.Code;

    /// <summary>The values in the sentence, in the order of its placeholders {0}, {1}…</summary>
    public IReadOnlyList<string> Args { get; }

    public string English => string.Format(CultureInfo.InvariantCulture, Reason.English, [.. Args]);

    public bool Equals(ProblemText? other) => other is not null && Code == other.Code && Args.SequenceEqual(other.Args, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ProblemText);

    public override int GetHashCode() => HashCode.Combine(Code, Args.Count);

    public override string ToString() => English;
}

/// <summary>
/// One kind of problem: its code, its English sentence with {0}, {1}… for its values, and whether it says that a file
/// as a whole is not what the import asked for (a binary file, a ZIP, no vCard in it): an import that read nothing
/// and met only such problems failed (<see cref="WholeFile"/>).
/// </summary>
public partial class ProblemReason
{
    internal ProblemReason(string code, string english, int arity, bool wholeFile)
    {
        var placeholders = Placeholder().Matches(english).Select(m => m.Value).Distinct().Count();
        if (!CodeShape().IsMatch(code) || placeholders != arity)
        {
            throw new ArgumentException($"Problem '{code}': a code is lower_snake_case and its English has one placeholder per value ({arity}), not {placeholders}.");
        }

        Code = code;
        English = english;
        Arity = arity;
        WholeFile = wholeFile;
    }

    public string Code { get; }

    public string English { get; }

    public int Arity { get; }

    /// <summary>The file as a whole is not of the kind asked (or cannot be read at all), as opposed to a bad line in a readable file.</summary>
    public bool WholeFile { get; }

    private protected ProblemText Make(params string[] args) => new(this, args);

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex CodeShape();
}

/// <summary>A problem whose sentence has no value.</summary>
public sealed class ProblemReason0(string code, string english, bool wholeFile = false) : ProblemReason(code, english, 0, wholeFile)
{
    public ProblemText Text => Make();

    public static implicit operator ProblemText(ProblemReason0 reason) => reason.Text;
}

/// <summary>A problem whose sentence has one value.</summary>
public sealed class ProblemReason1(string code, string english, bool wholeFile = false) : ProblemReason(code, english, 1, wholeFile)
{
    public ProblemText With(string value) => Make(value);
}

/// <summary>A problem whose sentence has three values.</summary>
public sealed class ProblemReason3(string code, string english) : ProblemReason(code, english, 3, wholeFile: false)
{
    public ProblemText With(string first, string second, string third) => Make(first, second, third);
}
