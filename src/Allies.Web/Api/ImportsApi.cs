using System.Security.Claims;
using System.Text;
using Allies.Core;
using Allies.Core.Imports;
using Allies.Data.Imports;
using Allies.Interop.VCards;
using Allies.Web.Accounts;
using Allies.Web.Imports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allies.Web.Api;

/// <summary>/api/imports, /api/exports, /api/backup, /api/restore, /api/duplicates: data in and out for the owner.</summary>
public static class ImportsApi
{
    public static void MapImportsApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/imports").RequireAuthorization().WithTags("Imports");
        imports.MapPost("/{kind}", Upload).WithName("StartImport").DisableAntiforgery()
            .WithSummary("Upload a file (multipart field 'file', or the raw body with ?name=) and import it in the background; poll the run.")
            .ProducesValidationProblem();
        imports.MapGet("/", List).WithName("ListImports").WithSummary("The latest imports, newest first.");
        imports.MapGet("/{id:guid}", Get).WithName("GetImport").WithSummary("One import's progress and report.").ProducesProblem(StatusCodes.Status404NotFound);
        imports.MapPost("/suggestions/{id:guid}/accept", Accept).WithName("AcceptSuggestion")
            .WithSummary("Make a contact of a person an import suggested.").ProducesProblem(StatusCodes.Status404NotFound);

        var exports = app.MapGroup("/api").RequireAuthorization().WithTags("Exports");
        exports.MapGet("/exports/vcard", VCards).WithName("ExportVCard").WithSummary("Every contact as vCard 4.0 (?version=3 for 3.0).");
        exports.MapGet("/exports/csv", Csv).WithName("ExportCsv").WithSummary("Every contact as CSV.");
        exports.MapGet("/backup", Backup).WithName("Backup").WithSummary("Everything the account owns, as a versioned JSON backup.");
        exports.MapPost("/restore", Restore).WithName("Restore").DisableAntiforgery()
            .WithSummary("Restore a JSON backup (multipart field 'file' or the raw body) into this account, which must be empty.").ProducesValidationProblem();

        var dupes = app.MapGroup("/api/duplicates").RequireAuthorization().WithTags("Duplicates");
        dupes.MapGet("/", Duplicates).WithName("ListDuplicates").WithSummary("Pairs of contacts that may be the same person (?all=true for decided ones too).");
        dupes.MapPost("/{id:guid}/merge", Merge).WithName("MergeDuplicate").WithSummary("Merge the pair's second contact into the first.").ProducesProblem(StatusCodes.Status404NotFound);
        dupes.MapPost("/{id:guid}/keep-apart", KeepApart).WithName("KeepDuplicateApart").WithSummary("Keep the pair apart.").ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static bool TryKind(string text, out ImportKind kind) =>
        Enum.TryParse(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out kind) && Enum.IsDefined(kind);

    static async Task<Results<Accepted<ImportRunDto>, ValidationProblem>> Upload(string kind, string? name, HttpRequest request, ClaimsPrincipal user,
        ImportJobs jobs, ImportService imports, CancellationToken ct)
    {
        if (!TryKind(kind, out var k))
        {
            return ApiProblems.Invalid([new FieldError("kind", "kind_unknown",
                $"'{kind}' is not an import kind: {string.Join(", ", Enum.GetNames<ImportKind>().Select(n => n.ToLowerInvariant()))}.")]);
        }

        Guid id;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files["file"] is not { Length: > 0 } file)
            {
                return ApiProblems.Invalid([new FieldError("file", "file_required", "Send the file in the multipart field 'file'.")]);
            }

