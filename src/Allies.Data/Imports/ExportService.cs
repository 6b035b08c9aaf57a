using System.Globalization;
using Allies.Core.Contacts;
using Allies.Interop.People;
using Allies.Interop.VCards;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Imports;

/// <summary>Contacts out: vCard (4.0, or 3.0 on request) and CSV, streamed page by page.</summary>
public sealed class ExportService(AlliesDb db)
{
    const int Page = 500;

    public static readonly string[] CsvHeader =
    [
        "First Name", "Last Name", "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Mobile Phone", "Home Phone", "Business Phone",
        "Company", "Job Title", "Department", "Location", "Birthday", "Web Page", "LinkedIn", "Categories", "Notes", "UID",
    ];

    public async Task WriteVCardsAsync(Guid ownerId, TextWriter writer, VCardVersion version = VCardVersion.V4, CancellationToken ct = default)
    {
        await foreach (var c in ContactsAsync(ownerId, ct))
        {
            VCardWriter.Write(writer, ToPerson(c), version);
        }

        await writer.FlushAsync(ct);
    }

    public async Task WriteCsvAsync(Guid ownerId, TextWriter writer, CancellationToken ct = default)
    {
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var h in CsvHeader)
        {
            csv.WriteField(h);
        }

        await csv.NextRecordAsync();
        await foreach (var c in ContactsAsync(ownerId, ct))
        {
            var emails = c.Emails.OrderBy(e => e.Position).Select(e => e.Address).ToList();
            var phones = c.Phones.OrderBy(p => p.Position).Select(p => p.Number).ToList();
            string? At(List<string> list, int i) => i < list.Count ? list[i] : null;
            var extraEmails = emails.Count > 3 ? "\n" + string.Join("\n", emails.Skip(3).Select(e => "Email: " + e)) : "";
            var extraPhones = phones.Count > 3 ? "\n" + string.Join("\n", phones.Skip(3).Select(p => "Phone: " + p)) : "";
            string?[] row =
            [
                c.FirstName, c.LastName, At(emails, 0), At(emails, 1), At(emails, 2), At(phones, 0), At(phones, 1), At(phones, 2),
                c.Company, c.Role, c.Function, c.Location, c.Birthday?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Website, c.LinkedInUrl,
                string.Join(";", c.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase)), (c.Notes + extraEmails + extraPhones).Trim(), c.ExternalId ?? c.Id.ToString(),
            ];
            foreach (var field in row)
            {
                csv.WriteField(field ?? "");
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }

    async IAsyncEnumerable<Contact> ContactsAsync(Guid ownerId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var skip = 0;
        while (true)
        {
            var page = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId)
                .OrderBy(c => c.SortName).ThenBy(c => c.Id).Skip(skip).Take(Page)
                .Include(c => c.Emails).Include(c => c.Phones).Include(c => c.Tags).AsSplitQuery().ToListAsync(ct);
            foreach (var c in page)
            {
                yield return c;
            }

            if (page.Count < Page)
            {
                yield break;
            }

            skip += Page;
        }
    }

    /// <summary>A contact as a vCard writer sees it; the contact's id is its UID unless it came with one.</summary>
    public static PersonRecord ToPerson(Contact c) => new()
    {
        FirstName = c.FirstName.Length == 0 ? null : c.FirstName,
        LastName = c.LastName.Length == 0 ? null : c.LastName,
        FullName = c.DisplayName,
        Emails = [.. c.Emails.OrderBy(e => e.Position).Select(e => new LabeledValue(e.Address, e.Label))],
        Phones = [.. c.Phones.OrderBy(p => p.Position).Select(p => new LabeledValue(p.Number, p.Label))],
        Company = c.Company,
        Department = c.Function,
        Role = c.Role,
        Location = c.Location,
        LinkedInUrl = c.LinkedInUrl,
        Website = c.Website,
        Birthday = c.Birthday,
        Notes = c.Notes,
        Tags = [.. c.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase)],
        ExternalId = c.ExternalId ?? "urn:uuid:" + c.Id,
        Channel = c.Channel,
        HowMet = c.HowMet,
        MetOn = c.MetOn,
    };
}
