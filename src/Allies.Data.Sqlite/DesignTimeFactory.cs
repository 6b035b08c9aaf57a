using Microsoft.EntityFrameworkCore.Design;

namespace Allies.Data.Sqlite;

/// <summary>Used only by `dotnet ef migrations add`: the SQLite model.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AlliesDb>
{
    public AlliesDb CreateDbContext(string[] args) => new(DataServices.Options(DatabaseTarget.Parse("Data Source=design-time.db"), compiledModel: false));
}
