namespace Allies.Interop.Reading;

/// <summary>
/// Something in an input file that could not be read as it stands: which file, where (line or message number) and why.
/// Problems are data, so one bad card, row or message never stops the rest of the file.
/// </summary>
/// <param name="File">The file name as the user gave it.</param>
/// <param name="Line">1-based line where the bad item starts, when the format has lines (vCard, CSV, iCalendar).</param>
/// <param name="Message">1-based message number, for mailboxes.</param>
/// <param name="Reason">One sentence a person can act on.</param>
public sealed record ImportProblem(string File, long? Line, long? Message, string Reason)
{
    public static ImportProblem AtLine(string file, long line, string reason) => new(file, line, null, reason);

    public static ImportProblem AtMessage(string file, long message, string reason) => new(file, null, message, reason);

    public static ImportProblem InFile(string file, string reason) => new(file, null, null, reason);

    public override string ToString() =>
        Line is { } line ? $"{File}:{line}: {Reason}"
        : Message is { } message ? $"{File} message {message}: {Reason}"
        : $"{File}: {Reason}";
}
