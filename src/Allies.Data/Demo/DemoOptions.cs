namespace Allies.Data.Demo;

/// <summary>What demo network to build: its size, its seed (same seed, same people) and the account that owns it.</summary>
/// <remarks>Interactions: about how many in all (null: about six per contact); benches ask for a million.</remarks>
public sealed record DemoOptions(int Contacts = 300, int Seed = 42, string Email = "demo@allies.local", string Password = "allies-demo", int? Interactions = null);

/// <summary>The demo account and what was generated for it.</summary>
public sealed record DemoResult(Guid OwnerId, string Email, string Password, int Contacts, int Interactions);
