using System.Security.Claims;

namespace Allies.Web.Accounts;

public static class Owner
{
    /// <summary>The signed-in account's id: the owner of every row the request may touch.</summary>
    public static Guid OwnerId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : throw new InvalidOperationException("No signed-in owner.");

    public static Guid? TryOwnerId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
