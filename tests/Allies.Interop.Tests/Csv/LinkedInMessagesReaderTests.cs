using System.Text;
using Allies.Interop.Csv;
using Allies.Interop.Reading;

namespace Allies.Interop.Tests.Csv;

public sealed class LinkedInMessagesReaderTests
{
    static ParseResult<LinkedInMessage> Read(string text, Encoding? encoding = null) =>
        LinkedInMessagesReader.Read(new MemoryStream((encoding ?? new UTF8Encoding(true)).GetBytes(text)), "messages.csv").Collect();

    [Fact]
    public void Each_row_is_a_message_with_its_conversation_sender_recipients_and_time_in_utc()
    {
        var result = Read(
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\r\n" +
            "2-abc,Team,Ada Lovelace,https://www.linkedin.com/in/ada,\"Grace Hopper, Alan Turing\",\"https://www.linkedin.com/in/grace,https://www.linkedin.com/in/alan\",2026-08-01 02:00:00 UTC,,\"Hello, both\r\nof you\",INBOX\r\n" +
            "2-abc,Team,Grace Hopper,https://www.linkedin.com/in/grace/,\"Ada Lovelace\",https://www.linkedin.com/in/ada,2026-08-01 03:15:00 UTC,Re: hello,Hi,INBOX\r\n");

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Records.Count);
        var first = result.Records[0];
        Assert.Equal(("2-abc", "Team", 2L), (first.ConversationId, first.Title, first.Line));
        Assert.Equal(new DateTimeOffset(2026, 8, 1, 2, 0, 0, TimeSpan.Zero), first.Date);
        Assert.Equal(["Grace Hopper", "Alan Turing"], first.To.Select(p => p.Name));
        Assert.Equal(["url:linkedin.com/in/ada", "url:linkedin.com/in/grace", "url:linkedin.com/in/alan"], first.People.Select(p => p.Key));
        // The same person with or without "www." and a trailing slash is one key.
        Assert.Equal(first.To[0].Key, result.Records[1].From.Key);
        Assert.Equal((4L, "Re: hello"), (result.Records[1].Line, result.Records[1].Subject));
        Assert.NotEqual(first.StableId, result.Records[1].StableId);
    }

    [Fact]
    public void Older_exports_without_profile_addresses_are_read_by_name_and_a_date_without_zone_is_utc()
    {
        var result = Read("CONVERSATION ID,CONVERSATION TITLE,FROM,TO,DATE,SUBJECT,CONTENT,FOLDER\nconv-1,,Ada Lovelace,You,2026-01-05 09:00:00,,Hello there,INBOX\n", Encoding.UTF8);

        var m = Assert.Single(result.Records);
        Assert.Equal(("name:ada lovelace", "name:you"), (m.From.Key, Assert.Single(m.To).Key));
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), m.Date);
    }

    [Fact]
    public void Bad_rows_are_reported_with_line_and_field_and_the_rest_is_read()
    {
        var result = Read(
            "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,DATE,IS MESSAGE DRAFT\n" +
            ",Ada,,Grace,2026-01-05 09:00:00,false\n" +
            "c1,,,Grace,2026-01-05 09:00:00,false\n" +
            "c1,Ada,,Grace,yesterday,false\n" +
            "c1,Ada,,Grace,,false\n" +
            "c1,Ada,,Grace,2026-01-06 10:00:00,true\n");

        Assert.Equal([2L, 3L, 4L, 5L], result.Problems.Select(p => p.Line!.Value));
        Assert.StartsWith("CONVERSATION ID is empty", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("FROM and SENDER PROFILE URL are both empty", result.Problems[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("DATE 'yesterday' is not a date", result.Problems[2].Reason, StringComparison.Ordinal);
        Assert.StartsWith("DATE is empty", result.Problems[3].Reason, StringComparison.Ordinal);
        Assert.True(Assert.Single(result.Records).IsDraft);
    }

    [Fact]
    public void A_contacts_file_is_not_taken_for_messages()
    {
        var csv = "First Name,Last Name,URL\nAda,Lovelace,https://www.linkedin.com/in/ada\n";
        var result = Read(csv);
        Assert.Empty(result.Records);
        Assert.Contains("not a LinkedIn messages export", Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
        Assert.False(LinkedInMessagesReader.LooksLikeMessages(new MemoryStream(Encoding.UTF8.GetBytes(csv))));
        Assert.True(LinkedInMessagesReader.LooksLikeMessages(new MemoryStream(Encoding.UTF8.GetBytes("\uFEFFCONVERSATION ID,FROM,TO,DATE\n"))));
        Assert.Contains("empty", Assert.Single(Read("").Problems).Reason, StringComparison.Ordinal);
    }
}
