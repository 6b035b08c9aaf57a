using Allies.Core.Agenda;
using Allies.Core.Contacts;
using Allies.Core.Ties;

namespace Allies.Core.Messages;

/// <summary>The kinds of message the agenda suggests.</summary>
public enum DraftKind { FollowUp, Reconnect, Congratulate, ShareResource, KeepPromise, Introduction }

/// <summary>
/// Personal drafts (fr/en) built from what Allies knows: the detail noted, where you met, the last exchange, the
/// promise, the event. Never a generic "happy holidays": where a fact is missing the draft leaves a [bracketed] gap
/// for the owner to fill rather than pretending.
/// </summary>
public static class Drafts
{
    public static DraftKind KindFor(AgendaItem item) => item.Reason switch
    {
        AgendaReason.FollowUp => DraftKind.FollowUp,
        AgendaReason.Promise => DraftKind.KeepPromise,
        AgendaReason.LifeEvent => DraftKind.Congratulate,
        AgendaReason.Introduction => DraftKind.Introduction,
        _ when !string.IsNullOrWhiteSpace(item.Contact.Needs) || !string.IsNullOrWhiteSpace(item.Contact.Interests) => DraftKind.ShareResource,
        _ => DraftKind.Reconnect,
    };

    public static string Write(AgendaItem item, DateOnly today, string lang)
    {
        var fr = TieWords.IsFrench(lang);
        var c = item.Contact;
        var hi = fr ? $"Bonjour {c.FirstName}," : $"Hi {c.FirstName},";
        var body = KindFor(item) switch
        {
            DraftKind.FollowUp => FollowUp(item, today, fr),
            DraftKind.KeepPromise => fr
                ? $"comme promis{Since(item, fr)} : {item.Promise!.What}. {LastTalk(c, fr)}Dites-moi si cela vous sert !"
                : $"as promised{Since(item, fr)}: {item.Promise!.What}. {LastTalk(c, fr)}Let me know if it helps!",
            DraftKind.Congratulate => Congratulate(item, fr),
            DraftKind.Introduction => Introduction(item, fr),
            DraftKind.ShareResource => fr
                ? $"{Gap(item, fr)}je suis tombé sur quelque chose qui m'a fait penser à vous, à propos de {Topic(c)} : [lien]. {LastTalk(c, fr)}Pas besoin de répondre, je voulais juste le partager."
                : $"{Gap(item, fr)}I came across something that made me think of you, about {Topic(c)}: [link]. {LastTalk(c, fr)}No need to reply, I just wanted to share it.",
            _ => fr
                ? $"{Gap(item, fr)}{LastTalkOr(c, fr)}Comment allez-vous ?{Personal(c, fr)} Ce serait un plaisir de prendre un café pour prendre des nouvelles."
                : $"{Gap(item, fr)}{LastTalkOr(c, fr)}How are you doing?{Personal(c, fr)} It would be lovely to catch up over a coffee.",
        };
        return $"{hi} {body}".Trim();
    }

    static string FollowUp(AgendaItem item, DateOnly today, bool fr)
    {
        var c = item.Contact;
        var when = AgendaText.Day(item.On, today, fr);
        var where = string.IsNullOrWhiteSpace(c.WhereMet) ? "" : (fr ? $" à {c.WhereMet}" : $" at {c.WhereMet}");
        var topic = !string.IsNullOrWhiteSpace(c.PersonalDetail) ? c.PersonalDetail
            : !string.IsNullOrWhiteSpace(c.HowMet) ? c.HowMet
            : !string.IsNullOrWhiteSpace(c.Needs) ? c.Needs
            : (fr ? "[le sujet précis]" : "[the topic you discussed]");
        var need = string.IsNullOrWhiteSpace(c.Needs) ? (fr ? "ce que vous disiez" : "what you said")
            : (fr ? $"ce que vous disiez sur {c.Needs}" : $"what you said about {c.Needs}");
        return fr
            ? $"ravi d'avoir échangé{where} {when} — {topic}. J'ai repensé à {need} et j'ai trouvé ceci qui pourrait vous intéresser : [lien]. Au plaisir !"
            : $"great to talk{where} {when} — {topic}. I kept thinking about {need} and found this, which might interest you: [link]. Speak soon!";
    }

