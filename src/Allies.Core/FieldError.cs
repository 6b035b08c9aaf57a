namespace Allies.Core;

/// <summary>A problem with one field of user input. <see cref="Code"/> is stable and localized by the interfaces.</summary>
public sealed record FieldError(string Field, string Code, string Message);

/// <summary>Thrown by services when input breaks a rule; nothing has been saved.</summary>
public sealed class InvalidInputException(IReadOnlyList<FieldError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static InvalidInputException For(string field, string code, string message) => new([new(field, code, message)]);
}

/// <summary>Thrown when a row does not exist for this owner (or belongs to another: the two are indistinguishable on purpose).</summary>
public sealed class NotFoundException(string what) : Exception($"{what} not found");
