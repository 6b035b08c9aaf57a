using Allies.Data;
using Allies.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Allies.Web.Accounts;

public static class WebAccountsSetup
{
    /// <summary>Cookie sign-in for pages, Bearer tokens for /api; one policy scheme picks between them.</summary>
    public static void AddAlliesAccounts(this WebApplicationBuilder builder)
    {
        const string Smart = "CookieOrToken";
        builder.Services.AddIdentity<AlliesUser, IdentityRole<Guid>>(AccountsSetup.Configure)
            .AddEntityFrameworkStores<AlliesDb>()
            .AddDefaultTokenProviders();
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = Smart;
                // AddIdentity already set DefaultAuthenticateScheme to the cookie, which wins over DefaultScheme: without this, Bearer tokens are never read.
                o.DefaultAuthenticateScheme = Smart;
                o.DefaultChallengeScheme = Smart;
            })
            .AddPolicyScheme(Smart, "Cookie or API token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.Cookie.Name = "allies";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);

            // The API answers 401 rather than redirecting a script to a login page.
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (ctx.Request.Path.StartsWithSegments("/api"))
                {
                    ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorization();
    }

    public static void UseAlliesAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
    }
}
