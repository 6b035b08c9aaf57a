using System.Text.RegularExpressions;
using Allies.Core;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Localization;

/// <summary>Turns the services' stable error codes into messages in the reader's language, next to the field they concern.</summary>
public static partial class ErrorMessages
{
    /// <summary>
    /// Looks up "error.{Field}.{Code}" (a message specific to one field) then "error.{Code}".
    /// The value the person typed, when the English message quotes it, becomes {0}.
    /// Unknown codes fall back to the service's English sentence rather than showing a key.
    /// </summary>
    public static string Localize(this IStringLocalizer text, FieldError error)
    {
        var argument = Quoted().Match(error.Message) is { Success: true } m ? m.Groups[1].Value : "";
        var field = Bracketed().Replace(error.Field, "");
        foreach (var key in new[] { $"error.{field}.{error.Code}", $"error.{error.Code}" })
        {
            var found = text[key, argument];
            if (!found.ResourceNotFound)
            {
                return found.Value;
            }
        }

        return error.Message;
    }

    /// <summary>Adds every error of a refused input to ModelState, keyed by the form field that shows it.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IStringLocalizer text, InvalidInputException refused, Func<string, string> fieldName)
    {
        foreach (var error in refused.Errors)
        {
            modelState.AddModelError(fieldName(error.Field), text.Localize(error));
        }
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Bracketed();
}
