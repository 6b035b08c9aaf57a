using Microsoft.AspNetCore.Identity;

namespace Allies.Data.Accounts;

public sealed class AlliesUser : IdentityUser<Guid>
{
    public AlliesUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public DateTimeOffset CreatedAt { get; set; }
}
