using System.Net;
using System.Text.Json;

namespace Allies.Web.Tests.Api;

public sealed class OpenApiTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_openapi_document_lists_the_routes_and_the_bearer_scheme_without_signing_in()
    {
        await using var host = new ApiHost();

        var response = await host.Client().GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        var paths = doc.GetProperty("paths");
        Assert.Equal(["get", "post"], Operations(paths, "/api/contacts"));
        Assert.Equal(["delete", "get", "put"], Operations(paths, "/api/contacts/{id}"));
        Assert.Equal(["post"], Operations(paths, "/api/contacts/{id}/archive"));
        Assert.Equal(["post"], Operations(paths, "/api/contacts/{id}/unarchive"));
        Assert.Equal(["get", "post"], Operations(paths, "/api/interactions"));
        Assert.Equal(["delete", "get", "put"], Operations(paths, "/api/interactions/{id}"));

        var bearer = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal(("http", "bearer"), (bearer.GetProperty("type").GetString(), bearer.GetProperty("scheme").GetString()));
        var list = paths.GetProperty("/api/contacts").GetProperty("get");
        Assert.True(list.GetProperty("security")[0].TryGetProperty("Bearer", out _));
        Assert.Equal(
            ["search", "tag", "company", "industry", "channel", "sort", "includeArchived", "page", "pageSize"],
            list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_openapi_document_describes_enums_as_strings()
    {
        await using var host = new ApiHost();

        var doc = JsonDocument.Parse(await host.Client().GetStringAsync("/openapi/v1.json", Ct)).RootElement;

        var kind = doc.GetProperty("components").GetProperty("schemas").GetProperty("InteractionKind");
        Assert.Contains("Coffee", kind.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_reference_page_is_html_served_without_signing_in_with_its_script_from_here()
    {
        await using var host = new ApiHost();
        var client = host.App.CreateClient();

        var response = await client.GetAsync("/api/reference", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal); // resolved against the site's base path by scalar.aspnetcore.js
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, """<script[^>]*src="([^"]+)""").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var src in scripts)
        {
            Assert.False(Uri.TryCreate(src, UriKind.Absolute, out var abs) && abs.Scheme.StartsWith("http", StringComparison.Ordinal), $"{src} is loaded from another site");
            var script = await client.GetAsync(new Uri(response.RequestMessage!.RequestUri!, src), Ct);
            Assert.True(script.StatusCode == HttpStatusCode.OK, $"{src}: {(int)script.StatusCode}");
            Assert.True((await script.Content.ReadAsByteArrayAsync(Ct)).Length > 1000, $"{src} is empty");
        }
    }

    static string[] Operations(JsonElement paths, string path) =>
        [.. paths.GetProperty(path).EnumerateObject().Select(o => o.Name).Where(n => n is "get" or "post" or "put" or "delete" or "patch").Order()];
}
