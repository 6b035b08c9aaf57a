using System.Threading.Channels;
using Allies.Core.Imports;
using Allies.Data.Imports;

namespace Allies.Web.Imports;

/// <summary>
/// Imports uploaded through the web run here, one after another, in the background: the upload returns at once with
/// the run's id, and the page (or an API client) polls the ImportRun row for progress and the report.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, ILogger<ImportJobs> log) : BackgroundService
{
    readonly Channel<Job> _queue = Channel.CreateUnbounded<Job>();

    sealed record Job(Guid Owner, Guid RunId, ImportKind Kind, string Path, string Name);

    /// <summary>Saves the upload to a temp file, records a queued run, and queues it; returns the run's id.</summary>
    public async Task<Guid> EnqueueAsync(Guid owner, ImportKind kind, string fileName, Stream content, CancellationToken ct)
    {
        var name = System.IO.Path.GetFileName(fileName);
        if (string.IsNullOrWhiteSpace(name))
        {
            name = "upload";
        }

        var dir = Directory.CreateTempSubdirectory("allies-upload-").FullName;
        var path = System.IO.Path.Combine(dir, name);
        await using (var file = File.Create(path))
        {
            await content.CopyToAsync(file, ct);
        }

        await using var scope = scopes.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<ImportService>().QueueAsync(owner, kind, name, ct);
        await _queue.Writer.WriteAsync(new Job(owner, run.Id, kind, path, name), ct);
        return run.Id;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var service = scope.ServiceProvider.GetRequiredService<ImportService>();
                await service.RunAsync(job.Owner, job.RunId, job.Kind, ImportSource.For(job.Path, job.Name), null, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Import {Run} failed", job.RunId);
            }
            finally
            {
                try
                {
                    Directory.Delete(System.IO.Path.GetDirectoryName(job.Path)!, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
