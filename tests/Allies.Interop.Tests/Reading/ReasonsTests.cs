using Allies.Interop.Reading;

namespace Allies.Interop.Tests.Reading;

/// <summary>The table of problem codes: what a stored report and the translations rely on.</summary>
public sealed class ReasonsTests
{
    [Fact]
    public void Every_code_is_unique_and_its_English_holds_each_of_its_values()
    {
        Assert.Equal(Reasons.All.Count, Reasons.All.Select(r => r.Code).Distinct().Count());
        foreach (var reason in Reasons.All)
        {
            Assert.Matches("^[a-z][a-z0-9_]*$", reason.Code);
            for (var i = 0; i < reason.Arity; i++)
            {
                Assert.Contains("{" + i + "}", reason.English, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("{" + reason.Arity + "}", reason.English, StringComparison.Ordinal);
            Assert.Same(reason, Reasons.Find(reason.Code));
        }
    }

    [Fact]
    public void A_problem_text_is_its_codes_English_with_its_values_and_equal_to_the_same_code_and_values()
    {
        var text = Reasons.NotVCardProperty.With("garbage {0}");

        Assert.Equal("'garbage {0}' is not a vCard property (no 'NAME:value'); it was skipped.", text.English);
        Assert.Equal("not_vcard_property", text.Code);
        Assert.Equal(["garbage {0}"], text.Args);
        Assert.Equal(Reasons.NotVCardProperty.With("garbage {0}"), text);
        Assert.NotEqual(Reasons.NotVCardProperty.With("other"), text);
        Assert.Null(Reasons.Find("no_such_code"));
    }

    [Fact]
    public void Only_the_problems_that_say_a_file_is_not_of_the_kind_asked_fail_an_import_that_read_nothing()
    {
        Assert.Equal(
            ["zip", "not_text", "file_unreadable", "folder_no_connections", "folder_no_vcard", "folder_no_csv", "folder_no_mail",
             "folder_no_messages_csv", "not_vcard", "not_mbox", "mail_unparsable", "not_mail", "not_linkedin_messages", "not_icalendar"],
            Reasons.All.Where(r => r.WholeFile).Select(r => r.Code));
        // A readable file with nothing to import in it is not a failure.
        Assert.False(Reasons.HeaderOnly.WholeFile);
        Assert.False(Reasons.MailboxEmpty.WholeFile);
        Assert.False(Reasons.CalendarNoEvents.WholeFile);
        Assert.False(Reasons.LinkedInMessagesEmpty.WholeFile);
    }
}
