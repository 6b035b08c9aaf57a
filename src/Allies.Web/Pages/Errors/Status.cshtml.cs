using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Errors;

/// <summary>
/// The page a person sees instead of a bare status: re-executed for an empty 4xx/5xx response and after an unexpected
/// exception. It keeps the status code, says what happened in the reader's language and never shows a stack trace.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string TitleKey { get; private set; } = "error.page_unexpected_title";

    public string MessageKey { get; private set; } = "error.page_unexpected";

    public IActionResult OnGet(int? code) => Show(code);

    // A failed POST is re-executed with its own verb, so the error page answers every verb with the same content.
    public IActionResult OnPost(int? code) => Show(code);

    IActionResult Show(int? code)
    {
        // After an exception the handler has already chosen the status (404 for a NotFoundException) before re-executing.
        var status = code ?? Response.StatusCode;
        status = status is >= 400 and <= 599 ? status : StatusCodes.Status500InternalServerError;
        (TitleKey, MessageKey) = status switch
        {
            StatusCodes.Status404NotFound => ("error.page_not_found_title", "error.page_not_found"),
            StatusCodes.Status403Forbidden => ("error.page_forbidden_title", "error.page_forbidden"),
            StatusCodes.Status405MethodNotAllowed or StatusCodes.Status400BadRequest => ("error.page_bad_request_title", "error.page_bad_request"),
            _ when status >= 500 => ("error.page_unexpected_title", "error.page_unexpected"),
            _ => ("error.page_bad_request_title", "error.page_bad_request"),
        };
        Response.StatusCode = status;
        return Page();
    }
}
