using Allies.Data.Accounts;
using Allies.Data.Contacts;
using Allies.Data.Interactions;
using Allies.Data.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Allies.Data.Tests.Infrastructure;

/// <summary>
/// The services as the app composes them, on the class's real database, with a pinned clock.
/// Each service property opens a new scope (a new DbContext), like a separate request, so reads never see a
/// tracked object left over from a write.
/// </summary>
public abstract class DataTest : IAsyncDisposable
{
    /// <summary>Saturday 14 March 2026, 10:00 UTC (11:00 in Paris).</summary>
    protected static readonly DateTimeOffset Start = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);

    readonly ServiceProvider _services;
    readonly List<AsyncServiceScope> _scopes = [];

    protected DataTest(TestDatabase database)
    {
        Database = database;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlliesData(database.Target);
        services.AddAlliesIdentityCore();
        services.AddSingleton<TimeProvider>(Clock);
        _services = services.BuildServiceProvider();
    }

    protected TestDatabase Database { get; }

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected ContactService Contacts => Service<ContactService>();

    protected InteractionService Interactions => Service<InteractionService>();

    protected SettingsService Settings => Service<SettingsService>();

    protected ApiTokenService Tokens => Service<ApiTokenService>();

    protected AccountService Accounts => Service<AccountService>();

    /// <summary>A fresh context, to look at what was really stored.</summary>
    protected AlliesDb Db() => Service<AlliesDb>();

    /// <summary>An owner of its own: tests sharing a database never see each other's rows.</summary>
    protected static Guid NewOwner() => Guid.CreateVersion7();

    protected T Service<T>()
        where T : notnull => Scope().GetRequiredService<T>();

    /// <summary>A new scope, for services that must share one DbContext (and its transaction).</summary>
    protected IServiceProvider Scope()
    {
        var scope = _services.CreateAsyncScope();
        _scopes.Add(scope);
        return scope.ServiceProvider;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
