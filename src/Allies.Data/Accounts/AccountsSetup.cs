using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Data.Accounts;

public static class AccountsSetup
{
    /// <summary>Identity's password rules for Allies: length over composition (NIST SP 800-63B).</summary>
    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = 8;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.User.RequireUniqueEmail = true;
        o.Lockout.MaxFailedAccessAttempts = 10;
    }

    /// <summary>Identity without cookies: what the CLI needs to create accounts.</summary>
    public static IdentityBuilder AddAlliesIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<AlliesUser>(Configure)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AlliesDb>();
}
