using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Allies.Data.Accounts;
using Allies.Web.Api;
using Allies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Allies.Web.Tests.Api;

/// <summary>The app on a fresh SQLite file with "now" pinned, and helpers to talk to its API as a script would.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    readonly AlliesWebFactory _factory = new();

    public ApiHost() =>
        App = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));

    public FakeTimeProvider Clock { get; } = new(Start);

    public WebApplicationFactory<Program> App { get; }

    /// <summary>A new account and a client carrying one of its personal tokens.</summary>
    public async Task<(Guid Owner, HttpClient Client)> AccountAsync(string email)
    {
        using var scope = App.Services.CreateScope();
        var owner = (await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(email, "correct horse battery")).Id;
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(owner, "tests");
        return (owner, Client(secret));
    }

    public HttpClient Client(string? bearer = null)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = App.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}

/// <summary>What a script sends and reads: camelCase JSON with enums by name.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Options, Ct);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Options, Ct);

    /// <summary>Sends a body exactly as written, to test what the server does with broken JSON.</summary>
    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, string json) =>
        client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") }, Ct);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Options)!;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The messages of a validation problem for one field.</summary>
    public static string[] Errors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var messages)
            ? [.. messages.EnumerateArray().Select(m => m.GetString()!)]
            : throw new Xunit.Sdk.XunitException($"No error for '{field}' in {problem}");

    public static async Task<ContactDto> CreateContactAsync(this HttpClient client, object body) =>
        await (await client.PostJsonAsync("/api/contacts", body)).ReadAsync<ContactDto>(HttpStatusCode.Created);

    public static async Task<InteractionDto> LogAsync(this HttpClient client, object body) =>
        await (await client.PostJsonAsync("/api/interactions", body)).ReadAsync<InteractionDto>(HttpStatusCode.Created);

    public static async Task<PageDto<T>> PageAsync<T>(this HttpClient client, string url) =>
        await (await client.GetAsync(url, Ct)).ReadAsync<PageDto<T>>();
}
