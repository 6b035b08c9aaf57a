using Allies.Data.Accounts;
using Allies.Data.Contacts;
using Allies.Data.Interactions;
using Allies.Data.Settings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Data;

public static class DataServices
{
    public const string SqliteMigrationsAssembly = "Allies.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Allies.Data.Postgres";

    /// <summary>Registers the DbContext for the chosen database and every feature service.</summary>
    public static IServiceCollection AddAlliesData(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        services.AddDbContext<AlliesDb>(o => Configure(o, target));
        services.AddScoped<AlliesMigrator>();
        services.AddScoped<ContactService>();
        services.AddScoped<InteractionService>();
        services.AddScoped<SettingsService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<AccountService>();
        services.AddScoped<Network.NetworkService>();
        services.AddScoped<Reciprocity.ReciprocityService>();
        services.AddSingleton<Reciprocity.ArchetypeTableCache>();
        services.AddScoped<Reciprocity.PromiseService>();
        services.AddScoped<Reciprocity.ExchangeService>();
        services.AddScoped<Demo.DemoNetwork>();
        services.AddScoped<Imports.ImportService>();
        services.AddScoped<Imports.DuplicateService>();
        services.AddScoped<Imports.ExportService>();
        services.AddScoped<Imports.BackupService>();
        services.AddScoped<Agenda.TieStates>();
        services.AddScoped<Agenda.AgendaService>();
        services.AddScoped<Agenda.LifeEventService>();
        services.AddScoped<Agenda.AgendaFeedService>();
        services.AddSingleton<Agenda.AgendaCache>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseTarget target)
    {
        switch (target.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(target.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(SqlitePragmas.Instance, OwnerStamps.Interceptor.Instance, Agenda.AgendaWrites.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(target.ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly))
                    .AddInterceptors(OwnerStamps.Interceptor.Instance, Agenda.AgendaWrites.Instance);
                break;
        }
    }

    public static DbContextOptions<AlliesDb> Options(DatabaseTarget target)
    {
        var b = new DbContextOptionsBuilder<AlliesDb>();
        Configure(b, target);
        return b.Options;
    }
}

/// <summary>WAL and a busy timeout, so the CLI and the web app can write to one SQLite file at once.</summary>
sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    static void Apply(System.Data.Common.DbConnection connection)
    {
        if (connection is not SqliteConnection)
        {
            return;
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";
        cmd.ExecuteNonQuery();
    }
}
