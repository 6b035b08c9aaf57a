using System.Globalization;
using Allies.Core.Contacts;
using Allies.Interop.People;
using Allies.Interop.Reading;

namespace Allies.Interop.Csv;

/// <summary>One row of a CSV with a header, read through its <see cref="ColumnMap"/>.</summary>
static class CsvRow
{
    const string GoogleSeparator = ":::";

    public static PersonRecord? Read(Row row, ColumnMap map, string file, List<ImportProblem> problems)
    {
        string? Cell(Column c) => c.Index < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[c.Index]) ? row.Cells[c.Index].Trim() : null;
        string? First(Field field) => map.Columns.Where(c => c.Field == field).Select(Cell).FirstOrDefault(v => v is not null);

        var labels = map.Columns.Where(c => c.Field == Field.Label && c.Group is not null)
            .Select(c => (c.Group!, Label: Cell(c)))
            .Where(l => l.Label is not null)
            .ToDictionary(l => l.Item1, l => GoogleLabel(l.Label!));

        var emails = new List<LabeledValue>();
        var phones = new List<LabeledValue>();
        foreach (var column in map.Columns.Where(c => c.Field is Field.Email or Field.Phone))
        {
            var label = column.Group is not null && labels.TryGetValue(column.Group, out var l) ? l : column.Label;
            foreach (var value in Values(Cell(column)))
            {
                var list = column.Field == Field.Email ? emails : phones;
                if (!list.Any(v => v.Value.Equals(value, StringComparison.OrdinalIgnoreCase)))
                {
                    list.Add(new(value, label));
                }
            }
        }

        string? linkedIn = null, website = null;
        foreach (var url in map.Columns.Where(c => c.Field == Field.Website).Select(Cell).SelectMany(Values))
        {
            if (url.Contains("linkedin.com", StringComparison.OrdinalIgnoreCase))
            {
                linkedIn ??= url;
            }
            else
            {
                website ??= url;
            }
        }

        var notes = First(Field.Notes);
        var birthday = Birthday(row, map, Cell, file, problems, ref notes);
        var linkedInRow = map.Source == "linkedin";
        DateOnly? metOn = null;
        if (First(Field.ConnectedOn) is { } connected)
        {
            metOn = CsvDates.Parse(connected);
            if (metOn is null)
            {
                problems.Add(ImportProblem.AtLine(file, row.Line, Reasons.ConnectedNotDate.With(connected)));
            }
        }

        var person = new PersonRecord
        {
            FullName = First(Field.FullName),
            FirstName = First(Field.FirstName),
            LastName = First(Field.LastName),
            MiddleName = First(Field.MiddleName),
            Prefix = First(Field.Prefix),
            Suffix = First(Field.Suffix),
            Nickname = First(Field.Nickname),
            Emails = emails,
            Phones = phones,
            Company = First(Field.Company),
            Department = First(Field.Department),
            Role = First(Field.Role),
            Location = First(Field.Location) ?? Place(map, Cell),
            LinkedInUrl = linkedIn,
            Website = website,
            Birthday = birthday,
            Notes = notes,
            Tags = Tags(map.Columns.Where(c => c.Field == Field.Tags).Select(Cell)),
            Channel = linkedInRow ? Channel.LinkedIn : null,
            HowMet = linkedInRow ? "Connected on LinkedIn" : null,
            MetOn = metOn,
            Source = map.Source,
            File = file,
            Line = row.Line,
        };

        return person.FullName is null && person.FirstName is null && person.LastName is null && person.Nickname is null
            && emails.Count == 0 && phones.Count == 0 && person.Company is null && linkedIn is null
            ? null
            : person;
    }

    static DateOnly? Birthday(Row row, ColumnMap map, Func<Column, string?> cell, string file, List<ImportProblem> problems, ref string? notes)
    {
        string? Of(Field f) => map.Columns.Where(c => c.Field == f).Select(cell).FirstOrDefault(v => v is not null);

        if (Of(Field.Birthday) is { } text)
        {
            if (CsvDates.Parse(text) is { } date)
            {
                return date;
            }

            problems.Add(ImportProblem.AtLine(file, row.Line, Reasons.BirthdayKept.With(text)));
            notes = notes is null ? $"Birthday: {text}" : $"{notes}\n\nBirthday: {text}";
            return null;
        }

        if (Of(Field.BirthMonth) is { } month && Of(Field.BirthDayOfMonth) is { } day)
        {
            var year = Of(Field.BirthYear) ?? PersonRecord.UnknownBirthYear.ToString(CultureInfo.InvariantCulture);
            if (int.TryParse(year, CultureInfo.InvariantCulture, out var y) && int.TryParse(month, CultureInfo.InvariantCulture, out var m)
                && int.TryParse(day, CultureInfo.InvariantCulture, out var d) && m is >= 1 and <= 12 && y is >= 1 and <= 9999
                && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                return new DateOnly(y, m, d);
            }

            problems.Add(ImportProblem.AtLine(file, row.Line, Reasons.BirthdayImpossible.With(string.Create(CultureInfo.InvariantCulture, $"{year}-{month}-{day}"))));
        }

        return null;
    }

    // Business address first: in a networking address book, where someone works is what matters.
    static string? Place(ColumnMap map, Func<Column, string?> cell)
    {
        var groups = map.Columns.Where(c => c.Field is Field.City or Field.Region or Field.Country && c.Group is not null)
            .GroupBy(c => c.Group!)
            .OrderBy(g => g.Key == "business" ? 0 : g.Key == "home" ? 2 : 1);
        foreach (var group in groups)
        {
            var parts = new[] { Field.City, Field.Region, Field.Country }
                .Select(f => group.Where(c => c.Field == f).Select(cell).FirstOrDefault(v => v is not null))
                .Where(v => v is not null)
                .ToList();
            if (parts.Count > 0)
            {
                return string.Join(", ", parts);
            }
        }

        return null;
    }

    static IEnumerable<string> Values(string? cell) =>
        cell is null ? [] : cell.Split(GoogleSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    static string? GoogleLabel(string label)
    {
        var l = label.Replace("*", "", StringComparison.Ordinal).Trim().ToLowerInvariant();
        return l.Length == 0 ? null : l == "mobile" ? "cell" : l;
    }

    // Google marks its built-in groups with '*' (* myContacts, * starred): they say nothing about the person.
    static IReadOnlyList<string> Tags(IEnumerable<string?> cells) =>
        [.. cells.SelectMany(c => c is null ? [] : c.Split([GoogleSeparator, ";"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(t => !t.StartsWith('*'))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}
