using System.CommandLine;
using Allies.Cli.Input;
using Allies.Core.Contacts;

namespace Allies.Cli.Commands.Contacts;

/// <summary>The options shared by `contacts add` and `contacts edit`, and how they fill a <see cref="ContactInput"/>.</summary>
sealed class ContactFields
{
    public Option<string[]> Emails { get; } = Many("--email", "An email address; repeat the option for several (the first is the main one).");
    public Option<string[]> Phones { get; } = Many("--phone", "A phone number; repeat the option for several.");
    public Option<string?> Company { get; } = Text("--company", "Where they work.");
    public Option<string?> Role { get; } = Text("--role", "Their job title.");
    public Option<string?> Industry { get; } = Text("--industry", "Their industry, e.g. Banking.");
    public Option<string?> Function { get; } = Text("--function", "Their function, e.g. Finance, Engineering.");
    public Option<string?> Location { get; } = Text("--location", "Where they live or work, e.g. Paris.");
    public Option<Channel?> Channel { get; } = Parsers.Choice<Channel>("--channel", "How the relationship started");
    public Option<string?> HowMet { get; } = Text("--how-met", "How you met, in your words.");
    public Option<string?> WhereMet { get; } = Text("--where-met", "Where you met.");
    public Option<DateOnly?> MetOn { get; } = Parsers.Day("--met-on", "The day you met");
    public Option<string?> IntroducedBy { get; } = Text("--introduced-by", "The contact who introduced you (a name, an email or an id).", "contact");
    public Option<string[]> Tags { get; } = Many("--tag", "A tag; repeat the option for several.");
    public Option<string[]> Interests { get; } = Many("--interest", "An interest; repeat the option for several.");
    public Option<string?> Needs { get; } = Text("--needs", "Their current challenges and goals: what they need.");
    public Option<string?> Offers { get; } = Text("--offers", "What they can offer others.");
    public Option<string?> Detail { get; } = Text("--detail", "The personal detail worth remembering, e.g. 'loves kitesurfing'.");
    public Option<DateOnly?> Birthday { get; } = Parsers.Day("--birthday", "Their birthday");
    public Option<string?> Notes { get; } = Text("--notes", "Free notes.");
    public Option<string?> LinkedIn { get; } = Text("--linkedin", "Their LinkedIn profile address (https://…).", "url");
    public Option<string?> Website { get; } = Text("--website", "Their website (https://…).", "url");

    public void AddTo(Command command)
    {
        Option[] all = [Emails, Phones, Company, Role, Industry, Function, Location, Channel, HowMet, WhereMet, MetOn,
            IntroducedBy, Tags, Interests, Needs, Offers, Detail, Birthday, Notes, LinkedIn, Website];
        foreach (var option in all)
        {
            command.Add(option);
        }
    }

    /// <summary>True when at least one of these options was typed.</summary>
    public bool AnyGiven(ParseResult parse) =>
        new Option[] { Emails, Phones, Company, Role, Industry, Function, Location, Channel, HowMet, WhereMet, MetOn,
            IntroducedBy, Tags, Interests, Needs, Offers, Detail, Birthday, Notes, LinkedIn, Website }.Any(parse.Given);

    /// <summary>Starts from <paramref name="input"/> and changes only what was typed: an empty value clears a field.</summary>
    public ContactInput Apply(ParseResult parse, ContactInput input, Guid? introducedById)
    {
        var i = input;
        i = parse.Given(Emails) ? i with { Emails = parse.GetValue(Emails) ?? [] } : i;
        i = parse.Given(Phones) ? i with { Phones = parse.GetValue(Phones) ?? [] } : i;
        i = parse.Given(Company) ? i with { Company = parse.GetValue(Company) } : i;
        i = parse.Given(Role) ? i with { Role = parse.GetValue(Role) } : i;
        i = parse.Given(Industry) ? i with { Industry = parse.GetValue(Industry) } : i;
        i = parse.Given(Function) ? i with { Function = parse.GetValue(Function) } : i;
        i = parse.Given(Location) ? i with { Location = parse.GetValue(Location) } : i;
        i = parse.Given(Channel) ? i with { Channel = parse.GetValue(Channel) } : i;
        i = parse.Given(HowMet) ? i with { HowMet = parse.GetValue(HowMet) } : i;
        i = parse.Given(WhereMet) ? i with { WhereMet = parse.GetValue(WhereMet) } : i;
        i = parse.Given(MetOn) ? i with { MetOn = parse.GetValue(MetOn) } : i;
        i = parse.Given(IntroducedBy) ? i with { IntroducedById = introducedById } : i;
        i = parse.Given(Tags) ? i with { Tags = parse.GetValue(Tags) ?? [] } : i;
        i = parse.Given(Interests) ? i with { Interests = parse.GetValue(Interests) ?? [] } : i;
        i = parse.Given(Needs) ? i with { Needs = parse.GetValue(Needs) } : i;
        i = parse.Given(Offers) ? i with { Offers = parse.GetValue(Offers) } : i;
        i = parse.Given(Detail) ? i with { PersonalDetail = parse.GetValue(Detail) } : i;
        i = parse.Given(Birthday) ? i with { Birthday = parse.GetValue(Birthday) } : i;
        i = parse.Given(Notes) ? i with { Notes = parse.GetValue(Notes) } : i;
        i = parse.Given(LinkedIn) ? i with { LinkedInUrl = parse.GetValue(LinkedIn) } : i;
        i = parse.Given(Website) ? i with { Website = parse.GetValue(Website) } : i;
        return i;
    }

    static Option<string?> Text(string name, string description, string helpName = "text") =>
        new(name) { Description = description, HelpName = helpName };

    static Option<string[]> Many(string name, string description) =>
        new(name) { Description = description, HelpName = name.TrimStart('-') };
}
