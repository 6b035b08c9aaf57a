using System.Globalization;
using Allies.Core.Contacts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Allies.Core.Tests.Contacts;

public sealed class ContactNamesTests
{
    [Theory]
    [InlineData("Hélène", "helene")]
    [InlineData("ÉLODIE Müller", "elodie muller")]
    [InlineData("François-Xavier", "francois-xavier")]
    [InlineData("Ñúñez Çelik", "nunez celik")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("", "")]
    public void Fold_lowers_case_and_removes_accents(string text, string folded) =>
        Assert.Equal(folded, ContactNames.Fold(text));

    [Theory]
    [InlineData("Ada", "Lovelace", "Ada Lovelace")]
    [InlineData("Ada", "", "Ada")]
    [InlineData("", "Lovelace", "Lovelace")]
    [InlineData("  ", "Lovelace", "Lovelace")]
    public void Display_joins_the_names_that_are_there(string first, string last, string display) =>
        Assert.Equal(display, ContactNames.Display(first, last));

    /// <summary>Any UTF-16 text, including what a badly decoded file holds (lone surrogates, U+FFFE).</summary>
    static Arbitrary<string> AnyText() =>
        Gen.Frequency(
                (8, Gen.Choose(0x20, 0x24F)),
                (2, Gen.Choose(0, 0xFFFF)),
                (1, Gen.Elements(0xD800, 0xDBFF, 0xDC00, 0xFFFE, 0xFFFF, 0x0301)))
            .Select(i => (char)i).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    /// <summary>Names as people write them in the languages Allies speaks.</summary>
    static Arbitrary<string> LatinName() =>
        Gen.Elements("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿñãõáíóúåøæœ -'".ToCharArray())
            .Select(c => c.ToString()).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Fold_never_fails_and_is_idempotent() =>
        Prop.ForAll(AnyText(), text => ContactNames.Fold(ContactNames.Fold(text)) == ContactNames.Fold(text));

    [Property(MaxTest = 500)]
    public Property Folded_text_has_no_accents_left() =>
        Prop.ForAll(AnyText(), text => ContactNames.Fold(text).All(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));

    [Property(MaxTest = 500)]
    public Property Fold_ignores_case_and_accents_of_latin_names() =>
        Prop.ForAll(LatinName(), name =>
            ContactNames.Fold(name.ToUpperInvariant()) == ContactNames.Fold(name) && ContactNames.Fold(name).All(c => c < 0x80 || "øæœ".Contains(c)));

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Fold_replaces_unreadable_characters_instead_of_failing(int code) =>
        Assert.Equal("hel\uFFFDene", ContactNames.Fold($"Hél{(char)code}ène"));
}
