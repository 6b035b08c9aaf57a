namespace Allies.Core.Network;

/// <summary>A knows B. With "me" and the contacts, links make the network graph.</summary>
public sealed class ContactLink : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid FromContactId { get; set; }
    public Guid ToContactId { get; set; }
    public LinkKind Kind { get; set; } = LinkKind.Knows;
    /// <summary>0 (barely) to 1 (very close).</summary>
    public double Strength { get; set; } = 0.5;
    public LinkSource Source { get; set; } = LinkSource.Manual;
    /// <summary>How many co-appearances support the link.</summary>
    public int Evidence { get; set; } = 1;
}

public enum LinkKind { Knows, Colleague, Friend, Family, Introduced }

public enum LinkSource { Manual, Mail, Calendar, Event, IntroducedBy, Demo }