            await using var stream = file.OpenReadStream();
            id = await jobs.EnqueueAsync(user.OwnerId(), k, file.FileName, stream, ct);
        }
        else
        {
            id = await jobs.EnqueueAsync(user.OwnerId(), k, name ?? $"upload.{kind}", request.Body, ct);
        }

        var report = await imports.ReportAsync(user.OwnerId(), id, ct);
        return TypedResults.Accepted($"/api/imports/{id}", ImportRunDto.From(report));
    }

    static async Task<Ok<List<ImportRunDto>>> List(ClaimsPrincipal user, ImportService imports, CancellationToken ct) =>
        TypedResults.Ok((await imports.ListAsync(user.OwnerId(), 50, ct)).Select(r => ImportRunDto.From(new ImportReport(r, [], [], []))).ToList());

    static async Task<Ok<ImportRunDto>> Get(Guid id, ClaimsPrincipal user, ImportService imports, ImportJobs jobs, CancellationToken ct)
    {
        var report = await imports.ReportAsync(user.OwnerId(), id, ct);
        var going = report.Run.Status is ImportStatus.Queued or ImportStatus.Running;
        return TypedResults.Ok(ImportRunDto.From(report) with { Progress = going ? jobs.Progress(id) : null });
    }

    static async Task<Ok<AcceptedSuggestion>> Accept(Guid id, ClaimsPrincipal user, ImportService imports, CancellationToken ct) =>
        TypedResults.Ok(new AcceptedSuggestion(await imports.AcceptSuggestionAsync(user.OwnerId(), id, ct)));

    static async Task VCards(int? version, HttpContext http, ClaimsPrincipal user, ExportService exports, CancellationToken ct)
    {
        http.Response.ContentType = "text/vcard; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"allies.vcf\"";
        await using var w = new StreamWriter(http.Response.Body, new UTF8Encoding(false));
        await exports.WriteVCardsAsync(user.OwnerId(), w, version == 3 ? VCardVersion.V3 : VCardVersion.V4, ct);
    }

    static async Task Csv(HttpContext http, ClaimsPrincipal user, ExportService exports, CancellationToken ct)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"allies.csv\"";
        await using var w = new StreamWriter(http.Response.Body, new UTF8Encoding(true));
        await exports.WriteCsvAsync(user.OwnerId(), w, ct);
    }

    static async Task Backup(HttpContext http, ClaimsPrincipal user, BackupService backup, CancellationToken ct)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"allies-backup.json\"";
        await backup.WriteAsync(user.OwnerId(), http.Response.Body, ct);
    }

    static async Task<Results<Ok<RestoreResult>, ValidationProblem>> Restore(HttpRequest request, ClaimsPrincipal user, BackupService backup, CancellationToken ct)
    {
        Stream body = request.Body;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files["file"] is not { Length: > 0 } file)
            {
                return ApiProblems.Invalid([new FieldError("file", "file_required", "Send the backup in the multipart field 'file'.")]);
            }

            body = file.OpenReadStream();
        }

        await using (body)
        {
            return TypedResults.Ok(new RestoreResult(await backup.RestoreAsync(user.OwnerId(), body, ct)));
        }
    }

    static async Task<Ok<IReadOnlyList<DuplicatePair>>> Duplicates(bool? all, ClaimsPrincipal user, DuplicateService duplicates, CancellationToken ct) =>
        TypedResults.Ok(await duplicates.ListAsync(user.OwnerId(), all == true ? null : DuplicateStatus.Open, ct));

    static async Task<Ok<MergedPair>> Merge(Guid id, ClaimsPrincipal user, DuplicateService duplicates, CancellationToken ct) =>
        TypedResults.Ok(new MergedPair(await duplicates.MergeAsync(user.OwnerId(), id, ct)));

    static async Task<NoContent> KeepApart(Guid id, ClaimsPrincipal user, DuplicateService duplicates, CancellationToken ct)
    {
        await duplicates.KeepApartAsync(user.OwnerId(), id, ct);
        return TypedResults.NoContent();
    }
}

public sealed record AcceptedSuggestion(Guid ContactId);

public sealed record RestoreResult(int Rows);

public sealed record MergedPair(Guid ContactId);

public sealed record ImportRunDto(
    Guid Id, ImportKind Kind, string FileName, ImportStatus Status, int Read, int Added, int Merged, int Skipped, int Problems, int Duplicates,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error,
    IReadOnlyList<ImportItemDto> ProblemList, IReadOnlyList<ImportItemDto> Suggestions, IReadOnlyList<ImportItemDto> Upcoming)
{
    /// <summary>A failed run's error as a problem code and its values (see <see cref="ImportItemDto.Code"/>); null before codes.</summary>
    public string? ErrorCode { get; init; }

    public IReadOnlyList<string>? ErrorArgs { get; init; }

    /// <summary>While the import runs (after its first batch): the share of its file read, 0 to 1. Null otherwise.</summary>
    public double? Progress { get; init; }

    public static ImportRunDto From(ImportReport r) => new(r.Run.Id, r.Run.Kind, r.Run.FileName, r.Run.Status, r.Run.Read, r.Run.Added, r.Run.Merged,
        r.Run.Skipped, r.Run.Problems, r.Run.Duplicates, r.Run.StartedAt, r.Run.FinishedAt, r.Run.Error,
        [.. r.Problems.Select(ImportItemDto.From)], [.. r.Suggestions.Select(ImportItemDto.From)], [.. r.Upcoming.Select(ImportItemDto.From)])
    {
        ErrorCode = r.Run.ErrorCode,
        ErrorArgs = r.Run.ErrorArgs,
    };
}

public sealed record ImportItemDto(Guid Id, string? File, long? Line, long? MessageNumber, string Text, string? Email, int Count, DateTimeOffset? At, Guid? ContactId)
{
    /// <summary>
    /// A problem's stable code (e.g. "not_vcard_property") and the values of its sentence, so a client can say it in
    /// its own language; <see cref="Text"/> is the same in English. Null for suggestions, meetings and older problems.
    /// </summary>
    public string? Code { get; init; }

    public IReadOnlyList<string>? Args { get; init; }

    public static ImportItemDto From(ImportReportItem i) =>
        new(i.Id, i.File, i.Line, i.MessageNumber, i.Text, i.Email, i.Count, i.At, i.ContactId) { Code = i.Code, Args = i.Args };
}
