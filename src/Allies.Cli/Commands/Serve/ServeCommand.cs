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
        };
        var command = new Command("serve", "Start the web app (pages and /api); stop it with Ctrl+C.") { urls };
        command.SetAction((parse, ct) => CliAction.RunAsync(app, parse, async () =>
        {
            var target = Session.TargetFrom(parse, app.Global);
            string[] args = parse.GetValue(urls) is { Length: > 0 } u ? ["--urls", u] : [];
            await using var web = AlliesWebApp.Build(args, target);
            await web.StartAsync(ct);
            await web.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        }, fieldNames: null, ct));
        return command;
    }
}
