using System.Xml.Linq;

namespace Allies.Web.Tests.Pages;

public sealed class ResourceTests
{
    static string ResourceDir([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../src/Allies.Web/Resources/Localization"));

    static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(ResourceDir(), file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Every_english_string_has_a_french_translation_and_no_french_string_is_orphaned()
    {
        var english = Read("Strings.resx");
        var french = Read("Strings.fr.resx");

        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.Empty(french.Keys.Except(english.Keys));
    }

    [Fact]
    public void Placeholders_match_between_languages()
    {
        var english = Read("Strings.resx");
        var french = Read("Strings.fr.resx");
        foreach (var (key, value) in english)
        {
            var expected = System.Text.RegularExpressions.Regex.Matches(value, @"\{\d\}").Select(m => m.Value).Order();
            var actual = System.Text.RegularExpressions.Regex.Matches(french[key], @"\{\d\}").Select(m => m.Value).Order();
            Assert.True(expected.SequenceEqual(actual), $"{key}: placeholders differ");
        }
    }
}
