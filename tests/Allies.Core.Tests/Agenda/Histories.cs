using Allies.Core.Agenda;
using Allies.Core.Interactions;
using Allies.Core.Ties;
using FsCheck;
using FsCheck.Fluent;

namespace Allies.Core.Tests.Agenda;

/// <summary>Generators and builders of interaction histories for the tie and agenda laws.</summary>
static class Histories
{
    public static readonly DateTimeOffset Start = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    public static Gen<Touch> TouchAt(int maxDays) =>
        from minutes in Gen.Choose(0, maxDays * 24 * 60)
        from kind in Gen.Elements(Enum.GetValues<InteractionKind>())
        from depth in Gen.Elements(Enum.GetValues<Depth>())
        from twoWay in Gen.Elements(true, false)
        from given in Gen.Elements(true, false)
        select new Touch(Start.AddMinutes(minutes), kind, depth, twoWay, given);

    public static Gen<Touch[]> History(int maxDays = 720) => Gen.Choose(0, 40).SelectMany(n => TouchAt(maxDays).ArrayOf(n));

    public static Arbitrary<(Touch[] History, int LaterDays, int MoreDays)> WithTimes() =>
        (from h in History()
         from later in Gen.Choose(0, 1500)
         from more in Gen.Choose(0, 1500)
         select (h, later, more)).ToArbitrary();

    public static Touch Coffee(DateTimeOffset at, Depth depth = Depth.Substantive) => new(at, InteractionKind.Coffee, depth, true, false);

    /// <summary>A coffee every two weeks for a year, ending at <paramref name="end"/>.</summary>
    public static IEnumerable<Touch> Fortnightly(DateTimeOffset end, int count = 26) =>
        Enumerable.Range(0, count).Select(i => Coffee(end.AddDays(-14 * (count - 1 - i))));

    public static AgendaContact Contact(string first, string last = "") => new() { Id = Id(first + last), FirstName = first, LastName = last };

    /// <summary>Stable ids from names, so scenarios are readable and deterministic.</summary>
    public static Guid Id(string seed)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed));
        return new Guid(bytes.AsSpan(0, 16));
    }
}
