using Allies.Core.Contacts;

namespace Allies.Data.Contacts;

public static class ContactMapping
{
    /// <summary>The input that would recreate this contact: the starting point of an edit.</summary>
    public static ContactInput ToInput(this Contact c) => new()
    {
        FirstName = c.FirstName,
        LastName = c.LastName,
        Emails = [.. c.Emails.OrderBy(e => e.Position).Select(e => e.Address)],
        Phones = [.. c.Phones.OrderBy(p => p.Position).Select(p => p.Number)],
        Company = c.Company,
        Role = c.Role,
        Industry = c.Industry,
        Function = c.Function,
        Location = c.Location,
        Channel = c.Channel,
        HowMet = c.HowMet,
        WhereMet = c.WhereMet,
        MetOn = c.MetOn,
        IntroducedById = c.IntroducedById,
        Tags = [.. c.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase)],
        Interests = c.Interests,
        Needs = c.Needs,
        Offers = c.Offers,
        PersonalDetail = c.PersonalDetail,
        Birthday = c.Birthday,
        Notes = c.Notes,
        LinkedInUrl = c.LinkedInUrl,
        Website = c.Website,
        ExternalId = c.ExternalId,
        PinnedCircle = c.PinnedCircle,
        CadenceDays = c.CadenceDays,
        Phase = c.Phase,
    };
}
