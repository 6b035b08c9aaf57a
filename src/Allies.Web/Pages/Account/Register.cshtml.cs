using System.Globalization;
using Allies.Core;
using Allies.Data.Accounts;
using Allies.Data.Settings;
using Allies.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Account;

/// <summary>Creates an account with the same rules as `allies account create`, then signs the person in.</summary>
public sealed class RegisterModel(AccountService accounts, SignInManager<AlliesUser> signIn, SettingsService settings, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public RegisterForm Input { get; set; } = new();

    public bool FirstAccount { get; private set; }

    public async Task OnGetAsync() => FirstAccount = !await accounts.AnyAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        FirstAccount = !await accounts.AnyAsync(ct);
        if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", text["error.password_confirm"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        AlliesUser user;
        try
        {
            user = await accounts.CreateAsync(Input.Email ?? "", Input.Password ?? "", ct);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddErrors(text, e, field => $"Input.{field}");
            return Page();
        }

        // The language the person registered in becomes their saved language.
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await settings.SaveAsync(user.Id, s => s.Language = language, ct);
        await signIn.SignInAsync(user, isPersistent: true);
        return LocalRedirect("/");
    }

    public sealed class RegisterForm
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
    }
}
