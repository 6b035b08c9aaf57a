using Allies.Core.Contacts;

namespace Allies.Data.Tests.Infrastructure;

/// <summary>Test data builders for contacts: a name, then `with { ... }` for what a test is about.</summary>
public static class People
{
    public static ContactInput Named(string first, string last = "") => new() { FirstName = first, LastName = last };
}
