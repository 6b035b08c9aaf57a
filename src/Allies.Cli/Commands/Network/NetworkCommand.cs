using System.CommandLine;
using System.Globalization;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Data.Network;

namespace Allies.Cli.Commands.Network;

/// <summary>`allies network stats|bridges|holes|export`: questions asked of the whole network.</summary>
static class NetworkCommand
{
    /// <summary>`network …`, `link`, `unlink` and `path`.</summary>
    public static void AddTo(RootCommand root, CliApp app)
    {
        root.Add(Create(app));
        root.Add(LinkCommand.Link(app));
        root.Add(LinkCommand.Unlink(app));
        root.Add(PathCommand.Create(app));
    }

    public static Command Create(CliApp app)
    {
        var command = new Command("network", "Your network as a graph: circles, bridges, structural holes, and export for Gephi.");
        command.Add(Stats(app));
        command.Add(Bridges(app));
        command.Add(Holes(app));
        command.Add(Export(app));
        CliApp.ShowHelpWhenBare(command);
        return command;
    }

    static string N(double? value, string format = "0.00") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

    static Command Stats(CliApp app)
    {
        var json = Json.Flag();
        var command = new Command("stats", "Size of your network, its circles (communities, with modularity), your constraint and effective size.") { json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var stats = await session.Get<NetworkService>().StatsAsync(session.Owner.Id, ct);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, stats);
                return ExitCodes.Ok;
            }

            session.Io.Console.Write(Tables.Fields(
            [
                ("Contacts", stats.Contacts.ToString(CultureInfo.InvariantCulture)),
                ("Ties between contacts", stats.Ties.ToString(CultureInfo.InvariantCulture)),
                ("Your direct ties", stats.MyTies.ToString(CultureInfo.InvariantCulture)),
                ("Circles (communities)", stats.Communities.ToString(CultureInfo.InvariantCulture)),
                ("Contacts tied to no other", stats.Alone.ToString(CultureInfo.InvariantCulture)),
                ("Modularity", N(stats.Modularity, "0.000")),
                ("Your constraint (Burt)", N(stats.MyConstraint, "0.000")),
                ("Your effective size (Burt)", N(stats.MyEffectiveSize, "0.0")),
            ]));
            if (stats.Circles.Count > 0)
            {
                var table = Tables.Create("Circle", "People", "Industries", "Closest to you");
                foreach (var c in stats.Circles.Take(15))
                {
                    table.Row((c.Index + 1).ToString(CultureInfo.InvariantCulture), c.Size.ToString(CultureInfo.InvariantCulture),
                        string.Join(", ", c.TopIndustries), string.Join(", ", c.Closest.Select(p => p.Name)));
                }

                session.Io.Console.Write(table);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    static Command Bridges(CliApp app)
    {
        var json = Json.Flag();
        var count = Parsers.Number("--top", "How many bridges and weak ties to show (default 10).", 1, 100);
        var command = new Command("bridges", "The contacts who link your circles (betweenness), your weak ties into other circles, and whom you depend on.") { count, json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var bridges = await session.Get<NetworkService>().BridgesAsync(session.Owner.Id, parse.GetValue(count) ?? 10, ct);
            var io = session.Io;
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(io.Out, bridges);
                return ExitCodes.Ok;
            }

            if (bridges.Bridges.Count == 0)
            {
                await io.Out.WriteLineAsync("No bridges yet: link contacts who know each other with `allies link <contact> <other-contact>`.");
            }
            else
            {
                var table = Tables.Create("Bridge", "Betweenness", "Circle", "Why");
                foreach (var b in bridges.Bridges)
                {
                    table.Row(b.Name, N(b.Betweenness, "0.000"), (b.Community + 1).ToString(CultureInfo.InvariantCulture), string.Join(" ", b.Reasons));
                }

                io.Console.Write(table);
            }

            if (bridges.WeakTies.Count > 0)
            {
                await io.Out.WriteLineAsync("Weak ties into other circles:");
                var table = Tables.Create("Contact", "Strength", "Circle", "Why");
                foreach (var w in bridges.WeakTies)
                {
                    table.Row(w.Name, N(w.Strength), (w.Community + 1).ToString(CultureInfo.InvariantCulture), string.Join(" ", w.Reasons));
                }

                io.Console.Write(table);
            }

            await WriteDependenciesAsync(session, bridges.Dependencies);
            return ExitCodes.Ok;
        });
        return command;
    }

    static async Task WriteDependenciesAsync(Session session, IReadOnlyList<DependenceView> dependencies)
    {
        if (dependencies.Count == 0)
        {
            return;
        }

        await session.Io.Out.WriteLineAsync("Single bridges (people some of your contacts reach you only through):");
        var table = Tables.Create("Through", "Contacts", "Why");
        foreach (var d in dependencies.Take(15))
        {
            table.Row(d.BridgeName, d.Count.ToString(CultureInfo.InvariantCulture), string.Join(" ", d.Reasons));
        }

        session.Io.Console.Write(table);
    }

    static Command Holes(CliApp app)
    {
        var json = Json.Flag();
        var command = new Command("holes", "Structural holes: industries and functions where you know nobody, or depend on one fragile link.") { json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var holes = await session.Get<NetworkService>().HolesAsync(session.Owner.Id, ct);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, holes);
                return ExitCodes.Ok;
            }

            foreach (var (title, areas) in new[] { ("Industry", holes.ByIndustry), ("Function", holes.ByFunction) })
            {
                if (areas.Count == 0)
                {
                    await session.Io.Out.WriteLineAsync($"No {title.ToLowerInvariant()} filled in on your contacts yet.");
                    continue;
                }

                var table = Tables.Create(title, "Reach", "People", "Ways in", "Why");
                foreach (var a in areas)
                {
                    table.Row(a.Area, Choices.Name(a.Reach), a.PeopleReached.ToString(CultureInfo.InvariantCulture),
                        string.Join(", ", a.Gateways.Take(5).Select(g => g.Name)) + (a.Gateways.Count > 5 ? ", …" : ""), string.Join(" ", a.Reasons));
                }

                session.Io.Console.Write(table);
            }

            await WriteDependenciesAsync(session, holes.Dependencies);
            return ExitCodes.Ok;
        });
        return command;
    }

    static Command Export(CliApp app)
    {
        var format = new Option<string>("--format") { Description = "graphml (default) or gexf.", HelpName = "graphml|gexf", DefaultValueFactory = _ => "graphml" };
        format.AcceptOnlyFromAmong("graphml", "gexf");
        var file = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of the standard output.", HelpName = "file" };
        var command = new Command("export", "Export your network as GraphML or GEXF, for Gephi, networkx or igraph.") { format, file };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var f = parse.GetValue(format) == "gexf" ? ExportFormat.Gexf : ExportFormat.GraphMl;
            var network = session.Get<NetworkService>();
            if (parse.GetValue(file) is { } target)
            {
                try
                {
                    await using var stream = target.Create();
                    await network.ExportAsync(session.Owner.Id, f, stream, ct);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliError($"--output: cannot write '{target.FullName}': {e.Message}");
                }

                await session.Io.Error.WriteLineAsync($"Wrote {target.FullName}.");
                return ExitCodes.Ok;
            }

            using var buffer = new MemoryStream();
            await network.ExportAsync(session.Owner.Id, f, buffer, ct);
            await session.Io.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            await session.Io.Out.WriteLineAsync();
            return ExitCodes.Ok;
        });
        return command;
    }
}
