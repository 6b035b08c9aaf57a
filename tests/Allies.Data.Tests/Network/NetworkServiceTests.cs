using System.Diagnostics;
using System.Xml.Linq;
using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Events;
using Allies.Core.Graph;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Data.Network;
using Allies.Data.Tests.Infrastructure;

namespace Allies.Data.Tests.Network;

public abstract class NetworkServiceTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    NetworkService Network => Service<NetworkService>();

    async Task<Guid> PersonAsync(string first, string? industry = null, Phase phase = Phase.Met, string? function = null, string? company = null, Guid? introducedBy = null) =>
        (await Contacts.CreateAsync(_owner, People.Named(first, "Test") with
        {
            Industry = industry,
            Phase = phase,
            Function = function,
            Company = company,
            IntroducedById = introducedBy,
        }, Ct)).Id;

    async Task TalkAsync(int days, params Guid[] with) =>
        await Interactions.LogAsync(_owner, new InteractionInput { ParticipantIds = [.. with], Kind = InteractionKind.Coffee, OccurredAt = Start.AddDays(-days) }, Ct);

    // ------------------------------------------------------------------ links

    [Fact]
    public async Task A_link_set_by_hand_is_a_tie_with_its_kind_and_strength_and_unlink_removes_it()
    {
        var alice = await PersonAsync("Alice");
        var bob = await PersonAsync("Bob");

        var view = await Network.LinkAsync(_owner, alice, bob, LinkKind.Colleague, ct: Ct);
        Assert.Equal((0.6, LinkKind.Colleague), (view.Strength, view.Kind));
        var tie = Assert.Single((await Network.LoadAsync(_owner, Ct)).Ties);
        Assert.Equal((0.6, LinkKind.Colleague, TieSource.Manual), (tie.Strength, tie.Kind, Assert.Single(tie.Sources)));

        // Linking again, the other way round, replaces the strength: still one tie.
        await Network.LinkAsync(_owner, bob, alice, LinkKind.Friend, 0.9, Ct);
        Assert.Equal(0.9, Assert.Single((await Network.LoadAsync(_owner, Ct)).Ties).Strength);

        Assert.True(await Network.UnlinkAsync(_owner, alice, bob, Ct));
        Assert.Empty((await Network.LoadAsync(_owner, Ct)).Ties);
        Assert.False(await Network.UnlinkAsync(_owner, alice, bob, Ct));
    }

    [Fact]
    public async Task A_link_is_refused_to_oneself_out_of_range_or_to_someone_elses_contact()
    {
        var alice = await PersonAsync("Alice");
        var bob = await PersonAsync("Bob");
        var stranger = (await Contacts.CreateAsync(NewOwner(), People.Named("Mallory"), Ct)).Id;

        Assert.Equal("same_contact", Assert.Single((await Assert.ThrowsAsync<InvalidInputException>(() => Network.LinkAsync(_owner, alice, alice, ct: Ct))).Errors).Code);
        Assert.Equal("Strength", Assert.Single((await Assert.ThrowsAsync<InvalidInputException>(() => Network.LinkAsync(_owner, alice, bob, strength: 1.5, ct: Ct))).Errors).Field);
        await Assert.ThrowsAsync<NotFoundException>(() => Network.LinkAsync(_owner, alice, stranger, ct: Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Network.UnlinkAsync(_owner, alice, stranger, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Network.LinksOfAsync(_owner, stranger, Ct));
        Assert.Empty((await Network.LoadAsync(_owner, Ct)).Ties);
    }

    [Fact]
    public async Task Introduced_by_is_a_tie_and_unlinking_it_by_hand_keeps_it_off_the_map()
    {
        var claire = await PersonAsync("Claire");
        var dan = await PersonAsync("Dan", introducedBy: claire);

        var tie = Assert.Single((await Network.LoadAsync(_owner, Ct)).Ties);
        Assert.Equal((NetworkService.IntroducedByStrength, LinkKind.Introduced, TieSource.IntroducedBy), (tie.Strength, tie.Kind, Assert.Single(tie.Sources)));
        Assert.Equal(claire, Assert.Single(await Network.LinksOfAsync(_owner, dan, Ct)).Other.Id);

        Assert.True(await Network.UnlinkAsync(_owner, dan, claire, Ct));
        Assert.Empty((await Network.LoadAsync(_owner, Ct)).Ties);
    }

    [Fact]
    public async Task Being_together_in_interactions_and_events_is_counted_into_the_strength_of_the_tie()
    {
        var a = await PersonAsync("Ann");
        var b = await PersonAsync("Ben");
        var c = await PersonAsync("Cat");
        await TalkAsync(10, a, b, c);
        await TalkAsync(5, a, b);
        await TalkAsync(3, c);  // alone: no tie
        var crowd = new List<Guid>();
        for (var i = 0; i < NetworkService.MaxCoAppearanceGroup; i++)
        {
            crowd.Add(await PersonAsync($"Crowd{i}"));
        }

        await TalkAsync(2, [c, .. crowd]);  // 26 people: a crowd, no ties
        await using (var db = Db())
        {
            var party = new NetworkingEvent { OwnerId = _owner, Name = "Meetup", StartsAt = Start.AddDays(-20) };
            party.Guests.AddRange([new EventGuest { ContactId = a, OwnerId = _owner }, new EventGuest { ContactId = c, OwnerId = _owner }]);
            db.Events.Add(party);
            await db.SaveChangesAsync(Ct);
        }

        var network = await Network.LoadAsync(_owner, Ct);
        NetworkTie Between(Guid x, Guid y) => Assert.Single(network.Ties, t => (t.A == x && t.B == y) || (t.A == y && t.B == x));
        var ab = Between(a, b);
        Assert.Equal(2, ab.Evidence);
        Assert.Equal(NetworkService.CoAppearanceStrength(2), ab.Strength, 12);
        Assert.Equal([TieSource.Interactions], ab.Sources);
        var ac = Between(a, c);
        Assert.Equal(2, ac.Evidence);
        Assert.Equal([TieSource.Event, TieSource.Interactions], ac.Sources.Order());
        Assert.Equal(1, Between(b, c).Evidence);
        Assert.Equal(3, network.Ties.Count);
    }

    [Fact]
    public async Task Imported_mail_and_calendar_links_join_the_other_evidence_and_a_manual_strength_wins()
    {
        var a = await PersonAsync("Ann");
        var b = await PersonAsync("Ben");
        var c = await PersonAsync("Cat");
        await using (var db = Db())
        {
            db.ContactLinks.AddRange(
                new ContactLink { OwnerId = _owner, FromContactId = a, ToContactId = b, Source = LinkSource.Mail, Strength = 0.4, Evidence = 7 },
                new ContactLink { OwnerId = _owner, FromContactId = c, ToContactId = a, Source = LinkSource.Calendar, Strength = 0.3, Evidence = 2 });
            await db.SaveChangesAsync(Ct);
        }

        await TalkAsync(1, a, b);
        var network = await Network.LoadAsync(_owner, Ct);
        var ab = Assert.Single(network.Ties, t => t.Sources.Contains(TieSource.Mail));
        Assert.Equal(1 - ((1 - 0.4) * (1 - NetworkService.CoAppearanceStrength(1))), ab.Strength, 12);
        Assert.Equal(8, ab.Evidence);
        Assert.Contains(TieSource.Calendar, Assert.Single(network.Ties, t => t.A == c || t.B == c).Sources);

        await Network.LinkAsync(_owner, a, b, LinkKind.Friend, 0.95, Ct);
        Assert.Equal(0.95, Assert.Single((await Network.LoadAsync(_owner, Ct)).Ties, t => t.Sources.Contains(TieSource.Interactions)).Strength);
    }

    [Fact]
    public async Task I_am_tied_to_people_I_have_met_not_to_targets_and_more_strongly_when_we_talk_often_and_lately()
    {
        var target = await PersonAsync("Target", phase: Phase.Target);
        var met = await PersonAsync("Met");
        var friend = await PersonAsync("Friend");
        var faded = await PersonAsync("Faded");
        for (var i = 0; i < 6; i++)
        {
            await TalkAsync(3 + (i * 7), friend);
            await TalkAsync(400 + (i * 7), faded);
        }

        var network = await Network.LoadAsync(_owner, Ct);
        Assert.Null(network.People[target].MeStrength);
        Assert.False(network.Full.WeightBetween(_owner, target) > 0);
        Assert.Equal(MeTie.Floor, network.People[met].MeStrength);
        Assert.True(network.People[friend].MeStrength > MeTie.Strong, $"a friend seen six times lately: {network.People[friend].MeStrength}");
        Assert.True(network.People[faded].MeStrength < network.People[friend].MeStrength);
        Assert.Equal((6, 6), (network.People[friend].Interactions, network.People[faded].Interactions));

        // The map's strength and circle are the keep-in-touch tie's: the agenda and the contact page say the same.
        foreach (var id in new[] { met, friend, faded })
        {
            var tie = await Service<Allies.Data.Agenda.AgendaService>().TieAsync(_owner, id, Ct);
            Assert.Equal(MeTie.Strength(tie.Score.Score, null), network.People[id].MeStrength!.Value, 12);
            Assert.Equal(tie.Circle, network.People[id].Circle);
        }

        // A pinned circle is the owner's word: it sets a floor on the strength.
        await Contacts.UpdateAsync(_owner, met, People.Named("Met", "Test") with { PinnedCircle = Circle.Close }, Ct);
        network = await Network.LoadAsync(_owner, Ct);
        Assert.Equal((Circle.Close, 0.6), (network.People[met].Circle, network.People[met].MeStrength!.Value));
    }

    // ------------------------------------------------------------------ paths

    [Fact]
    public async Task Paths_go_through_strong_ties_name_the_weakest_link_and_whom_to_ask_first()
    {
        var close = await PersonAsync("Close");
        var loose = await PersonAsync("Loose");
        var target = await PersonAsync("Goal", phase: Phase.Target);
        for (var i = 0; i < 8; i++)
        {
            await TalkAsync(2 + i, close);
        }

        await Network.LinkAsync(_owner, close, target, strength: 0.5, ct: Ct);
        await Network.LinkAsync(_owner, loose, target, strength: 0.9, ct: Ct);

        var result = await Network.PathsAsync(_owner, new PathQuery { ContactId = target }, 3, Ct);
        Assert.Equal(1, result.TargetsMatched);
        Assert.Equal(2, result.Paths.Count);
        var best = result.Paths[0];
        Assert.Equal([_owner, close, target], best.Steps.Select(s => s.Id));
        Assert.Equal(close, best.AskFirst!.Id);
        Assert.Equal((close, target, 0.5), (best.WeakestLink.From.Id, best.WeakestLink.To.Id, best.WeakestLink.Strength));
        Assert.Equal([_owner, loose, target], result.Paths[1].Steps.Select(s => s.Id));
        Assert.Equal((_owner, loose), (result.Paths[1].WeakestLink.From.Id, result.Paths[1].WeakestLink.To.Id));
        Assert.True(best.Cost < result.Paths[1].Cost);
    }

    [Fact]
    public async Task Equal_paths_are_all_offered_in_a_stable_order()
    {
        var x = await PersonAsync("Xavier");
        var y = await PersonAsync("Yves");
        var target = await PersonAsync("Goal", phase: Phase.Target);
        await Network.LinkAsync(_owner, x, target, strength: 0.5, ct: Ct);
        await Network.LinkAsync(_owner, y, target, strength: 0.5, ct: Ct);

        var first = await Network.PathsAsync(_owner, new PathQuery { ContactId = target }, 3, Ct);
        var again = await Network.PathsAsync(_owner, new PathQuery { ContactId = target }, 3, Ct);
        Assert.Equal(2, first.Paths.Count);
        Assert.Equal(first.Paths[0].Cost, first.Paths[1].Cost, 12);
        Assert.Equal(new[] { x, y }.Order(), first.Paths.Select(p => p.AskFirst!.Id).Order());
        Assert.Equal(first.Paths.Select(p => p.AskFirst!.Id), again.Paths.Select(p => p.AskFirst!.Id));
    }

    [Fact]
    public async Task No_path_when_nobody_I_know_is_linked_to_the_target_and_none_to_an_unknown_profile()
    {
        var target = await PersonAsync("Island", industry: "Aerospace", phase: Phase.Target);
        await PersonAsync("Someone", industry: "Law");

        var none = await Network.PathsAsync(_owner, new PathQuery { ContactId = target }, 3, Ct);
        Assert.Equal((1, 0), (none.TargetsMatched, none.Paths.Count));
        var nobody = await Network.PathsAsync(_owner, new PathQuery { Industry = "Mining" }, 3, Ct);
        Assert.Equal((0, 0), (nobody.TargetsMatched, nobody.Paths.Count));
        await Assert.ThrowsAsync<InvalidInputException>(() => Network.PathsAsync(_owner, new PathQuery(), 3, Ct));
    }

    [Fact]
    public async Task A_path_through_an_archived_contact_is_never_offered_and_an_archived_target_is_not_found()
    {
        var gone = await PersonAsync("Gone");
        var slow = await PersonAsync("Slow");
        var mid = await PersonAsync("Mid", phase: Phase.Target);
        var target = await PersonAsync("Goal", industry: "Energy", phase: Phase.Target);
        for (var i = 0; i < 8; i++)
        {
            await TalkAsync(1 + i, gone);
        }

        await Network.LinkAsync(_owner, gone, target, strength: 1, ct: Ct);   // the best route, until Gone is archived
        await Network.LinkAsync(_owner, slow, mid, strength: 0.5, ct: Ct);
        await Network.LinkAsync(_owner, mid, target, strength: 0.5, ct: Ct);
        Assert.Equal(gone, (await Network.PathsAsync(_owner, new PathQuery { ContactId = target }, 3, Ct)).Paths[0].AskFirst!.Id);

        await Contacts.ArchiveAsync(_owner, gone, ct: Ct);
        foreach (var query in new[] { new PathQuery { ContactId = target }, new PathQuery { Industry = "energy" } })
        {
            var paths = (await Network.PathsAsync(_owner, query, 5, Ct)).Paths;
            Assert.Equal([_owner, slow, mid, target], Assert.Single(paths).Steps.Select(s => s.Id));
        }

        Assert.DoesNotContain((await Network.LoadAsync(_owner, Ct)).Full.Nodes, n => n == gone);
        await Contacts.ArchiveAsync(_owner, target, ct: Ct);
        await Assert.ThrowsAsync<NotFoundException>(() => Network.PathsAsync(_owner, new PathQuery { ContactId = target }, 3, Ct));
    }

    // ------------------------------------------------------------------ holes and bridges

    [Fact]
    public async Task Holes_by_industry_show_areas_with_nobody_one_fragile_link_or_good_cover()
    {
        var claire = await PersonAsync("Claire", industry: "Consulting");
        for (var i = 0; i < 4; i++)
        {
            await TalkAsync(1 + i, claire);
        }

        var banker1 = await PersonAsync("Banker1", industry: "Finance", phase: Phase.Target, function: "Sales");
        var banker2 = await PersonAsync("Banker2", industry: "Finance", phase: Phase.Target);
        var banker3 = await PersonAsync("Banker3", industry: "Finance", phase: Phase.Target);
        foreach (var b in new[] { banker1, banker2, banker3 })
        {
            await Network.LinkAsync(_owner, claire, b, ct: Ct);
        }

        var lawyers = new[] { await PersonAsync("Law1", industry: "Law"), await PersonAsync("Law2", industry: "Law") };
        foreach (var l in lawyers)
        {
            for (var i = 0; i < 4; i++)
            {
                await TalkAsync(1 + i, l);
            }
        }

        await using (var db = Db())
        {
            db.Targets.Add(new Target { OwnerId = _owner, Industry = "Aerospace", Why = "New market", CreatedAt = Start });
            await db.SaveChangesAsync(Ct);
        }

        var holes = await Network.HolesAsync(_owner, Ct);
        var byArea = holes.ByIndustry.ToDictionary(a => a.Area);
        Assert.Equal(AreaReach.Nobody, byArea["Aerospace"].Reach);
        Assert.Equal(AreaReach.Fragile, byArea["Finance"].Reach);
        Assert.Equal(claire, Assert.Single(byArea["Finance"].Gateways).Id);
        Assert.Equal(3, byArea["Finance"].PeopleReached);
        Assert.Equal(AreaReach.Covered, byArea["Law"].Reach);
        Assert.Equal(2, byArea["Law"].CloseGateways);
        Assert.Equal(["Aerospace", "Consulting", "Finance"], holes.ByIndustry.Where(a => a.Reach != AreaReach.Covered).Select(a => a.Area));
        Assert.Contains(holes.ByFunction, a => a.Area == "Sales" && a.Reach == AreaReach.Fragile);

        // "3 of your contacts in Finance reach you only through Claire."
        var dependence = Assert.Single(holes.Dependencies);
        Assert.Equal((claire, 3), (dependence.BridgeId, dependence.Count));
        Assert.Equal(new AreaCount("Finance", 3), Assert.Single(dependence.ByIndustry));
        Assert.Contains("3 of your contacts in Finance reach you only through Claire Test.", dependence.Reasons);
    }

    [Fact]
    public async Task Bridges_stats_and_weak_ties_describe_two_circles_joined_by_one_person()
    {
        var left = new List<Guid>();
        var right = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            left.Add(await PersonAsync($"L{i}", industry: "Tech"));
            right.Add(await PersonAsync($"R{i}", industry: "Health"));
        }

        for (var i = 0; i < 4; i++)
        {
            for (var j = i + 1; j < 4; j++)
            {
                await Network.LinkAsync(_owner, left[i], left[j], ct: Ct);
                await Network.LinkAsync(_owner, right[i], right[j], ct: Ct);
            }

            for (var t = 0; t < 5; t++)
            {
                await TalkAsync(1 + t, left[i]);
            }
        }

        var broker = await PersonAsync("Broker");
        await Network.LinkAsync(_owner, broker, left[0], ct: Ct);
        await Network.LinkAsync(_owner, broker, right[0], ct: Ct);

        var stats = await Network.StatsAsync(_owner, Ct);
        Assert.Equal((9, 14, 9), (stats.Contacts, stats.Ties, stats.MyTies));
        Assert.Equal(2, stats.Communities);
        Assert.True(stats.Modularity > 0.3);
        Assert.NotNull(stats.MyConstraint);
        Assert.NotNull(stats.MyEffectiveSize);

        var bridges = await Network.BridgesAsync(_owner, 3, Ct);
        Assert.Contains(bridges.Bridges[0].Id, new[] { broker, left[0], right[0] });
        Assert.Contains(bridges.Bridges, b => b.Id == broker);
        var network = await Network.LoadAsync(_owner, Ct);
        Assert.Equal(Betweenness.Compute(network.Contacts)[broker], bridges.Bridges.Single(b => b.Id == broker).Betweenness, 12);
        // The right-hand circle is reached only through weak ties (never talked to): they are the weak ties worth keeping.
        Assert.NotEmpty(bridges.WeakTies);
        Assert.All(bridges.WeakTies, w => Assert.Contains(w.Id, right));
    }

    [Fact]
    public async Task One_owners_network_never_contains_anothers_contacts_or_links()
    {
        var a = await PersonAsync("Ann");
        var b = await PersonAsync("Ben");
        await Network.LinkAsync(_owner, a, b, ct: Ct);
        var other = NewOwner();
        var own = (await Contacts.CreateAsync(other, People.Named("Own"), Ct)).Id;

        var network = await Network.LoadAsync(other, Ct);
        Assert.Equal([own], network.People.Keys);
        Assert.Empty(network.Ties);
        Assert.Equal(0, (await Network.PathsAsync(other, new PathQuery { Industry = "x" }, 3, Ct)).TargetsMatched);
        await Assert.ThrowsAsync<NotFoundException>(() => Network.PathsAsync(other, new PathQuery { ContactId = a }, 3, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Network.LinkAsync(other, own, a, ct: Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Network.UnlinkAsync(other, a, b, Ct));
        Assert.Single((await Network.LoadAsync(_owner, Ct)).Ties);
        using var export = new MemoryStream();
        await Network.ExportAsync(other, ExportFormat.GraphMl, export, Ct);
        Assert.DoesNotContain(a.ToString(), System.Text.Encoding.UTF8.GetString(export.ToArray()), StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ export

    [Theory]
    [InlineData(ExportFormat.GraphMl)]
    [InlineData(ExportFormat.Gexf)]
    public async Task Exports_are_valid_xml_that_networkx_reads_back_with_every_node_and_tie(ExportFormat format)
    {
        var a = await PersonAsync("Zoé & <Ann>", industry: "Tech");
        var b = await PersonAsync("Ben");
        await PersonAsync("Target", phase: Phase.Target);
        await Network.LinkAsync(_owner, a, b, LinkKind.Friend, 0.75, Ct);
        var path = Path.Combine(Path.GetTempPath(), $"allies-export-{Guid.NewGuid():N}.{GraphExport.Extension(format)}");
        try
        {
            await using (var file = File.Create(path))
            {
                await Network.ExportAsync(_owner, format, file, Ct);
            }

            var xml = XDocument.Load(path);
            Assert.Equal(format == ExportFormat.Gexf ? "gexf" : "graphml", xml.Root!.Name.LocalName);
            Assert.Equal(4, xml.Descendants().Count(e => e.Name.LocalName == "node"));
            Assert.Equal(3, xml.Descendants().Count(e => e.Name.LocalName == "edge"));  // me–Zoé, me–Ben, Zoé–Ben

            var reader = format == ExportFormat.Gexf ? "read_gexf" : "read_graphml";
            var script = $"import networkx as nx; g = nx.{reader}('{path}'); " +
                         $"print(g.number_of_nodes(), g.number_of_edges(), g['{a}']['{b}']['weight'], g.nodes['{a}']['label'])";
            var (exit, output) = await RunAsync("/usr/bin/python3", "-c", script);
            Assert.True(exit == 0, $"networkx could not read the export (needs Debian's python3-networkx): {output}");
            Assert.Equal("4 3 0.75 Zoé & <Ann> Test", output.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    static async Task<(int Exit, string Output)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(Ct);
        var error = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, output + error);
    }
}

public sealed class NetworkServiceTestsOnSqlite(SqliteDatabase db) : NetworkServiceTests(db), IClassFixture<SqliteDatabase>;

public sealed class NetworkServiceTestsOnPostgres(PostgresDatabase db) : NetworkServiceTests(db), IClassFixture<PostgresDatabase>;
