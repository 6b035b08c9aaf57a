using Spectre.Console;
using Spectre.Console.Rendering;

namespace Allies.Cli.Output;

/// <summary>Tables for people. Cells are plain text: a name with [brackets] is shown as typed, never read as markup.</summary>
static class Tables
{
    public static Table Create(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }

        return table;
    }

    public static Table Row(this Table table, params string?[] cells)
    {
        table.AddRow([.. cells.Select(c => (IRenderable)new Text(c ?? ""))]);
        return table;
    }

    /// <summary>Two columns, field and value, skipping empty values.</summary>
    public static Table Fields(IEnumerable<(string Field, string? Value)> fields)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders();
        table.AddColumn(new TableColumn(new Text("Field")));
        table.AddColumn(new TableColumn(new Text("Value")));
        foreach (var (field, value) in fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            table.Row(field, value);
        }

        return table;
    }
}
