using Microsoft.EntityFrameworkCore.Design;

namespace Allies.Data.Postgres;

/// <summary>Used only by `dotnet ef migrations add`: the PostgreSQL model (no server is contacted).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AlliesDb>
{
    public AlliesDb CreateDbContext(string[] args) => new(DataServices.Options(DatabaseTarget.Parse("Host=127.0.0.1;Database=allies_design"), compiledModel: false));
}
