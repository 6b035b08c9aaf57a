using Allies.Data.Demo;

namespace Allies.Web;

/// <summary>Loads the demo network at start-up when asked (configuration key Demo, or ALLIES_DEMO): what run.sh uses.</summary>
public static class DemoSeeding
{
    /// <summary>Configuration key: the number of demo contacts to create at start-up (0 or absent: none).</summary>
    public const string DemoKey = "Demo";

    public static void SeedDemoIfAsked(this WebApplication app)
    {
        var value = app.Configuration[DemoKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Allies.Demo");
        if (!int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var contacts)
            || contacts > DemoNetwork.MaxContacts)
        {
            logger.LogWarning("ALLIES_DEMO must be a number of contacts between 0 and {Max}; '{Value}' was ignored.", DemoNetwork.MaxContacts, value);
            return;
        }

        if (contacts == 0)
        {
            return;
        }

        var options = new DemoOptions(Contacts: contacts);
        using var scope = app.Services.CreateScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoNetwork>();
        if (demo.ExistsWithDataAsync(options.Email).GetAwaiter().GetResult())
        {
            logger.LogInformation("The demo account already holds a network; it is left as it is.");
        }
        else
        {
            logger.LogInformation("Creating the demo network ({Contacts} contacts)...", contacts);
            var result = demo.CreateAsync(options, new TenPercentSteps(logger)).GetAwaiter().GetResult();
            logger.LogInformation("Demo network ready: {Contacts} contacts, {Interactions} interactions.", result.Contacts, result.Interactions);
        }

        logger.LogInformation("Demo account: {Email} / {Password}", options.Email, options.Password);
    }
}

/// <summary>Logs the demo's progress every tenth, so a large seeding does not look stuck.</summary>
sealed class TenPercentSteps(ILogger logger) : IProgress<double>
{
    int _logged;

    public void Report(double value)
    {
        var step = (int)Math.Floor(value * 10);
        if (step > _logged && step < 10)
        {
            _logged = step;
            logger.LogInformation("Demo network: {Percent}%", step * 10);
        }
    }
}
