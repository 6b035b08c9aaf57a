namespace Allies.Interop.Csv;

/// <summary>What a CSV column holds, whatever the exporting program called it.</summary>
enum Field
{
    Ignored,
    FirstName,
    LastName,
    MiddleName,
    FullName,
    Nickname,
    Prefix,
    Suffix,
    Email,
    Phone,
    Company,
    Department,
    Role,
    Website,
    Birthday,
    BirthYear,
    BirthMonth,
    BirthDayOfMonth,
    Notes,
    ConnectedOn,
    Tags,
    Location,
    City,
    Region,
    Country,
    Label,
}

/// <param name="Group">Which address a city belongs to ("business", "home"), or which "E-mail 1" a type labels.</param>
/// <param name="Label">The label the header gives a phone or email ("work", "cell").</param>
sealed record Column(int Index, string Header, Field Field, string? Group = null, string? Label = null);
