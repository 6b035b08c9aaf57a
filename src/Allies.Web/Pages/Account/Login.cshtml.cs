using Allies.Data.Accounts;
using Allies.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Account;

public sealed class LoginModel(SignInManager<AlliesUser> signIn, AccountService accounts, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public LoginForm Input { get; set; } = new();

    /// <summary>Where to go after signing in; only a path on this site is followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // A fresh install has nobody to sign in: send the first person to create their account.
        return await accounts.AnyAsync(HttpContext.RequestAborted) ? Page() : RedirectToPage("/Account/Register");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Input.Email?.Trim() ?? "", Input.Password ?? "", Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl is { Length: > 0 } && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError("", result.IsLockedOut ? text["error.locked_out"] : text["error.login_failed"]);
        Input.Password = null;
        return Page();
    }

    public sealed class LoginForm
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public bool RememberMe { get; set; } = true;
    }
}
