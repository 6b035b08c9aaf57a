namespace Allies.Core.Network;

/// <summary>A person, or a profile, the owner wants to meet, and why.</summary>
public sealed class Target : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid? ContactId { get; set; }
    public string? Company { get; set; }
    public string? Industry { get; set; }
    public string? Function { get; set; }
    public string? Seniority { get; set; }
    public string Why { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReachedAt { get; set; }
}
