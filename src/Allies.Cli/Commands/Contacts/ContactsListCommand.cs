using System.CommandLine;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Core.Contacts;
using Allies.Data.Contacts;

namespace Allies.Cli.Commands.Contacts;

/// <summary>`allies contacts list [--search] [--tag] [--company] [--industry] [--channel] [--sort] [--page] [--page-size] [--archived] [--json]`</summary>
static class ContactsListCommand
{
    public static Command Create(CliApp app)
    {
        var search = new Option<string?>("--search") { Description = "Words found in the name, company, email or tags.", HelpName = "words" };
        var tag = new Option<string?>("--tag") { Description = "Only contacts with this tag." };
        var company = new Option<string?>("--company") { Description = "Only contacts at this company (exact name)." };
        var industry = new Option<string?>("--industry") { Description = "Only contacts in this industry (exact name)." };
        var channel = Parsers.Choice<Channel>("--channel", "Only contacts met through this channel");
        var sort = Parsers.Choice<ContactSort>("--sort", "Order (default name)");
        var page = Parsers.Number("--page", "Which page to show (default 1).", 1, 1_000_000);
        var pageSize = Parsers.Number("--page-size", $"Contacts per page (default 25, at most {ContactQuery.MaxPageSize}).", 1, ContactQuery.MaxPageSize);
        var archived = new Option<bool>("--archived") { Description = "Include archived contacts." };
        var json = Json.Flag();
        var command = new Command("list", "List your contacts, with search, filters, sort and pages.")
        {
            search, tag, company, industry, channel, sort, page, pageSize, archived, json,
        };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var owner = session.Owner;
            var query = new ContactQuery
            {
                Search = parse.GetValue(search),
                Tag = parse.GetValue(tag),
                Company = parse.GetValue(company),
                Industry = parse.GetValue(industry),
                Channel = parse.GetValue(channel),
                Sort = parse.GetValue(sort) ?? ContactSort.Name,
                Page = parse.GetValue(page) ?? 1,
                PageSize = parse.GetValue(pageSize) ?? 25,
                IncludeArchived = parse.GetValue(archived),
            };
            var result = await session.Get<ContactService>().ListAsync(owner.Id, query, ct);
            if (parse.GetValue(json))
            {
                var local = result with { Items = [.. result.Items.Select(c => c with { LastInteractionAt = c.LastInteractionAt is { } at ? owner.Local(at) : null })] };
                await Json.WriteAsync(session.Io.Out, local);
                return ExitCodes.Ok;
            }

            if (result.Total == 0)
            {
                var filtered = query != new ContactQuery { Sort = query.Sort, Page = query.Page, PageSize = query.PageSize, IncludeArchived = query.IncludeArchived };
                await session.Io.Out.WriteLineAsync(filtered
                    ? "No contact matches these filters."
                    : "No contacts yet: add one with `allies contacts add <first> [last]`.");
                return ExitCodes.Ok;
            }

            if (result.Items.Count == 0)
            {
                await session.Io.Out.WriteLineAsync($"Page {result.Page} is past the last page ({result.Pages}).");
                return ExitCodes.Ok;
            }

            var table = Tables.Create("Name", "Company", "Email", "Tags", "Last interaction", "Id");
            // Ids and emails are copied whole into other commands: never break them.
            table.Columns[2].NoWrap = true;
            table.Columns[4].NoWrap = true;
            table.Columns[5].NoWrap = true;
            foreach (var c in result.Items)
            {
                table.Row(c.DisplayName + (c.Archived ? " (archived)" : ""), c.Company, c.Email, string.Join(", ", c.Tags), owner.Show(c.LastInteractionAt), c.Id.ToString());
            }

            session.Io.Console.Write(table);
            var next = result.Page < result.Pages ? $" Next: --page {result.Page + 1}." : "";
            await session.Io.Out.WriteLineAsync($"Page {result.Page} of {Math.Max(1, result.Pages)}, {result.Total} contact{(result.Total == 1 ? "" : "s")}.{next}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
