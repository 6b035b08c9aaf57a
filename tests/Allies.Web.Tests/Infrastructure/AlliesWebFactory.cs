using System.Net.Http.Headers;
using Allies.Data.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Infrastructure;

/// <summary>The real web app on a fresh SQLite file of its own. Dispose deletes the file.</summary>
public sealed class AlliesWebFactory : WebApplicationFactory<Program>
{
    readonly string _dir = Directory.CreateTempSubdirectory("allies-web-").FullName;

    public string DatabasePath => Path.Combine(_dir, "allies.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(AlliesWebApp.DatabaseKey, DatabasePath);
        builder.UseEnvironment("Development");
    }

    /// <summary>Creates an account directly through the account service (not the register page).</summary>
    public async Task<Guid> CreateAccountAsync(string email, string password = "correct horse battery")
    {
        using var scope = Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(email, password);
        return user.Id;
    }

    /// <summary>An HTTP client that calls /api with a fresh personal token of this owner.</summary>
    public async Task<HttpClient> ApiClientAsync(Guid ownerId)
    {
        string secret;
        using (var scope = Services.CreateScope())
        {
            (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(ownerId, "tests");
        }

        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>Runs code against the app's services in a scope (to arrange data or check what was stored).</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalizing connection is left to the OS temp cleaner.
        }
    }
}
