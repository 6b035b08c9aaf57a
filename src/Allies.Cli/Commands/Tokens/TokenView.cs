using Allies.Data.Accounts;

namespace Allies.Cli.Commands.Tokens;

/// <summary>A token as shown to its owner: never its hash.</summary>
sealed record TokenView(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public static TokenView From(ApiToken t, Func<DateTimeOffset, DateTimeOffset> local) =>
        new(t.Id, t.Name, t.Prefix, local(t.CreatedAt), t.LastUsedAt is { } u ? local(u) : null, t.RevokedAt is { } r ? local(r) : null);
}
