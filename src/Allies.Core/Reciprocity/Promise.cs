namespace Allies.Core.Reciprocity;

public sealed class Promise : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid ContactId { get; set; }
    public Guid? InteractionId { get; set; }
    public PromisedBy PromisedBy { get; set; }
    public string What { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public PromiseStatus Status { get; set; } = PromiseStatus.Open;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

public enum PromisedBy { Me, Them }

public enum PromiseStatus { Open, Kept, Broken }
