using System.Globalization;
using System.Text;

namespace Allies.Data.Tests.Imports;

/// <summary>Small input files written for a test, in a temp folder deleted afterwards; and the corpus copies.</summary>
public sealed class ImportFiles : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("allies-import-").FullName;

    public static string Corpus(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    public string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>An mbox message; To and Cc are comma-separated addresses.</summary>
    public static string Message(string id, string from, string to, DateTimeOffset date, string subject, string? cc = null, string? inReplyTo = null, string? references = null)
    {
        var sb = new StringBuilder();
        sb.Append("From ").Append(from).Append(' ').Append(date.ToString("ddd MMM dd HH:mm:ss yyyy", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("Message-ID: <").Append(id).Append(">\n");
        sb.Append("Date: ").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("From: ").Append(from).Append('\n');
        sb.Append("To: ").Append(to).Append('\n');
        if (cc is not null)
        {
            sb.Append("Cc: ").Append(cc).Append('\n');
        }

        if (inReplyTo is not null)
        {
            sb.Append("In-Reply-To: <").Append(inReplyTo).Append(">\n");
        }

        if (references is not null)
        {
            sb.Append("References: ").Append(references).Append('\n');
        }

        sb.Append("Subject: ").Append(subject).Append("\n\nHello.\n\n");
        return sb.ToString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
