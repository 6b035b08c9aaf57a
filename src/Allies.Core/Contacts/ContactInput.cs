using System.Net.Mail;

namespace Allies.Core.Contacts;

/// <summary>What a person types to create or edit a contact. Validated before anything is saved.</summary>
public sealed record ContactInput
{
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
    public IReadOnlyList<string> Phones { get; init; } = [];
    public string? Company { get; init; }
    public string? Role { get; init; }
    public string? Industry { get; init; }
    public string? Function { get; init; }
    public string? Location { get; init; }
    public Channel? Channel { get; init; }
    public string? HowMet { get; init; }
    public string? WhereMet { get; init; }
    public DateOnly? MetOn { get; init; }
    public Guid? IntroducedById { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Interests { get; init; } = [];
    public string? Needs { get; init; }
    public string? Offers { get; init; }
    public string? PersonalDetail { get; init; }
    public DateOnly? Birthday { get; init; }
    public string? Notes { get; init; }
    public string? LinkedInUrl { get; init; }
    public string? Website { get; init; }
    public string? ExternalId { get; init; }
    public Circle? PinnedCircle { get; init; }
    public int? CadenceDays { get; init; }
    public Phase? Phase { get; init; }

    /// <summary>Every rule broken by this input, given the owner's today.</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(LastName))
        {
            errors.Add(new("FirstName", "name_required", "A contact needs a first or last name."));
        }

        Length(errors, "FirstName", FirstName, 200);
        Length(errors, "LastName", LastName, 200);
        Length(errors, "Company", Company, 200);
        Length(errors, "Role", Role, 200);
        Length(errors, "Industry", Industry, 200);
        Length(errors, "Function", Function, 200);
        Length(errors, "Location", Location, 200);
        Length(errors, "HowMet", HowMet, 1000);
        Length(errors, "WhereMet", WhereMet, 200);

        foreach (var email in Emails.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            if (!IsEmail(email.Trim()))
            {
                errors.Add(new("Emails", "email_invalid", $"'{email}' is not a valid email address."));
            }
        }

        foreach (var phone in Phones.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (!IsPhone(phone))
            {
                errors.Add(new("Phones", "phone_invalid", $"'{phone}' is not a phone number."));
            }
        }

        Url(errors, "LinkedInUrl", LinkedInUrl);
        Url(errors, "Website", Website);

        if (MetOn is { } met && met > today)
        {
            errors.Add(new("MetOn", "date_in_future", "The day you met cannot be in the future."));
        }

        if (Birthday is { } bd && bd > today)
        {
            errors.Add(new("Birthday", "date_in_future", "A birthday cannot be in the future."));
        }

        if (CadenceDays is < 1 or > 3650)
        {
            errors.Add(new("CadenceDays", "cadence_range", "The cadence must be between 1 and 3650 days."));
        }

        foreach (var tag in Tags.Where(t => t.Trim().Length > 100))
        {
            errors.Add(new("Tags", "too_long", $"The tag '{tag[..20]}…' is longer than 100 characters."));
        }

        return errors;
    }

    /// <summary>
    /// A phone number as people write it: at least three digits, and only the separators they use, including the slash
    /// German cards put after the area code ("0123/579"). Numbers are stored in E.164 when their country is known.
    /// </summary>
    public static bool IsPhone(string value) =>
        value.Count(char.IsDigit) >= 3 && value.All(c => char.IsDigit(c) || " +-()./ext".Contains(c, StringComparison.Ordinal));

    public static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal);

    static void Length(List<FieldError> errors, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors.Add(new(field, "too_long", $"{field} is longer than {max} characters."));
        }
    }

    static void Url(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(new(field, "url_invalid", $"'{value}' is not a web address (http:// or https://)."));
        }
    }
}
