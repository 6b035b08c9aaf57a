using System.Security.Cryptography;
using System.Text;
using Allies.Core;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Accounts;

/// <summary>Personal API tokens: a random secret shown once, stored as its SHA-256 hash.</summary>
public sealed class ApiTokenService(AlliesDb db, TimeProvider clock)
{
    const string Scheme = "allies_";

    public async Task<(ApiToken Token, string Secret)> CreateAsync(Guid ownerId, string name, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw InvalidInputException.For("Name", "name_required", "A token needs a name of 1 to 100 characters (e.g. 'laptop script').");
        }

        var secret = Scheme + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            OwnerId = ownerId,
            Name = name.Trim(),
            Prefix = secret[..12],
            Hash = Hash(secret),
            CreatedAt = clock.GetUtcNow(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (token, secret);
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(Guid ownerId, CancellationToken ct = default) =>
        await db.ApiTokens.AsNoTracking().Where(t => t.OwnerId == ownerId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);

    public async Task RevokeAsync(Guid ownerId, Guid id, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.OwnerId == ownerId && t.Id == id, ct) ?? throw new NotFoundException("Token");
        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The owner of a presented secret, or null when it is unknown or revoked.</summary>
    public async Task<Guid?> AuthenticateAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Hash(secret);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, ct);
        if (token is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }

        return token.OwnerId;
    }

    // A 256-bit random secret needs no salt or slow hash: SHA-256 is what GitHub-style tokens use.
    static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