    static string Congratulate(AgendaItem item, bool fr)
    {
        var e = item.LifeEvent!;
        var c = item.Contact;
        var note = string.IsNullOrWhiteSpace(e.Note) ? "" : $" — {e.Note}";
        var at = string.IsNullOrWhiteSpace(c.Company) ? "" : (fr ? $" chez {c.Company}" : $" at {c.Company}");
        var line = (e.Kind, fr) switch
        {
            (LifeEventKind.Birthday, true) => $"joyeux anniversaire !{Personal(c, fr)}",
            (LifeEventKind.Birthday, false) => $"happy birthday!{Personal(c, fr)}",
            (LifeEventKind.NewJob, true) => $"félicitations pour ce nouveau poste{at}{note} !",
            (LifeEventKind.NewJob, false) => $"congratulations on the new job{at}{note}!",
            (LifeEventKind.Promotion, true) => $"bravo pour cette promotion{note}, c'est mérité !",
            (LifeEventKind.Promotion, false) => $"congratulations on the promotion{note}, well deserved!",
            (LifeEventKind.Publication, true) => $"j'ai vu votre publication{note} — bravo, je la lis avec plaisir.",
            (LifeEventKind.Publication, false) => $"I saw your publication{note} — congratulations, I'm reading it with pleasure.",
            (LifeEventKind.Move, true) => $"j'ai appris votre déménagement{note} : bonne installation !",
            (LifeEventKind.Move, false) => $"I heard about your move{note}: hope you're settling in well!",
            (_, true) => $"{AgendaText.Event(e.Kind, fr).ToLowerInvariant()}{note} : toutes mes félicitations !",
            _ => $"{AgendaText.Event(e.Kind, fr).ToLowerInvariant()}{note}: warmest congratulations!",
        };
        return $"{line} {LastTalk(c, fr)}".TrimEnd();
    }

    static string Introduction(AgendaItem item, bool fr)
    {
        var i = item.Introduction!;
        var other = item.Other?.Name ?? (fr ? "[la personne]" : "[the person]");
        var why = string.IsNullOrWhiteSpace(i.Reason) ? "" : (fr ? $" : {i.Reason}" : $": {i.Reason}");
        return item.Step switch
        {
            IntroductionStep.Send => fr
                ? $"je vous présente {other}, comme convenu avec vous deux{why}. Je vous laisse prendre contact !"
                : $"meet {other}, as agreed with both of you{why}. I'll let you take it from here!",
            IntroductionStep.CheckIn => fr
                ? $"avez-vous pu échanger avec {other} ? Je suis curieux de savoir si cela vous a été utile."
                : $"did you get a chance to talk with {other}? I'm curious whether it was useful.",
            _ => fr
                ? $"seriez-vous partant(e) pour que je vous présente {other}{why} ? Aucune obligation, dites-moi simplement."
                : $"would you be open to me introducing you to {other}{why}? No obligation at all, just let me know.",
        };
    }

    static string Since(AgendaItem item, bool fr) => item.Contact.LastSummary is null ? "" : (fr ? " lors de notre dernier échange" : " when we last spoke");

    static string LastTalk(AgendaContact c, bool fr) => string.IsNullOrWhiteSpace(c.LastSummary) ? ""
        : (fr ? $"(Je repense encore à notre échange : {Trim(c.LastSummary)}.) " : $"(I still think of our last chat: {Trim(c.LastSummary)}.) ");

    static string LastTalkOr(AgendaContact c, bool fr) => string.IsNullOrWhiteSpace(c.LastSummary)
        ? (string.IsNullOrWhiteSpace(c.WhereMet) ? (fr ? "je repensais à notre dernier échange [sujet]. " : "I was thinking back to our last conversation [topic]. ")
            : (fr ? $"je repensais à notre rencontre à {c.WhereMet}. " : $"I was thinking back to meeting you at {c.WhereMet}. "))
        : (fr ? $"je repensais à notre dernier échange : {Trim(c.LastSummary)}. " : $"I was thinking back to our last conversation: {Trim(c.LastSummary)}. ");

    static string Personal(AgendaContact c, bool fr) => string.IsNullOrWhiteSpace(c.PersonalDetail) ? ""
        : (fr ? $" Toujours {Trim(c.PersonalDetail)} ?" : $" Still {Trim(c.PersonalDetail)}?");

    static string Gap(AgendaItem item, bool fr) => item.Tie.Summary.LastExchangeAt is { } last
        ? (fr ? $"cela fait {TieWords.Span(item.Tie.Now - last, "fr")} — " : $"it's been {TieWords.Span(item.Tie.Now - last, "en")} — ")
        : "";

    static string Topic(AgendaContact c) => Trim(!string.IsNullOrWhiteSpace(c.Needs) ? c.Needs! : !string.IsNullOrWhiteSpace(c.Interests) ? c.Interests! : c.PersonalDetail ?? "");

    static string Trim(string s) => s.Trim().TrimEnd('.', '!', '?');
}
