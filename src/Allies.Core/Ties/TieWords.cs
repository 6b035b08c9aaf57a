using System.Globalization;
using Allies.Core.Contacts;

namespace Allies.Core.Ties;

/// <summary>A tie's factors in words, in English or French ("last real exchange 5 months ago; 9 exchanges, 3 two-way").</summary>
public static class TieWords
{
    public static bool IsFrench(string? lang) => lang is not null && lang.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    public static string Explain(TieScore score, string lang)
    {
        var s = score.Summary;
        var fr = IsFrench(lang);
        if (s.IsEmpty)
        {
            return fr ? "aucun échange noté" : "no exchange logged";
        }

        var parts = new List<string>();
        if (s.LastExchangeAt is { } last)
        {
            parts.Add(fr ? $"dernier vrai échange {Ago(score.Now - last, lang)}" : $"last real exchange {Ago(score.Now - last, lang)}");
        }
        else
        {
            parts.Add(fr ? $"seulement des réactions, la dernière {Ago(score.Now - s.LastTouchAt!.Value, lang)}" : $"only reactions, the last {Ago(score.Now - s.LastTouchAt!.Value, lang)}");
        }

        var counts = fr
            ? $"{Plural(s.Exchanges, "échange", "échanges")}, dont {s.TwoWay} dans les deux sens"
            : $"{Plural(s.Exchanges, "exchange", "exchanges")}, {s.TwoWay} two-way";
        if (s.Deep > 0)
        {
            counts += fr ? $", {s.Deep} approfondi{(s.Deep > 1 ? "s" : "")}" : $", {s.Deep} deep";
        }

        if (s.Given > 0)
        {
            counts += fr ? $", {s.Given} avec un coup de main" : $", {s.Given} with something given";
        }

        parts.Add(counts);
        return string.Join(fr ? " ; " : "; ", parts);
    }

    public static string Ago(TimeSpan span, string lang) => IsFrench(lang) ? $"il y a {Span(span, lang)}" : $"{Span(span, lang)} ago";

    /// <summary>"5 months", "3 weeks", "2 days": the coarsest unit that still reads as a whole number.</summary>
    public static string Span(TimeSpan span, string lang)
    {
        var fr = IsFrench(lang);
        var days = Math.Max(0, (int)Math.Floor(span.TotalDays));
        return days switch
        {
            < 1 => fr ? "moins d'un jour" : "less than a day",
            < 14 => fr ? Plural(days, "jour", "jours") : Plural(days, "day", "days"),
            < 60 => fr ? Plural(days / 7, "semaine", "semaines") : Plural(days / 7, "week", "weeks"),
            < 730 => fr ? $"{days / 30} mois" : Plural(days / 30, "month", "months"),
            _ => fr ? Plural(days / 365, "an", "ans") : Plural(days / 365, "year", "years"),
        };
    }

    public static string Plural(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    public static string CircleName(Circle circle, string lang) => (circle, IsFrench(lang)) switch
    {
        (Circle.Close, true) => "cercle proche",
        (Circle.Extended, true) => "cercle élargi",
        (Circle.Weak, true) => "liens faibles",
        (Circle.Dormant, true) => "liens dormants",
        (Circle.Close, false) => "close circle",
        (Circle.Extended, false) => "extended circle",
        (Circle.Weak, false) => "weak ties",
        _ => "dormant ties",
    };

    public static string Warning(DunbarWarning w, string lang)
    {
        var names = string.Join(", ", w.Slipping.Take(5).Select(m => m.Name)) + (w.Slipping.Count > 5 ? (IsFrench(lang) ? $" et {w.Slipping.Count - 5} autres" : $" and {w.Slipping.Count - 5} more") : "");
        return IsFrench(lang)
            ? $"{Cap(CircleName(w.Circle, lang))} : {w.Cumulative} personnes jusqu'à ce cercle, au-delà des ~{w.Capacity} de Dunbar ; qui glisse : {names}."
            : $"{Cap(CircleName(w.Circle, lang))}: {w.Cumulative} people up to this circle, beyond Dunbar's ~{w.Capacity}; slipping: {names}.";
    }

    static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
