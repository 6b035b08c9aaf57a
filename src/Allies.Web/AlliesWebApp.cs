using Allies.Data;
using Allies.Web.Accounts;

namespace Allies.Web;

/// <summary>Composes the web app. Used by Program (dotnet run), by `allies serve` and by the tests.</summary>
public static class AlliesWebApp
{
    /// <summary>Configuration key (or ALLIES_DATABASE environment variable): an SQLite path or a PostgreSQL connection string.</summary>
    public const string DatabaseKey = "Database";

    public static WebApplication Build(string[] args, DatabaseTarget? database = null)
    {
        // The application is Allies.Web even when another program hosts it (`allies serve`, the bench): that is where
        // MVC finds the Razor pages and where the static web assets belong.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(AlliesWebApp).Assembly.GetName().Name });
        builder.Configuration.AddEnvironmentVariables("ALLIES_");

        // EF Core logs every SQL command at Information: noise in a console, and slow when seeding a demo network.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        var target = database ?? DatabaseTarget.Parse(builder.Configuration[DatabaseKey] is { Length: > 0 } db ? db : DatabaseTarget.DefaultSqlitePath());
        builder.Services.AddAlliesData(target);
        builder.AddAlliesAccounts();
        builder.AddAlliesApi();
        builder.AddAlliesPages();
        builder.Services.AddSingleton<Imports.ImportJobs>().AddHostedService(s => s.GetRequiredService<Imports.ImportJobs>());

        var app = builder.Build();
        app.MigrateAtStartup();
        app.SeedDemoIfAsked();
        app.UseAlliesErrorPages();
        app.UseAlliesAccounts();
        app.MapAlliesApi();
        app.UseAlliesPages();
        return app;
    }

    static void MigrateAtStartup(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AlliesMigrator>().MigrateAsync().GetAwaiter().GetResult();
    }
}
