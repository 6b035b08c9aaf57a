using Allies.Interop.Mail;
using Allies.Interop.Reading;

namespace Allies.Interop.Tests.Mail;

public sealed class MailCorpusTests
{
    public static TheoryData<string> Files => Corpus.Names("email", ".eml", ".mbox");

    [Fact]
    public void The_corpus_holds_every_mail_file_of_the_manifest()
    {
        Assert.Equal(125, Corpus.Files("email").Count(f => !f.EndsWith(".md", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_message_file_gives_envelopes_or_reported_problems(string name)
    {
        var result = MailReader.ReadFile(Corpus.File("email", name)).Collect();

        Assert.NotEmpty(result.Records);
        Assert.All(result.Records, m => Assert.False(string.IsNullOrEmpty(m.StableId)));
        Assert.All(result.Problems, p => Assert.NotNull(p.Message));
    }

    [Fact]
    public void The_maildir_is_read_message_by_message()
    {
        var result = MailReader.ReadFolder(Corpus.Folder("email/maildir")).Collect();

        Assert.Equal(53, result.Records.Count);
        Assert.Empty(result.Problems);
        Assert.All(result.Records, r => Assert.NotNull(r.MessageId));
        Assert.All(result.Records, r => Assert.NotNull(r.Date));
        Assert.True(result.Records.Count(r => r.InReplyTo is not null) >= 20, "notmuch's corpus is made of reply threads");
        Assert.Contains(result.Records, r => r.File == Path.Combine("notmuch-default", "foo", "baz", "cur", "13:2,"));
    }

    [Fact]
    public void A_reply_names_the_message_it_answers()
    {
        var reply = Assert.Single(MailReader.ReadFile(Corpus.File("email", "eml/mail__rfc2822_example06.eml")).Collect().Records);

        Assert.Equal("3456@example.net", reply.MessageId);
        Assert.Equal(new MailPerson("Mary Smith", "mary@example.net"), reply.From.Single());
        Assert.Equal("jdoe@machine.example", reply.To.Single().Address);
        Assert.Equal("Re: Saying Hello", reply.Subject);
        Assert.Equal("1234@local.machine.example", reply.InReplyTo);
        Assert.Equal(["1234@local.machine.example"], reply.References);
        Assert.Equal(new DateTimeOffset(1997, 11, 21, 10, 1, 10, TimeSpan.FromHours(-6)), reply.Date);
    }

    [Fact]
    public void Both_cc_headers_are_read()
    {
        var message = Assert.Single(MailReader.ReadFile(Corpus.File("email", "eml/notmuch__broken-cc.eml")).Collect().Records);

        Assert.Equal(2, message.Cc.Count);
    }

    [Fact]
    public void An_unreadable_date_is_a_problem_and_the_message_is_kept()
    {
        var result = MailReader.ReadFile(Corpus.File("email", "eml/notmuch__text-calendar_invite.eml")).Collect();

        Assert.Null(Assert.Single(result.Records).Date);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Message);
        Assert.Contains("Thu Jan 01 00:00:10 +0000", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Mbox_messages_are_numbered_and_missing_dates_reported_by_number()
    {
        var result = MailReader.ReadFile(Corpus.File("email", "mbox/perceval__mbox_no_fields.mbox")).Collect();

        Assert.Equal([1L, 2, 3, 4, 5, 6], result.Records.Select(r => r.Number));
        Assert.Equal([3L, 5], result.Problems.Select(p => p.Message!.Value));
        Assert.All(result.Problems, p => Assert.Contains("no Date", p.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Pipermail_thread_keeps_its_reply_chain_and_hidden_addresses()
    {
        var result = MailReader.ReadFile(Corpus.File("email", "mbox/perceval__pipermail_2015_november.mbox")).Collect();

        Assert.Equal(4, result.Records.Count);
        Assert.Equal(new MailPerson("Andy Grunwald", "andy@example.com"), result.Records[0].From.Single());
        Assert.Equal(result.Records[1].MessageId, result.Records[2].InReplyTo);
    }

    [Fact]
    public void Messages_without_message_id_get_the_same_stable_id_each_time()
    {
        var first = MailReader.ReadFile(Corpus.File("email", "eml/cpython__msg_35.eml")).Collect().Records.Single();
        var second = MailReader.ReadFile(Corpus.File("email", "eml/cpython__msg_35.eml")).Collect().Records.Single();

        Assert.Null(first.MessageId);
        Assert.StartsWith("sha256:", first.StableId, StringComparison.Ordinal);
        Assert.Equal(first.StableId, second.StableId);
    }

    [Fact]
    public void Text_that_is_not_mail_is_reported()
    {
        var result = MailReader.Read(new MemoryStream([]), "empty.eml").Collect();

        Assert.True(result.Records.Count + result.Problems.Count > 0);
    }

    [Fact]
    public void A_text_file_with_no_envelope_header_is_one_problem_saying_it_is_not_mail()
    {
        var result = MailReader.Read(new MemoryStream("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n"u8.ToArray()), "passwd").Collect();

        Assert.Empty(result.Records);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("passwd", 1L), (problem.File, problem.Message));
        Assert.StartsWith("This is not a mail message: it has no From, To, Date, Subject or Message-ID header", problem.Reason, StringComparison.Ordinal);
    }
}
