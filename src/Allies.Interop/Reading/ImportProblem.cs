namespace Allies.Interop.Reading;

/// <summary>
/// Something in an input file that could not be read as it stands: which file, where (line or message number) and why.
/// Problems are data, so one bad card, row or message never stops the rest of the file.
/// </summary>
/// <param name="File">The file name as the user gave it.</param>
/// <param name="Line">1-based line where the bad item starts, when the format has lines (vCard, CSV, iCalendar).</param>
/// <param name="Message">1-based message number, for mailboxes.</param>
/// <param name="Text">Why, as a code of <see cref="Reasons"/> and its values, so a page can say it in the reader's language.</param>
public sealed record ImportProblem(string File, long? Line, long? Message, ProblemText Text)
{
    /// <summary>One sentence in English a person can act on (what the CLI prints and the API's "text" says).</summary>
    public string Reason => Text.English;

    public static ImportProblem AtLine(string file, long line, ProblemText text) => new(file, line, null, text);

    public static ImportProblem AtMessage(string file, long message, ProblemText text) => new(file, null, message, text);

    public static ImportProblem InFile(string file, ProblemText text) => new(file, null, null, text);

    public override string ToString() =>
        Line is { } line ? $"{File}:{line}: {Reason}"
        : Message is { } message ? $"{File} message {message}: {Reason}"
        : $"{File}: {Reason}";
}
