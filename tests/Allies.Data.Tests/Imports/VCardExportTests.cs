using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Allies.Core.Contacts;
using Allies.Data.Imports;
using Allies.Data.Tests.Infrastructure;
using Allies.Interop.VCards;

namespace Allies.Data.Tests.Imports;

/// <summary>vCard exports read by another tool: Debian's python3-vobject (installed by test.sh).</summary>
public sealed class VCardExportTests(SqliteDatabase database) : DataTest(database), IClassFixture<SqliteDatabase>
{
    const string Reader = """
        import sys, json, vobject
        out = []
        for card in vobject.readComponents(sys.stdin.read()):
            out.append({
                "fn": card.fn.value,
                "emails": [e.value for e in card.contents.get("email", [])],
                "tels": [t.value for t in card.contents.get("tel", [])],
                "org": card.org.value if "org" in card.contents else None,
                "note": card.note.value if "note" in card.contents else None,
            })
        print(json.dumps(out))
        """;

    [Theory]
    [InlineData(VCardVersion.V4)]
    [InlineData(VCardVersion.V3)]
    public async Task Vobject_reads_every_exported_card_with_its_values(VCardVersion version)
    {
        var owner = NewOwner();
        await Contacts.CreateAsync(owner, new ContactInput
        {
            FirstName = "Hélène",
            LastName = "Dupont-Śmigły",
            Emails = ["helene@example.fr", "h.dupont@work.example"],
            Phones = ["+33612345678"],
            Company = "Acme; Sons",
            Notes = "Line one\nLine two, with a comma and a very long sentence that must be folded over several lines of the card",
        }, Ct);
        await Contacts.CreateAsync(owner, People.Named("李", "小龍"), Ct);
        using var text = new StringWriter();
        await Service<ExportService>().WriteVCardsAsync(owner, text, version, Ct);

        var info = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, StandardInputEncoding = new UTF8Encoding(false) };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Reader);
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        using var python = Process.Start(info)!;
        await python.StandardInput.WriteAsync(text.ToString());
        python.StandardInput.Close();
        var output = await python.StandardOutput.ReadToEndAsync(Ct);
        var error = await python.StandardError.ReadToEndAsync(Ct);
        await python.WaitForExitAsync(Ct);

        Assert.True(python.ExitCode == 0, error);
        var cards = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, cards.Count);
        var helene = cards.Single(c => c.GetProperty("fn").GetString() == "Hélène Dupont-Śmigły");
        Assert.Equal(["helene@example.fr", "h.dupont@work.example"], helene.GetProperty("emails").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("+33612345678", helene.GetProperty("tels")[0].GetString());
        Assert.Equal("Acme; Sons", helene.GetProperty("org")[0].GetString());
        Assert.Equal("Line one\nLine two, with a comma and a very long sentence that must be folded over several lines of the card", helene.GetProperty("note").GetString());
        Assert.Contains(cards, c => c.GetProperty("fn").GetString() == "李 小龍");
    }
}
