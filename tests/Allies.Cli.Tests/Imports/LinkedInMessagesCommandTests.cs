using System.Text;
using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests.Imports;

public sealed class LinkedInMessagesCommandTests
{
    [Fact]
    public async Task Linkedin_messages_become_interactions_once_and_the_kind_is_listed_in_the_help()
    {
        using var cli = await TempCli.WithAccountAsync("a@example.com");
        var dir = Directory.CreateTempSubdirectory("allies-cli-linkedin-").FullName;
        var connections = Path.Combine(dir, "Connections.csv");
        File.WriteAllText(connections, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,https://www.linkedin.com/in/ada,,Engines,Engineer,04 Jan 2026\n", new UTF8Encoding(false));
        var messages = Path.Combine(dir, "messages.csv");
        File.WriteAllText(messages,
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n" +
            "c1,,Me Myself,https://www.linkedin.com/in/me,Ada Lovelace,https://www.linkedin.com/in/ada,2026-01-05 09:00:00 UTC,,Hello,INBOX\n" +
            "c1,,Ada Lovelace,https://www.linkedin.com/in/ada,Me Myself,https://www.linkedin.com/in/me,2026-01-05 09:04:00 UTC,,Hello back,INBOX\n" +
            "c2,,Me Myself,https://www.linkedin.com/in/me,Bob Stranger,https://www.linkedin.com/in/bob,2026-01-06 09:00:00 UTC,,Hi,INBOX\n",
            new UTF8Encoding(false));

        await cli.OkAsync("import", "linkedin", connections);
        var first = await cli.OkAsync("import", "linkedin-messages", messages);
        var second = await cli.JsonAsync("import", "linkedin-messages", messages);
        var ada = await cli.JsonAsync("contacts", "show", "Ada");
        var help = await cli.RunAsync("import", "--help");

        Assert.StartsWith("Imported messages.csv (linkedin-messages): 3 read, 2 added", first.Out, StringComparison.Ordinal);
        Assert.Equal((3, 0), (second.GetProperty("read").GetInt32(), second.GetProperty("added").GetInt32()));
        var talks = ada.GetProperty("recentInteractions").EnumerateArray().ToList();
        Assert.Equal(2, talks.Count);
        Assert.All(talks, t => Assert.Equal("message", t.GetProperty("kind").GetString(), ignoreCase: true));
        Assert.Contains("linkedin-messages", help.Out, StringComparison.Ordinal);
    }
}
