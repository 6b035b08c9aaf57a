namespace Allies.Core.Reciprocity;

/// <summary>A promise as a person states it: who promised, what, optionally by when and in which interaction.</summary>
public sealed record PromiseInput
{
    public Guid ContactId { get; init; }
    public PromisedBy PromisedBy { get; init; }
    public string? What { get; init; }
    public DateOnly? DueOn { get; init; }
    public Guid? InteractionId { get; init; }

    /// <summary>The rules that need no database; "due before it was made" needs the day it was made (the service checks it).</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(What))
        {
            errors.Add(new("What", "what_required", "Say what was promised."));
        }
        else if (What.Length > 1000)
        {
            errors.Add(new("What", "too_long", "What was promised is longer than 1000 characters."));
        }

        return errors;
    }
}
