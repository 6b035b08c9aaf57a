using System.Globalization;
using Allies.Core.Contacts;
using Allies.Core.Ties;

namespace Allies.Core.Agenda;

/// <summary>Why now and what to do, in English or French, for an agenda item. Same words on the web, in the CLI, the API and the feed.</summary>
public static class AgendaText
{
    public static string Why(AgendaItem item, DateOnly today, string lang)
    {
        var fr = TieWords.IsFrench(lang);
        var c = item.Contact;
        return item.Reason switch
        {
            AgendaReason.FollowUp => fr
                ? $"Rencontré{Where(c, fr)} {Day(item.On, today, fr)}, sans suite depuis : sans signe sous 48 h, on est oublié (Ebbinghaus).{Detail(c, fr)}"
                : $"Met{Where(c, fr)} {Day(item.On, today, fr)}, no follow-up yet: within 48 hours or you are forgotten (Ebbinghaus).{Detail(c, fr)}",
            AgendaReason.Promise => fr
                ? $"Vous avez promis « {item.Promise!.What} », à tenir {Day(item.On, today, fr)}."
                : $"You promised \"{item.Promise!.What}\", due {Day(item.On, today, fr)}.",
            AgendaReason.LifeEvent => fr
                ? $"{Event(item.LifeEvent!.Kind, fr)} {Day(item.On, today, fr)}{Note(item.LifeEvent.Note, fr)}."
                : $"{Event(item.LifeEvent!.Kind, fr)} {Day(item.On, today, fr)}{Note(item.LifeEvent.Note, fr)}.",
            AgendaReason.Introduction => Intro(item, fr),
            AgendaReason.Overdue => fr
                ? $"{Cap(TieWords.CircleName(item.Circle, lang))}, à contacter tous les {item.CadenceDays} jours : {item.DaysOverdue} jours de retard ({TieWords.Explain(item.Tie, lang)})."
                : $"{Cap(TieWords.CircleName(item.Circle, lang))}, every {item.CadenceDays} days: {item.DaysOverdue} days overdue ({TieWords.Explain(item.Tie, lang)}).",
            _ => fr
                ? $"Lien endormi qui valait la peine ({TieWords.Explain(item.Tie, lang)}) : une raison d'écrire sans rien demander."
                : $"A dormant tie that mattered ({TieWords.Explain(item.Tie, lang)}): a reason to write without asking for anything.",
        };
    }

    public static string Todo(AgendaItem item, string lang)
    {
        var fr = TieWords.IsFrench(lang);
        return item.Reason switch
        {
            AgendaReason.FollowUp => fr ? "Envoyer un message personnel qui reprend le détail noté." : "Send a personal note that picks up the detail you noted.",
            AgendaReason.Promise => fr ? "Tenir la promesse, puis la marquer faite." : "Keep the promise, then mark it done.",
            AgendaReason.LifeEvent => item.LifeEvent!.Kind == LifeEventKind.Birthday
                ? (fr ? "Souhaiter un bon anniversaire, personnellement." : "Wish a happy birthday, personally.")
                : (fr ? "Féliciter, en citant ce qui s'est passé." : "Congratulate, naming what happened."),
            AgendaReason.Introduction => item.Step switch
            {
                IntroductionStep.AskA or IntroductionStep.AskB => fr ? "Demander son accord pour la mise en relation (double opt-in)." : "Ask whether they are open to the introduction (double opt-in).",
                IntroductionStep.NudgeA => fr ? "Relancer gentiment, sans insister." : "Follow up gently, without pressing.",
                IntroductionStep.Send => fr ? "Envoyer le mail de mise en relation aux deux." : "Send the introduction email to both.",
                _ => fr ? "Demander si la rencontre a eu lieu." : "Ask whether they met.",
            },
            AgendaReason.Overdue => !string.IsNullOrWhiteSpace(item.Contact.Needs)
                ? (fr ? "Partager une ressource utile pour ce qui l'occupe." : "Share a resource that helps with what they are working on.")
                : (fr ? "Prendre des nouvelles, en citant votre dernier échange." : "Check in, mentioning your last exchange."),
            _ => fr ? "Écrire pour partager quelque chose qui l'intéresse, sans demande." : "Write to share something they care about, with no ask.",
        };
    }

    static string Intro(AgendaItem item, bool fr)
    {
        var other = item.Other?.Name ?? (fr ? "l'autre personne" : "the other person");
        return item.Step switch
        {
            IntroductionStep.AskA or IntroductionStep.AskB => fr ? $"Mise en relation avec {other} en attente de son accord." : $"Introduction to {other} waiting for their consent.",
            IntroductionStep.NudgeA => fr ? $"Mise en relation avec {other} : demandée il y a plus d'une semaine, sans réponse." : $"Introduction to {other}: asked over a week ago, no answer.",
            IntroductionStep.Send => fr ? $"Les deux ont accepté la mise en relation avec {other} : à envoyer." : $"Both accepted the introduction to {other}: it is yours to send.",
            _ => fr ? $"Mise en relation avec {other} envoyée il y a plus de deux semaines." : $"Introduction to {other} sent over two weeks ago.",
        };
    }

    static string Where(AgendaContact c, bool fr) => string.IsNullOrWhiteSpace(c.WhereMet) ? "" : (fr ? $" à {c.WhereMet}" : $" at {c.WhereMet}");

    static string Detail(AgendaContact c, bool fr) => string.IsNullOrWhiteSpace(c.PersonalDetail) ? "" : (fr ? $" Détail noté : {c.PersonalDetail}." : $" Detail noted: {c.PersonalDetail}.");

    static string Note(string? note, bool fr) => string.IsNullOrWhiteSpace(note) ? "" : $" ({note})";

    public static string Day(DateOnly day, DateOnly today, bool fr)
    {
        var d = day.DayNumber - today.DayNumber;
        return d switch
        {
            0 => fr ? "aujourd'hui" : "today",
            -1 => fr ? "hier" : "yesterday",
            1 => fr ? "demain" : "tomorrow",
            < 0 => fr ? $"il y a {-d} jours" : $"{-d} days ago",
            _ => fr ? $"dans {d} jours" : $"in {d} days",
        } + (Math.Abs(d) > 1 ? $" ({day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "");
    }

    public static string Event(LifeEventKind kind, bool fr) => (kind, fr) switch
    {
        (LifeEventKind.NewJob, false) => "New job",
        (LifeEventKind.Promotion, false) => "Promotion",
        (LifeEventKind.Publication, false) => "Publication",
        (LifeEventKind.Birthday, false) => "Birthday",
        (LifeEventKind.Move, false) => "Move",
        (LifeEventKind.Wedding, false) => "Wedding",
        (LifeEventKind.Birth, false) => "Birth",
        (LifeEventKind.Award, false) => "Award",
        (_, false) => "Life event",
        (LifeEventKind.NewJob, true) => "Nouveau poste",
        (LifeEventKind.Promotion, true) => "Promotion",
        (LifeEventKind.Publication, true) => "Publication",
        (LifeEventKind.Birthday, true) => "Anniversaire",
        (LifeEventKind.Move, true) => "Déménagement",
        (LifeEventKind.Wedding, true) => "Mariage",
        (LifeEventKind.Birth, true) => "Naissance",
        (LifeEventKind.Award, true) => "Distinction",
        _ => "Événement",
    };

    static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
