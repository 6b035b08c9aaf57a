using System.CommandLine;
using Allies.Cli.Shell;
using Allies.Web;
using Microsoft.Extensions.Hosting;

namespace Allies.Cli.Commands.Serve;

/// <summary>`allies serve [--urls]`: the web app and the API on the same database as the other commands.</summary>
static class ServeCommand
{
    public static Command Create(CliApp app)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "Where to listen, separated by ';' (default http://localhost:5000).",
            HelpName = "urls",
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                var bad = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .FirstOrDefault(u => !u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !u.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
                if (bad is not null || text.Trim().Length == 0)
                {
                    r.AddError($"--urls: '{bad ?? text}' is not an address to listen on: use http://host:port, e.g. http://localhost:5080.");
                }

                return text;
            },
        };
        var command = new Command("serve", "Start the web app (pages and /api); stop it with Ctrl+C.") { urls };
        command.SetAction((parse, ct) => CliAction.RunAsync(app, parse, async () =>
        {
            var target = Session.TargetFrom(parse, app.Global);
            // The web's static files and settings sit next to this program, wherever it is run from.
            List<string> args =
            [
                "--contentRoot", AppContext.BaseDirectory,
                // A terminal wants requests and start-up lines, not every SQL command or a failed start's stack trace.
                "--Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning",
                "--Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host", "None",
            ];
            if (parse.GetValue(urls) is { Length: > 0 } u)
            {
                args.AddRange(["--urls", u]);
            }

            await using var web = AlliesWebApp.Build([.. args], target);
            try
            {
                await web.StartAsync(ct);
            }
            catch (IOException e) when (e.Message.Contains("bind", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliError($"--urls: {e.Message.TrimEnd('.')}. Choose another address, e.g. --urls http://localhost:5080.");
            }

            await web.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        }, fieldNames: null, ct));
        return command;
    }
}
