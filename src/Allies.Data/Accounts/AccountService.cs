using Allies.Core;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Accounts;

/// <summary>Accounts, through ASP.NET Core Identity's UserManager (hashing, validation, lockout).</summary>
public sealed class AccountService(AlliesDb db, UserManager<AlliesUser> users, TimeProvider clock)
{
    public async Task<AlliesUser> CreateAsync(string email, string password, CancellationToken ct = default)
    {
        if (!Core.Contacts.ContactInput.IsEmail(email?.Trim() ?? ""))
        {
            throw InvalidInputException.For("Email", "email_invalid", $"'{email}' is not a valid email address.");
        }

        var user = new AlliesUser { UserName = email!.Trim(), Email = email.Trim(), CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidInputException([.. result.Errors.Select(e => new FieldError(
                e.Code.Contains("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Code, e.Description))]);
        }

        return user;
    }

    public Task<bool> AnyAsync(CancellationToken ct = default) => db.Users.AnyAsync(ct);

    public Task<int> CountAsync(CancellationToken ct = default) => db.Users.CountAsync(ct);

    public Task<AlliesUser?> FindByEmailAsync(string email, CancellationToken ct = default) =>
        db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == email.Trim().ToUpperInvariant(), ct);

    public async Task<IReadOnlyList<AlliesUser>> ListAsync(CancellationToken ct = default) =>
        await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
}
