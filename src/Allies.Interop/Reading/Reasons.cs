namespace Allies.Interop.Reading;

/// <summary>
/// Every problem an import can report, by code: the one place a problem's English sentence is written. The web page
/// shows each code from its resource "import.problem.{code}" (English and French; ImportProblemTextTests prove every
/// code has both, with as many placeholders as values), the CLI and the API show the English made here. A code, once
/// stored in a report, is never renamed or given other values: old reports are shown from it.
/// </summary>
public static class Reasons
{
    static readonly List<ProblemReason> all = [];

    /// <summary>Every code, in the order written here.</summary>
    public static IReadOnlyList<ProblemReason> All => all;

    /// <summary>The reason of <paramref name="code"/>, or null for a code this version does not know.</summary>
    public static ProblemReason? Find(string? code) => code is null ? null : all.Find(r => r.Code == code);

    // Files that are not text, or not of the kind asked.
    public static readonly ProblemReason0 Zip = Add(new ProblemReason0("zip",
        "This is a ZIP archive, not a text file: unzip it and import the file inside (for LinkedIn: Connections.csv).", wholeFile: true));
    public static readonly ProblemReason0 NotText = Add(new ProblemReason0("not_text",
        "This is not a text file (it holds binary data): nothing was read from it. Check the file and the kind of import.", wholeFile: true));
    public static readonly ProblemReason1 FileUnreadable = Add(new ProblemReason1("file_unreadable", "The file cannot be read: {0}", wholeFile: true));
    /// <summary>Nothing but blank lines: not a file of the wrong kind, only one with nothing in it (as an empty mailbox is).</summary>
    public static readonly ProblemReason0 FileEmpty = Add(new ProblemReason0("file_empty", "The file is empty: there is nothing to import."));
    public static readonly ProblemReason1 FileCut = Add(new ProblemReason1("file_cut", "The file cannot be read past this line: {0}"));

    // Folders.
    public static readonly ProblemReason0 FolderNoConnections = Add(new ProblemReason0("folder_no_connections",
        "The folder holds no Connections.csv (LinkedIn's export names its contacts file so).", wholeFile: true));
    public static readonly ProblemReason0 FolderNoVCard = Add(new ProblemReason0("folder_no_vcard", "The folder holds no vCard file (.vcf).", wholeFile: true));
    public static readonly ProblemReason0 FolderNoCsv = Add(new ProblemReason0("folder_no_csv", "The folder holds no CSV file (.csv).", wholeFile: true));
    public static readonly ProblemReason0 FolderNoMail = Add(new ProblemReason0("folder_no_mail", "The folder holds no message files.", wholeFile: true));
    public static readonly ProblemReason0 FolderNoMessagesCsv = Add(new ProblemReason0("folder_no_messages_csv", "The folder holds no messages.csv.", wholeFile: true));

    // CSV contacts.
    public static readonly ProblemReason0 StrayQuote = Add(new ProblemReason0("stray_quote", "This row has a stray quote; its fields were read as written."));
    public static readonly ProblemReason0 NoHeader = Add(new ProblemReason0("no_header",
        "The file has no header row; each column's meaning was guessed from its content (names, emails, phones, web addresses)."));
    public static readonly ProblemReason0 HeaderOnly = Add(new ProblemReason0("header_only", "The file holds a header but no contacts."));
    public static readonly ProblemReason1 RowUnreadable = Add(new ProblemReason1("row_unreadable", "This row could not be read: {0}"));
    public static readonly ProblemReason0 RowNobody = Add(new ProblemReason0("row_nobody",
        "This row has no name, email, phone or company, so there is nobody to import; it was skipped."));
    public static readonly ProblemReason1 ConnectedNotDate = Add(new ProblemReason1("connected_not_date",
        "'Connected On' holds '{0}', which is not a date; the contact was read without it."));
    public static readonly ProblemReason1 BirthdayImpossible = Add(new ProblemReason1("birthday_impossible",
        "The birthday {0} is not a date; the contact was read without it."));

    // Values kept in the notes, and people the contact rules turned down.
    public static readonly ProblemReason1 BirthdayKept = Add(new ProblemReason1("birthday_kept", "The birthday '{0}' is not a date; it was kept in the notes."));
    public static readonly ProblemReason1 EmailKept = Add(new ProblemReason1("email_kept", "The email '{0}' is not an email address; it was kept in the notes."));
    public static readonly ProblemReason1 PhoneKept = Add(new ProblemReason1("phone_kept", "The phone '{0}' is not a phone number; it was kept in the notes."));
    public static readonly ProblemReason1 LinkedInKept = Add(new ProblemReason1("linkedin_kept",
        "The LinkedIn address '{0}' is not a web address; it was kept in the notes."));
    public static readonly ProblemReason1 WebsiteKept = Add(new ProblemReason1("website_kept",
        "The Website address '{0}' is not a web address; it was kept in the notes."));
    public static readonly ProblemReason3 PersonInvalid = Add(new ProblemReason3("person_invalid", "{0}: {1} The person '{2}' was not imported."));

