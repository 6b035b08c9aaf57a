using System.Diagnostics;
using Allies.Interop.Mail;

namespace Allies.Bench.Imports;

/// <summary>
/// Where an mbox import's parsing time goes: the "From " splitting alone (envelope headers kept, not parsed further),
/// then the whole reader (envelopes with addresses, dates and ids), then as an import reads it (only the messages with
/// a contact on them whole), with counts. Usage: mbox-parse FILE [CONTACTS.csv].
/// </summary>
public static class MboxParseBench
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: mbox-parse FILE [CONTACTS.csv]");
            return 2;
        }

        var file = args[0];
        var sw = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long messages = 0, headers = 0;
        using (var stream = File.OpenRead(file))
        {
            var splitter = new MboxSplitter(stream);
            while (splitter.Next())
            {
                messages++;
                headers += splitter.Headers.Count;
            }
        }

        Report("split only", sw, ref cpu, $"{messages:N0} messages, {headers:N0} wanted headers");

        // The same split, with MimeKit parsing only the address headers: what the envelope's own code adds is the rest.
        sw.Restart();
        var allocated = GC.GetTotalAllocatedBytes();
        long mailboxes = 0;
        using (var stream = File.OpenRead(file))
        {
            var splitter = new MboxSplitter(stream);
            while (splitter.Next())
            {
                foreach (var h in splitter.Headers)
                {
                    if (h.Id is MimeKit.HeaderId.From or MimeKit.HeaderId.To or MimeKit.HeaderId.Cc
                        && MimeKit.InternetAddressList.TryParse(MimeKit.ParserOptions.Default, splitter.Buffer, h.Value, h.End - h.Value, out var list))
                    {
                        mailboxes += list.Count;
                    }
                }
            }
        }

        Report("split + MimeKit address lists", sw, ref cpu, $"{mailboxes:N0} addresses, allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1048576:N0} MB");
        allocated = GC.GetTotalAllocatedBytes();

        sw.Restart();
        long records = 0, problems = 0, participants = 0, withDate = 0;
        foreach (var item in MailReader.ReadFile(file))
        {
            if (item.Problem is not null)
            {
                problems++;
            }

            if (item.Record is { } r)
            {
                records++;
                participants += r.From.Count + r.To.Count + r.Cc.Count;
                withDate += r.Date is null ? 0 : 1;
            }
        }

        Report("MailReader (split + envelopes)", sw, ref cpu, $"{records:N0} records, {withDate:N0} dated, {participants:N0} people entries, {problems:N0} problems, allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1048576:N0} MB");

        // As an import reads it: only the messages with a contact on them whole (the contacts: the third column of
        // bench/imports.sh's contacts.csv, when given).
        if (args.Length > 1)
        {
            var contacts = File.ReadLines(args[1]).Skip(1).Select(l => l.Split(',')[^1].Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            bool Known(IReadOnlyList<MailPerson> people) => people.Any(p => contacts.Contains(p.Address));
            allocated = GC.GetTotalAllocatedBytes();
            sw.Restart();
            long full = 0;
            records = 0;
            foreach (var item in MailReader.ReadFile(file, (from, to, cc) => Known(from) || Known(to) || Known(cc)))
            {
                if (item.Record is { } r)
                {
                    records++;
                    full += r.Full ? 1 : 0;
                }
            }

            Report("MailReader as an import reads it", sw, ref cpu, $"{records:N0} records, {full:N0} of them whole ({contacts.Count:N0} contacts), allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1048576:N0} MB");
        }

        Console.WriteLine($"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, allocated {GC.GetTotalAllocatedBytes() / 1048576:N0} MB");
        return 0;
    }

    static void Report(string what, Stopwatch sw, ref TimeSpan cpu, string counts)
    {
        var now = Process.GetCurrentProcess().TotalProcessorTime;
        Console.WriteLine($"{what}: {sw.Elapsed.TotalSeconds:F2} s wall, {(now - cpu).TotalSeconds:F2} s CPU; {counts}");
        cpu = now;
    }
}
