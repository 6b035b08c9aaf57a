using Allies.Core.Contacts;

namespace Allies.Core.Ties;

/// <summary>Circles from strength, and Dunbar's layers as capacities (see docs/keep-in-touch.md).</summary>
public static class Circles
{
    public const int CloseFrom = 60;
    public const int ExtendedFrom = 30;
    public const int WeakFrom = 8;

    /// <summary>Dunbar's layers, cumulative: about 15 close (the sympathy group, its core the 5 of the support clique), 50 with the extended circle, 150 with weak ties.</summary>
    public const int CloseCapacity = 15;
    public const int ExtendedCapacity = 50;
    public const int WeakCapacity = 150;

    public static Circle FromScore(int score) => score switch
    {
        >= CloseFrom => Circle.Close,
        >= ExtendedFrom => Circle.Extended,
        >= WeakFrom => Circle.Weak,
        _ => Circle.Dormant,
    };

    public static int Capacity(Circle circle) => circle switch
    {
        Circle.Close => CloseCapacity,
        Circle.Extended => ExtendedCapacity,
        Circle.Weak => WeakCapacity,
        _ => int.MaxValue,
    };

    /// <summary>
    /// One warning per layer that holds more people than a person can keep up (counted cumulatively, as Dunbar's layers
    /// nest); who slips are that circle's weakest ties, as many as the layer is over its capacity.
    /// </summary>
    public static IReadOnlyList<DunbarWarning> Warnings(IEnumerable<CircleMember> members)
    {
        var list = members.ToList();
        var warnings = new List<DunbarWarning>();
        var inner = 0;
        foreach (var circle in new[] { Circle.Close, Circle.Extended, Circle.Weak })
        {
            var here = list.Where(m => m.Circle == circle).ToList();
            var cumulative = inner + here.Count;
            var capacity = Capacity(circle);
            if (cumulative > capacity && here.Count > 0)
            {
                var over = Math.Min(here.Count, cumulative - capacity);
                var slipping = here.OrderBy(m => m.Score).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.ContactId).Take(over).ToList();
                warnings.Add(new DunbarWarning(circle, here.Count, cumulative, capacity, slipping));
            }

            inner = cumulative;
        }

        return warnings;
    }
}

public sealed record CircleMember(Guid ContactId, string Name, Circle Circle, int Score);

/// <summary>A layer over capacity: its people, the cumulative count against Dunbar's number, and who is slipping.</summary>
public sealed record DunbarWarning(Circle Circle, int InCircle, int Cumulative, int Capacity, IReadOnlyList<CircleMember> Slipping);
