using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Allies.Data;

/// <summary>
/// The compiled EF Core model of each provider, found in its migrations assembly by the assembly attribute
/// `dotnet ef dbcontext optimize` writes (<see cref="DbContextModelAttribute"/>); null when that assembly or model is
/// absent, and the model is then built from the configurations as usual. test.sh regenerates both and fails when they
/// differ from the committed ones, so they never lag behind the configurations.
/// </summary>
static class CompiledModels
{
    static readonly ConcurrentDictionary<DatabaseProvider, IModel?> Models = new();

    public static IModel? Find(DatabaseProvider provider) => Models.GetOrAdd(provider, Load);

    static IModel? Load(DatabaseProvider provider)
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(provider == DatabaseProvider.Sqlite ? DataServices.SqliteMigrationsAssembly : DataServices.PostgresMigrationsAssembly);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        var type = assembly.GetCustomAttributes<DbContextModelAttribute>().FirstOrDefault(a => a.ContextType == typeof(AlliesDb))?.ModelType;
        return type?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IModel;
    }
}
