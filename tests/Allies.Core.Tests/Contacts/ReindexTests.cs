using Allies.Core.Contacts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Allies.Core.Tests.Contacts;

public sealed class ReindexTests
{
    static readonly DateOnly Today = new(2026, 3, 14);

    /// <summary>The contact a service would store for this input (the derived columns computed by Reindex).</summary>
    static Contact Stored(ContactInput input)
    {
        var contact = new Contact
        {
            FirstName = input.FirstName?.Trim() ?? "",
            LastName = input.LastName?.Trim() ?? "",
            Company = input.Company,
            Role = input.Role,
            Emails = [.. input.Emails.Select((e, i) => new ContactEmail { Address = e.Trim(), Position = i })],
            Tags = [.. input.Tags.Select(t => new ContactTag { Name = t.Trim() })],
        };
        contact.Reindex();
        return contact;
    }

    [Fact]
    public void Sort_and_search_columns_are_folded()
    {
        var contact = Stored(new ContactInput
        {
            FirstName = "Hélène",
            LastName = "Dupont",
            Company = "Société Générale",
            Emails = ["Helene.Dupont@SG.fr"],
            Tags = ["Mentor"],
        });

        Assert.Equal("dupont helene", contact.SortName);
        Assert.Equal("helene dupont societe generale helene.dupont@sg.fr mentor", contact.SearchText);
    }

    [Fact]
    public void A_contact_with_one_name_sorts_by_it()
    {
        Assert.Equal("ada", Stored(new ContactInput { FirstName = "Ada" }).SortName);
        Assert.Equal("lovelace", Stored(new ContactInput { LastName = "Lovelace" }).SortName);
    }

    static Gen<string> Word(string alphabet, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.Elements(alphabet.ToCharArray()).ArrayOf(n)).Select(chars => new string(chars));

    const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèçàÉÈÇÀöüñøæ";

    static Gen<string> Name(int max) =>
        Word(Letters + " -'", 1, max).Select(s => s.Trim()).Where(s => s.Length > 0);

    static Gen<string> Email() =>
        from local in Word("abcdefghijklmnopqrstuvwxyz0123456789", 1, 40)
        from domain in Word("abcdefghijklmnopqrstuvwxyz", 1, 40)
        from tld in Word("abcdefghijklmnopqrstuvwxyz", 2, 6)
        select $"{local}@{domain}.{tld}";

    /// <summary>Inputs that pass validation, up to the limits the rules allow.</summary>
    static Arbitrary<ContactInput> ValidInputs() =>
        (from first in Name(200)
         from last in Name(200)
         from company in Name(200)
         from role in Name(200)
         from emails in Email().ListOf().Select(l => l.Take(30).ToArray())
         from tags in Word(Letters, 1, 100).ListOf().Select(l => l.Take(80).ToArray())
         select new ContactInput { FirstName = first, LastName = last, Company = company, Role = role, Emails = emails, Tags = tags })
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Generated_inputs_are_valid() =>
        Prop.ForAll(ValidInputs(), input => input.Validate(Today).Count == 0);

    [Property(MaxTest = 300)]
    public Property Every_word_of_a_valid_input_is_found_by_search() =>
        Prop.ForAll(ValidInputs(), input =>
        {
            var contact = Stored(input);
            var names = new[] { input.FirstName, input.LastName, input.Company };
            var more = input.Emails.Concat(input.Tags);
            // Names and company come first and always fit; emails and tags are searchable while the column has room.
            var searched = contact.SearchText.Length < Contact.SearchTextMaxLength - 1 ? names.Concat(more) : names;
            return searched.SelectMany(w => ContactNames.Fold(w ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .All(w => contact.SearchText.Contains(w, StringComparison.Ordinal));
        });

    [Property(MaxTest = 300)]
    public Property Reindex_is_stable() =>
        Prop.ForAll(ValidInputs(), input =>
        {
            var contact = Stored(input);
            var (sort, search) = (contact.SortName, contact.SearchText);
            contact.Reindex();
            return contact.SortName == sort && contact.SearchText == search && ContactNames.Fold(search) == search;
        });

    [Property(MaxTest = 300)]
    public Property A_valid_input_fits_the_sort_and_search_columns() =>
        Prop.ForAll(ValidInputs(), input =>
        {
            var contact = Stored(input);
            return contact.SortName.Length <= 401 && contact.SearchText.Length <= Contact.SearchTextMaxLength;
        });

    [Fact]
    public void A_search_text_too_long_for_its_column_keeps_its_beginning()
    {
        var contact = Stored(new ContactInput
        {
            FirstName = "Hélène",
            Tags = [.. Enumerable.Range(0, 60).Select(i => $"tag{i:00}" + new string('t', 95))],
        });

        Assert.Equal(Contact.SearchTextMaxLength, contact.SearchText.Length, tolerance: 1);
        Assert.StartsWith("helene tag00", contact.SearchText, StringComparison.Ordinal);
    }
}
