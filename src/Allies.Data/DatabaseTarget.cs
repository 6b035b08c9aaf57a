namespace Allies.Data;

/// <summary>Which database to use, read from one string: a PostgreSQL connection string or an SQLite file path.</summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseTarget Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var v = value.Trim();
        if (v.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || v.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Postgres, FromUri(new Uri(v)));
        }

        if (v.Contains("Host=", StringComparison.OrdinalIgnoreCase) || v.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Postgres, v);
        }

        if (v.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Sqlite, EnsureSqliteOptions(v));
        }

        var path = Path.GetFullPath(v);
        var dir = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        return new(DatabaseProvider.Sqlite, EnsureSqliteOptions($"Data Source={path}"));
    }

    /// <summary>The default: an SQLite file in the user's data directory.</summary>
    public static string DefaultSqlitePath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "allies", "allies.db");

    static string EnsureSqliteOptions(string cs) =>
        cs.Contains("Default Timeout", StringComparison.OrdinalIgnoreCase) ? cs : cs.TrimEnd(';') + ";Default Timeout=30;Cache=Shared";

    static string FromUri(Uri uri)
    {
        var userInfo = uri.UserInfo.Split(':', 2);
        var db = uri.AbsolutePath.Trim('/');
        var port = uri.Port > 0 ? uri.Port : 5432;
        var cs = $"Host={uri.Host};Port={port};Database={(db.Length == 0 ? "allies" : db)}";
        if (userInfo[0].Length > 0)
        {
            cs += $";Username={Uri.UnescapeDataString(userInfo[0])}";
        }

        if (userInfo.Length > 1)
        {
            cs += $";Password={Uri.UnescapeDataString(userInfo[1])}";
        }

        return cs;
    }

    public override string ToString() => Provider == DatabaseProvider.Sqlite ? ConnectionString : "PostgreSQL " + Redacted();

    string Redacted() => string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}

public enum DatabaseProvider { Sqlite, Postgres }
