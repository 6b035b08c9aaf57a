namespace Allies.Core;

/// <summary>A row that belongs to one account. No query runs without its owner.</summary>
public interface IOwned
{
    Guid OwnerId { get; }
}
