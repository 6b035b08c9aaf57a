using System.CommandLine;
using Allies.Data;
using Allies.Data.Accounts;
using Allies.Data.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Cli.Shell;

/// <summary>One command's connection to the database: its services, and the account it acts for.</summary>
sealed class Session : IAsyncDisposable
{
    readonly ServiceProvider provider;
    readonly AsyncServiceScope scope;
    Owner? owner;

    Session(CliContext io, DatabaseTarget target, ServiceProvider provider)
    {
        Io = io;
        Target = target;
        this.provider = provider;
        scope = provider.CreateAsyncScope();
    }

    public CliContext Io { get; }
    public DatabaseTarget Target { get; }

    /// <summary>The account this command acts for; only set for commands that need one.</summary>
    public Owner Owner => owner ?? throw new InvalidOperationException("This command does not act for an account.");

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Connects, brings the schema up to date, and (when asked) finds the account to act for.</summary>
    public static async Task<Session> OpenAsync(CliContext io, DatabaseTarget target, string? userEmail, bool needsOwner, CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlliesData(target);
        services.AddAlliesIdentityCore();
        services.AddSingleton(io.Clock);
        var session = new Session(io, target, services.BuildServiceProvider());
        try
        {
            await session.Get<AlliesMigrator>().MigrateAsync(ct);
            if (needsOwner)
            {
                session.owner = await session.FindOwnerAsync(userEmail, ct);
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Reads the database option (or its environment variable, or the default file) into a target.</summary>
    public static DatabaseTarget TargetFrom(ParseResult parse, GlobalOptions global)
    {
        var value = parse.GetValue(global.Database);
        if (string.IsNullOrWhiteSpace(value))
        {
            value = Environment.GetEnvironmentVariable(GlobalOptions.DatabaseVariable);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            value = DatabaseTarget.DefaultSqlitePath();
        }

        try
        {
            return DatabaseTarget.Parse(value);
        }
        catch (Exception e) when (e is UriFormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CliError($"--database: cannot use '{value}': {e.Message}", ExitCodes.Usage);
        }
    }

    async Task<Owner> FindOwnerAsync(string? email, CancellationToken ct)
    {
        var accounts = Get<AccountService>();
        AlliesUser? user;
        if (!string.IsNullOrWhiteSpace(email))
        {
            user = await accounts.FindByEmailAsync(email, ct)
                ?? throw new CliError($"--user: no account has the email '{email.Trim()}' (see `allies account list`).");
        }
        else
        {
            var all = await accounts.ListAsync(ct);
            user = all.Count switch
            {
                0 => throw new CliError("No account yet: run `allies account create <email>`."),
                1 => all[0],
                _ => throw new CliError($"This database holds {all.Count} accounts: choose one with --user <email> ({string.Join(", ", all.Select(a => a.Email))})."),
            };
        }

        var settings = await Get<SettingsService>().GetAsync(user.Id, ct);
        return new Owner(user.Id, user.Email ?? "", SettingsService.FindZone(settings.TimeZone) ?? TimeZoneInfo.Utc);
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await provider.DisposeAsync();
    }
}

/// <summary>The account a command acts for, and its time zone (dates are read and shown in it).</summary>
sealed record Owner(Guid Id, string Email, TimeZoneInfo Zone)
{
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public string Show(DateTimeOffset instant) => Local(instant).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public string? Show(DateTimeOffset? instant) => instant is { } i ? Show(i) : null;
}
