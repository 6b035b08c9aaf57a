namespace Allies.Core.Tests.Graph;

/// <summary>
/// Finds the graph corpus copied into this test project (tests/Allies.Core.Tests/Graph/TestData), from the test's base
/// directory, by walking up to the folder that holds Allies.slnx. Reading it in place keeps 1.5 MB of graphs out of bin/.
/// </summary>
static class TestDataFolder
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Graphs => Path.Combine(RepoRoot, "tests", "Allies.Core.Tests", "Graph", "TestData");

    public static string File(string relative)
    {
        var path = Path.Combine(Graphs, relative);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"Graph test data '{relative}' was not found under {Graphs}.", path);
        }

        return path;
    }

    static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Allies.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder holding Allies.slnx was found above {AppContext.BaseDirectory}; the graph tests read their data from the repository.");
    }
}
