using System.Collections.Concurrent;
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
    readonly ConcurrentDictionary<Guid, double> _progress = new();

    sealed record Job(Guid Owner, Guid RunId, ImportKind Kind, string Path, string Name);

    /// <summary>How far through its file a run this process is running has got (0 to 1, as of its last committed batch), or null.</summary>
    public double? Progress(Guid runId) => _progress.TryGetValue(runId, out var fraction) ? fraction : null;

    /// <summary>Records how far a run has got; the import calls it after each batch.</summary>
    public void Report(Guid runId, double fraction) => _progress[runId] = Math.Clamp(fraction, 0, 1);

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
                await service.RunAsync(job.Owner, job.RunId, job.Kind, ImportSource.For(job.Path, job.Name), (_, f) => Report(job.RunId, f), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Import {Run} failed", job.RunId);
            }
            finally
            {
                _progress.TryRemove(job.RunId, out _);
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
