using Allies.Data.Imports;
using Allies.Interop.People;

namespace Allies.Data.Tests.Imports;

/// <summary>The phone key's shortcut for "+digits" numbers gives what the phone library gives, valid number or not.</summary>
public sealed class PhoneKeyTests
{
    [Theory]
    [InlineData("+33612345678")]
    [InlineData("+390612345678")]
    [InlineData("+442079460958")]
    [InlineData("+16502530000")]
    [InlineData("+123")]
    [InlineData("+0012")]
    [InlineData("+999999999999999")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("0033 6 12 34 56 78")]
    [InlineData("06 12 34 56 78")]
    [InlineData("+")]
    [InlineData("0123/579")]
    public void A_number_keys_as_the_phone_library_reads_it(string number)
    {
        var slow = E164.TryFormat(number) ?? new string([.. number.Where(c => char.IsDigit(c) || c == '+')]);

        Assert.Equal(slow, ContactMerge.PhoneKey(number));
    }
}
