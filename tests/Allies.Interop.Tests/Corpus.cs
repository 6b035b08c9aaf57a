namespace Allies.Interop.Tests;

/// <summary>The real files other programs wrote, copied under TestData with their manifests.</summary>
static class Corpus
{
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string File(string folder, string name) => Path.Combine(Folder(folder), name);

    public static IEnumerable<string> Files(string folder, params string[] extensions) =>
        Directory.EnumerateFiles(Folder(folder), "*", SearchOption.AllDirectories)
            .Where(f => extensions.Length == 0 || extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Names(string folder, params string[] extensions)
    {
        var data = new TheoryData<string>();
        foreach (var file in Files(folder, extensions))
        {
            data.Add(Path.GetRelativePath(Folder(folder), file));
        }

        return data;
    }
}
