using Allies.Core;
using Allies.Data.Accounts;
using Allies.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Account;

public sealed class PasswordModel(UserManager<AlliesUser> users, SignInManager<AlliesUser> signIn, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public PasswordForm Input { get; set; } = new();

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", text["error.password_confirm"]);
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword ?? "", Input.NewPassword ?? "");
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                var field = e.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, text.Localize(new FieldError(field, e.Code, e.Description)));
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Changed = true;
        Input = new();
        ModelState.Clear();
        return Page();
    }

    public sealed class PasswordForm
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }
    }
}
