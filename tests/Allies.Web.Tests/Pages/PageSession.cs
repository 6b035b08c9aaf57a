using System.Net;
using Allies.Data.Accounts;
using Allies.Web.Tests.Infrastructure;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Pages;

/// <summary>A person using the pages: one cookie jar, forms filled from the HTML (antiforgery token included) and submitted.</summary>
public sealed class PageSession(AlliesWebFactory factory, bool followRedirects = true)
{
    readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    public HttpClient Client => _client;

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<Page> GetAsync(string url)
    {
        var response = await _client.GetAsync(url, Ct);
        return await Page.ReadAsync(response);
    }

    /// <summary>Loads <paramref name="url"/>, fills the form found by <paramref name="formSelector"/> and submits it.</summary>
    public async Task<Page> SubmitAsync(string url, string formSelector, params (string Name, string Value)[] fields)
    {
        var page = await GetAsync(url);
        return await SubmitAsync(page, formSelector, fields);
    }

    public async Task<Page> SubmitAsync(Page page, string formSelector, params (string Name, string Value)[] fields)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var values = CurrentValues(form);
        foreach (var name in fields.Select(f => f.Name).Distinct())
        {
            values.RemoveAll(v => v.Key == name);
        }

        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        using var content = new FormUrlEncodedContent(values);
        var response = await _client.PostAsync(action, content, Ct);
        return await Page.ReadAsync(response);
    }

    /// <summary>What the browser would send without any change: hidden fields, typed values, ticked boxes, chosen options.</summary>
    static List<KeyValuePair<string, string>> CurrentValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name:
                    if (input.Type is "submit" or "button")
                    {
                        break;
                    }

                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        break;
                    }

                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    var chosen = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (chosen is not null)
                    {
                        values.Add(new(name, chosen.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    values.Add(new(name, area.Value));
                    break;
            }
        }

        return values;
    }

    public async Task<Page> RegisterAsync(string email, string password = "correct horse battery") =>
        await SubmitAsync("/account/register", "#register-form",
            ("Input.Email", email), ("Input.Password", password), ("Input.ConfirmPassword", password));

    public async Task<Guid> OwnerOfAsync(string email) =>
        await factory.WithServicesAsync(async sp => (await sp.GetRequiredService<AccountService>().FindByEmailAsync(email, Ct))!.Id);
}

/// <summary>A page as received: status, where the client ended up, and the parsed HTML.</summary>
public sealed record Page(HttpStatusCode Status, string Url, IDocument Document, string Html)
{
    public static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(r => r.Content(html), TestContext.Current.CancellationToken);
        var url = response.RequestMessage?.RequestUri?.PathAndQuery ?? "";
        return new Page(response.StatusCode, url, document, html);
    }

    public string Path => Url.Split('?')[0];

    public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim() ?? "";

    public string? Value(string selector) => Document.QuerySelector(selector) switch
    {
        IHtmlInputElement i => i.Value,
        IHtmlTextAreaElement t => t.Value,
        IHtmlSelectElement s => s.Value,
        _ => null,
    };

    /// <summary>The error shown next to a form field (by the field's id, e.g. "Input_FirstName").</summary>
    public string ErrorFor(string fieldId) => Text($"#{fieldId}-error");

    public IReadOnlyList<string> All(string selector) => [.. Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];
}