    // vCard.
    public static readonly ProblemReason0 NotVCard = Add(new ProblemReason0("not_vcard", "No BEGIN:VCARD found: this is not a vCard file.", wholeFile: true));
    public static readonly ProblemReason1 CardNoEndBefore = Add(new ProblemReason1("card_no_end_before",
        "The card starting here has no END:VCARD before the next card at line {0}; what it held was read."));
    public static readonly ProblemReason0 CardNoEnd = Add(new ProblemReason0("card_no_end",
        "The card starting here has no END:VCARD (the file may be cut short); what it held was read."));
    public static readonly ProblemReason0 EndWithoutBegin = Add(new ProblemReason0("end_without_begin", "END:VCARD without a BEGIN:VCARD; ignored."));
    public static readonly ProblemReason0 OutsideCard = Add(new ProblemReason0("outside_card",
        "This line is outside any BEGIN:VCARD … END:VCARD block; it was skipped."));
    public static readonly ProblemReason1 NotVCardProperty = Add(new ProblemReason1("not_vcard_property",
        "'{0}' is not a vCard property (no 'NAME:value'); it was skipped."));
    public static readonly ProblemReason1 CardUnreadable = Add(new ProblemReason1("card_unreadable", "The card starting here could not be read: {0}"));
    public static readonly ProblemReason0 CardNobody = Add(new ProblemReason0("card_nobody",
        "The card has no name, email, phone or organisation, so there is nobody to import; it was skipped."));

    // Mail.
    public static readonly ProblemReason0 NotMbox = Add(new ProblemReason0("not_mbox",
        "This is not an mbox file (no 'From ' line before the first message).", wholeFile: true));
    public static readonly ProblemReason0 MailboxEmpty = Add(new ProblemReason0("mailbox_empty", "The mailbox is empty."));
    public static readonly ProblemReason1 MailUnparsable = Add(new ProblemReason1("mail_unparsable", "This is not a mail message: {0}", wholeFile: true));
    public static readonly ProblemReason0 NotMail = Add(new ProblemReason0("not_mail",
        "This is not a mail message: it has no From, To, Date, Subject or Message-ID header (an mbox starts with a 'From ' line).", wholeFile: true));
    public static readonly ProblemReason0 MailNoDate = Add(new ProblemReason0("mail_no_date",
        "The message has no Date: without one it cannot become an interaction, so it was skipped."));
    public static readonly ProblemReason1 MailBadDate = Add(new ProblemReason1("mail_bad_date",
        "The Date '{0}' is not a date: without one the message cannot become an interaction, so it was skipped."));
    public static readonly ProblemReason0 MailNoSender = Add(new ProblemReason0("mail_no_sender", "The message has no readable sender (From)."));

    // LinkedIn messages.
    public static readonly ProblemReason0 NotLinkedInMessages = Add(new ProblemReason0("not_linkedin_messages",
        "This is not a LinkedIn messages export: its first row should name the columns CONVERSATION ID, FROM, TO and DATE.", wholeFile: true));
    public static readonly ProblemReason0 LinkedInMessagesEmpty = Add(new ProblemReason0("linkedin_messages_empty",
        "The file is empty: a LinkedIn messages export starts with a header row."));
    public static readonly ProblemReason0 MessageNoConversation = Add(new ProblemReason0("message_no_conversation",
        "CONVERSATION ID is empty: the message cannot be placed in a conversation."));
    public static readonly ProblemReason0 MessageNoDate = Add(new ProblemReason0("message_no_date", "DATE is empty: the message has no time."));
    public static readonly ProblemReason1 MessageBadDate = Add(new ProblemReason1("message_bad_date",
        "DATE '{0}' is not a date (expected like 2024-06-15 10:30:00 UTC)."));
    public static readonly ProblemReason0 MessageNoSender = Add(new ProblemReason0("message_no_sender",
        "FROM and SENDER PROFILE URL are both empty: nobody sent this message."));

    // iCalendar.
    public static readonly ProblemReason0 NotICalendar = Add(new ProblemReason0("not_icalendar",
        "No BEGIN:VEVENT found: this is not an iCalendar file.", wholeFile: true));
    public static readonly ProblemReason0 CalendarNoEvents = Add(new ProblemReason0("calendar_no_events", "The calendar has no events (VEVENT)."));
    public static readonly ProblemReason0 EventNoStart = Add(new ProblemReason0("event_no_start", "The event has no start (DTSTART); it was skipped."));
    public static readonly ProblemReason1 EventUnreadable = Add(new ProblemReason1("event_unreadable", "This event could not be read: {0}"));
    public static readonly ProblemReason1 EventTimesAsUtc = Add(new ProblemReason1("event_times_as_utc", "{0}; this event's times were read as UTC."));
    public static readonly ProblemReason0 EventPropertySkipped = Add(new ProblemReason0("event_property_skipped",
        "This property could not be read and was skipped; the rest of the event was read."));
    public static readonly ProblemReason0 EventTooBroken = Add(new ProblemReason0("event_too_broken",
        "This event has too many unreadable properties; it was skipped."));

    static T Add<T>(T reason)
        where T : ProblemReason
    {
        if (all.Exists(r => r.Code == reason.Code))
        {
            throw new ArgumentException($"Problem code '{reason.Code}' is defined twice.");
        }

        all.Add(reason);
        return reason;
    }
}
