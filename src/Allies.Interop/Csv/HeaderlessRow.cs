using Allies.Core.Contacts;
using Allies.Interop.People;

namespace Allies.Interop.Csv;

/// <summary>
/// A row of a CSV without a header (Thunderbird can write those): emails, web addresses and phone numbers are
/// recognised by their shape; the first text cells are the name, and a cell equal to two others joined is the
/// display name that shows which of them is first and which last.
/// </summary>
static class HeaderlessRow
{
    public static PersonRecord? Read(Row row, string file)
    {
        var emails = new List<LabeledValue>();
        var phones = new List<LabeledValue>();
        var texts = new List<string>();
        string? website = null, linkedIn = null;
        foreach (var raw in row.Cells)
        {
            var cell = raw.Trim();
            if (cell.Length == 0)
            {
                continue;
            }

            if (cell.Contains('@', StringComparison.Ordinal) && ContactInput.IsEmail(cell))
            {
                emails.Add(new(cell));
            }
            else if (cell.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || cell.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                if (cell.Contains("linkedin.com", StringComparison.OrdinalIgnoreCase))
                {
                    linkedIn ??= cell;
                }
                else
                {
                    website ??= cell;
                }
            }
            else if (cell.Count(char.IsDigit) >= 6 && cell.All(c => char.IsDigit(c) || " +-().".Contains(c, StringComparison.Ordinal)))
            {
                if (!phones.Any(p => p.Value == cell))
                {
                    phones.Add(new(cell));
                }
            }
            else
            {
                texts.Add(cell);
            }
        }

        string? first = null, last = null, full = null;
        for (var i = 0; i < texts.Count && full is null; i++)
        {
            for (var j = 0; j < texts.Count && full is null; j++)
            {
                if (i != j && texts.IndexOf($"{texts[i]} {texts[j]}") is var k && k >= 0)
                {
                    (first, last, full) = (texts[i], texts[j], texts[k]);
                }
            }
        }

        if (full is null && texts.Count > 0)
        {
            first = texts[0];
            last = texts.Count > 1 ? texts[1] : null;
        }

        if (first is null && emails.Count == 0 && phones.Count == 0)
        {
            return null;
        }

        // without a header nothing says what the other cells are; keep them rather than drop them
        var used = new HashSet<string?> { first, last, full };
        var others = texts.Where(t => !used.Contains(t)).Distinct().ToList();

        return new PersonRecord
        {
            FullName = full,
            FirstName = first,
            LastName = last,
            Emails = emails,
            Phones = phones,
            Website = website,
            LinkedInUrl = linkedIn,
            Notes = others.Count == 0 ? null : "Other columns: " + string.Join("; ", others),
            Source = "csv",
            File = file,
            Line = row.Line,
        };
    }
}
