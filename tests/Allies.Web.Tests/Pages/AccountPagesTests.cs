using System.Net;
using Allies.Web.Tests.Infrastructure;

namespace Allies.Web.Tests.Pages;

public sealed class AccountPagesTests
{
    [Fact]
    public async Task A_fresh_install_asks_to_create_the_first_account_then_registering_lands_on_the_dashboard()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);

        var home = await session.GetAsync("/");
        Assert.Equal("/account/register", home.Path);
        Assert.Equal("Create your account", home.Text("h1"));

        var landed = await session.RegisterAsync("ada@example.com");
        Assert.Equal(HttpStatusCode.OK, landed.Status);
        Assert.Equal("/", landed.Path);
        Assert.Equal("This week", landed.Text("h1"));
        Assert.NotNull(landed.Document.QuerySelector("#logout"));
    }

    [Fact]
    public async Task Registration_stays_open_after_the_first_account_and_refuses_a_taken_email()
    {
        await using var factory = new AlliesWebFactory();
        await factory.CreateAccountAsync("ada@example.com");
        var session = new PageSession(factory);

        var home = await session.GetAsync("/");
        Assert.Equal("/account/login", home.Path);

        var taken = await session.RegisterAsync("ada@example.com");
        Assert.Equal("/account/register", taken.Path);
        Assert.Contains("already uses this email", taken.ErrorFor("Input_Email"), StringComparison.Ordinal);

        var other = await session.RegisterAsync("grace@example.com");
        Assert.Equal("/", other.Path);
    }

    [Fact]
    public async Task Registration_shows_a_short_password_and_a_mismatch_next_to_the_fields()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);

        var shortOne = await session.RegisterAsync("ada@example.com", "short");
        Assert.Contains("at least 8 characters", shortOne.ErrorFor("Input_Password"), StringComparison.Ordinal);
        Assert.Equal("ada@example.com", shortOne.Value("#Input_Email"));

        var mismatch = await session.SubmitAsync("/account/register", "#register-form",
            ("Input.Email", "ada@example.com"), ("Input.Password", "correct horse battery"), ("Input.ConfirmPassword", "correct horse"));
        Assert.Equal("The two passwords are different.", mismatch.ErrorFor("Input_ConfirmPassword"));
    }

    [Fact]
    public async Task Logging_in_with_a_wrong_password_shows_an_error_and_the_right_one_follows_the_return_url()
    {
        await using var factory = new AlliesWebFactory();
        await factory.CreateAccountAsync("ada@example.com");
        var session = new PageSession(factory);

        var wrong = await session.SubmitAsync("/account/login", "#login-form", ("Input.Email", "ada@example.com"), ("Input.Password", "not the password"));
        Assert.Equal("/account/login", wrong.Path);
        Assert.Contains("Wrong email or password.", wrong.Text(".error-summary"), StringComparison.Ordinal);

        var asked = await session.GetAsync("/contacts");
        Assert.Equal("/account/login", asked.Path);
        var right = await session.SubmitAsync(asked, "#login-form", ("Input.Email", "ada@example.com"), ("Input.Password", "correct horse battery"));
        Assert.Equal("/contacts", right.Path);
    }

    [Fact]
    public async Task Login_ignores_a_return_url_to_another_site()
    {
        await using var factory = new AlliesWebFactory();
        await factory.CreateAccountAsync("ada@example.com");
        var session = new PageSession(factory);

        var page = await session.SubmitAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", "#login-form",
            ("Input.Email", "ada@example.com"), ("Input.Password", "correct horse battery"));
        Assert.Equal("/", page.Path);
    }

    [Fact]
    public async Task Logging_out_is_a_post_and_sends_back_to_login()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        var dashboard = await session.RegisterAsync("ada@example.com");

        var after = await session.SubmitAsync(dashboard, "form[action='/account/logout']");
        Assert.Equal("/account/login", after.Path);
        Assert.Equal("/account/login", (await session.GetAsync("/contacts")).Path);
    }

    [Fact]
    public async Task Changing_the_password_checks_the_current_one_then_the_new_one_works()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");

        var wrong = await session.SubmitAsync("/account/password", "#password-form",
            ("Input.CurrentPassword", "nope nope nope"), ("Input.NewPassword", "a brand new one"), ("Input.ConfirmPassword", "a brand new one"));
        Assert.Equal("The current password is wrong.", wrong.ErrorFor("Input_CurrentPassword"));

        var changed = await session.SubmitAsync("/account/password", "#password-form",
            ("Input.CurrentPassword", "correct horse battery"), ("Input.NewPassword", "a brand new one"), ("Input.ConfirmPassword", "a brand new one"));
        Assert.Equal("Your password has been changed.", changed.Text(".notice"));

        var fresh = new PageSession(factory);
        var login = await fresh.SubmitAsync("/account/login", "#login-form", ("Input.Email", "ada@example.com"), ("Input.Password", "a brand new one"));
        Assert.Equal("/", login.Path);
    }
}
