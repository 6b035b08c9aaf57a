namespace Allies.Interop.VCards;

/// <summary>One logical (unfolded) line of a vCard file and the physical line it starts on.</summary>
readonly record struct ContentLine(long Line, string Text);
