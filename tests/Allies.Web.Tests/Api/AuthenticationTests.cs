using System.Data.Common;
using System.Net;
using Allies.Data;
using Allies.Data.Accounts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Api;

public sealed class AuthenticationTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/contacts" },
        { "POST", "/api/contacts" },
        { "GET", $"/api/contacts/{Guid.NewGuid()}" },
        { "PUT", $"/api/contacts/{Guid.NewGuid()}" },
        { "DELETE", $"/api/contacts/{Guid.NewGuid()}" },
        { "POST", $"/api/contacts/{Guid.NewGuid()}/archive" },
        { "POST", $"/api/contacts/{Guid.NewGuid()}/unarchive" },
        { "GET", "/api/interactions" },
        { "POST", "/api/interactions" },
        { "GET", $"/api/interactions/{Guid.NewGuid()}" },
        { "PUT", $"/api/interactions/{Guid.NewGuid()}" },
        { "DELETE", $"/api/interactions/{Guid.NewGuid()}" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_answers_401_without_a_token_rather_than_redirecting(string method, string url)
    {
        await using var host = new ApiHost();

        var response = await host.Client().SendRawAsync(new HttpMethod(method), url, """{ "firstName": "Ada" }""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task An_unknown_token_is_refused_with_401()
    {
        await using var host = new ApiHost();

        var response = await host.Client("allies_0000000000000000000000000000000000000000000000000000000000000000").GetAsync("/api/contacts", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        await using var host = new ApiHost();
        var (owner, api) = await host.AccountAsync("ada@example.com");
        var (token, secret) = await host.WithServicesAsync(sp => sp.GetRequiredService<ApiTokenService>().CreateAsync(owner, "laptop script", Ct));
        var script = host.Client(secret);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/contacts", Ct)).StatusCode);

        await host.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<ApiTokenService>().RevokeAsync(owner, token.Id, Ct);
            return true;
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/contacts", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/contacts", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_that_tells_nothing_of_the_cause()
    {
        await using var host = new ApiHost();
        var (_, api) = await host.AccountAsync("ada@example.com");
        var broken = host.App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureDbContext<AlliesDb>(o => o.AddInterceptors(new ContactsTableOnFire()))));
        var client = broken.CreateClient();
        client.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;

        var response = await client.GetAsync("/api/contacts", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.InternalServerError);
        Assert.False(problem.TryGetProperty("detail", out _));
        Assert.DoesNotContain("on fire", problem.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Fails every query on the Contacts table, as a lost disk would.</summary>
    sealed class ContactsTableOnFire : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("\"Contacts\"", StringComparison.Ordinal) ? throw new InvalidOperationException("The Contacts table is on fire.") : ValueTask.FromResult(result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("\"Contacts\"", StringComparison.Ordinal) ? throw new InvalidOperationException("The Contacts table is on fire.") : ValueTask.FromResult(result);
    }
}
