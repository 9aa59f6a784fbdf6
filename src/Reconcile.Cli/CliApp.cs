using System.Text;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Output;
using Reconcile.Store;

namespace Reconcile.Cli;

/// <summary>The command line: argument parsing and file I/O only; the work is <see cref="Reconciler"/>'s.</summary>
internal static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitProblems = 1;
    public const int ExitUsage = 2;
    public const int ExitCancelled = 130;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the command line.</summary>
    /// <returns>0 when every report was read cleanly, 1 when any report had a problem (other than no incident), 2 on a usage error or when the output could not be written.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, CancellationToken.None);

    /// <summary>Runs the command line until done or <paramref name="cancellationToken"/> is cancelled.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        Run(args, stdout, stderr, stderrIsTerminal: false, cancellationToken);

    /// <summary>Runs the command line until done or <paramref name="cancellationToken"/> is cancelled (Ctrl-C).</summary>
    /// <returns>As <see cref="Run(string[], TextWriter, TextWriter)"/>, or 130 (<see cref="ExitCancelled"/>) when cancelled: then
    /// nothing more is written to <paramref name="stdout"/> and an <c>--out</c> file is left as it was.</returns>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="stderrIsTerminal">Whether standard error is a terminal: then a progress line is drawn there unless <c>--quiet</c>.</param>
    /// <param name="cancellationToken">Cancels the run (Ctrl-C).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal, CancellationToken cancellationToken)
    {
        try
        {
            return RunCore(args, stdout, stderr, stderrIsTerminal, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine(CliMessages.Cancelled);
            return ExitCancelled;
        }
    }

    private static int RunCore(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        CliArguments parsed = CliArguments.Parse(args);
        if (parsed.Error is not null)
        {
            stderr.WriteLine(parsed.Error);
            stderr.WriteLine();
            stderr.WriteLine(CliMessages.Usage);
            return ExitUsage;
        }

        if (parsed.Help)
        {
            stdout.WriteLine(CliMessages.Usage);
            return ExitOk;
        }

        // Only the HTML page (and the store, which keeps every report's text) needs the full texts: every other format lets
        // each go right after its report is extracted.
        var options = new ReconcilerOptions { KeepReportText = parsed.Format == "html" || parsed.Store is not null };
        if (parsed.Threads is { } threads)
        {
            options.MaxDegreeOfParallelism = threads;
        }

        if (parsed.Store is { } target)
        {
            return RunStore(parsed, target, options, stdout, stderr, cancellationToken);
        }

        // The reports are read as extraction takes them, a block of lines at a time, and each is let go once extracted (its text too,
        // unless the format needs it): the whole input is never in memory at once.
        IEnumerable<Report> reports = new ReportReader().ReadLazily(parsed.Paths);
        ProgressLine? progress = stderrIsTerminal && !parsed.Quiet ? new ProgressLine(stderr) : null;
        ReconcileResult result;
        try
        {
            result = new Reconciler(options).ReconcileAsync(AsAsync(reports, cancellationToken), progress, cancellationToken).GetAwaiter().GetResult();
        }
        finally
        {
            progress?.Clear();
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Output(parsed, result, stdout, stderr, cancellationToken);
    }

    /// <summary>Hands the reports over one at a time, as they are read.</summary>
    private static async IAsyncEnumerable<Report> AsAsync(IEnumerable<Report> reports, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (Report report in reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return report;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>Writes the result in the chosen format to <c>--out</c> or standard output, then lists the reports' problems.</summary>
    private static int Output(CliArguments parsed, ReconcileResult result, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        IResultFormatter formatter = parsed.Format switch
        {
            "json" => new JsonResultFormatter(),
            "csv" => new CsvResultFormatter(),
            "figures" => new FigureCsvResultFormatter(),
            "ucdp" => new UcdpCsvResultFormatter(),
            "geojson" => new GeoJsonResultFormatter(),
            "html" => new HtmlResultFormatter(),
            _ => new TextResultFormatter(),
        };

        if (parsed.OutFile is null)
        {
            try
            {
                formatter.Format(result, new CancellingWriter(stdout, cancellationToken));
                stdout.Flush();
            }
            catch (IOException ex)
            {
                // A full disk or a closed pipe behind standard output: one line, no stack trace.
                stderr.WriteLine(CliMessages.CannotWriteStdout(ex.Message));
                return ExitUsage;
            }
        }
        else if (WriteAtomically(parsed.OutFile, result, formatter, cancellationToken) is { } error)
        {
            stderr.WriteLine(CliMessages.CannotWrite(parsed.OutFile, error));
            return ExitUsage;
        }

        if (!result.HasProblems)
        {
            return ExitOk;
        }

        int withProblems = 0;
        foreach (ReportOutcome outcome in result.Reports)
        {
            bool any = false;
            foreach (ReportProblem problem in outcome.Problems)
            {
                if (problem.Code != ProblemCodes.NoIncident)
                {
                    stderr.WriteLine(problem.Message);
                    any = true;
                }
            }

            withProblems += any ? 1 : 0;
        }

        stderr.WriteLine(CliMessages.ProblemSummary(withProblems));
        return ExitProblems;
    }

    /// <summary><c>--store</c>: reconciles the new reports into the store, prints the batch's revisions, and writes the whole stored
    /// dataset to <c>--out</c> when given; <c>history</c>: prints an incident's revision log.</summary>
    private static int RunStore(CliArguments parsed, string target, ReconcilerOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        IIncidentStore store;
        try
        {
            store = IncidentStore.Open(target, options);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            stderr.WriteLine(CliMessages.StoreFailed(ex.Message));
            return ExitUsage;
        }

        using (store)
        {
            if (parsed.HistoryOf is { } id)
            {
                IReadOnlyList<Revision> log = store.History(id);
                if (log.Count == 0)
                {
                    stderr.WriteLine(CliMessages.UnknownIncident(id));
                    return ExitUsage;
                }

                string? live = store.Resolve(id);
                if (live != id)
                {
                    stdout.WriteLine(id + " is now part of " + live);
                }

                foreach (Revision r in log)
                {
                    stdout.WriteLine(string.Join('\t', "run " + r.Run.ToString(System.Globalization.CultureInfo.InvariantCulture), r.IncidentId, r.Kind, r.Detail, r.Why));
                }

                return ExitOk;
            }

            IReadOnlyList<Report> reports = new ReportReader().Read(parsed.Paths);
            cancellationToken.ThrowIfCancellationRequested();
            StoreRun run = store.Add(reports, cancellationToken);
            stdout.WriteLine(CliMessages.BatchSummary(run.RunId, run.Added.Count, run.Skipped.Count, run.Changed.Count, run.Candidates));
            foreach (Revision r in run.Revisions)
            {
                stdout.WriteLine(string.Join('\t', r.IncidentId, r.Kind, r.Detail, r.Why));
            }

            stdout.Flush();
            if (parsed.OutFile is null)
            {
                return reports.Any(r => r.Problems.Count > 0) ? ExitProblems : ExitOk;
            }

            ReconcileResult dataset = store.Export(cancellationToken);
            return Output(parsed, dataset, TextWriter.Null, stderr, cancellationToken);
        }
    }

    /// <summary>Writes the output to a temporary file beside <paramref name="path"/> and renames it over the target only when
    /// it is complete, so an interrupt, a crash or a full disk never leaves a truncated file (an existing file stays as it
    /// was). Returns why it could not be written, or <see langword="null"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the rename (the
    /// temporary file is removed, the target untouched).</exception>
    internal static string? WriteAtomically(string path, ReconcileResult result, IResultFormatter formatter, CancellationToken cancellationToken = default)
    {
        string? temp = null;
        try
        {
            string full = Path.GetFullPath(path);
            string dir = Path.GetDirectoryName(full) ?? ".";
            temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp");
            using (var file = new StreamWriter(new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None), Utf8NoBom))
            {
                formatter.Format(result, new CancellingWriter(file, cancellationToken));
                file.Flush();
                ((FileStream)file.BaseStream).Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
            temp = null;
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ex.Message;
        }
        finally
        {
            if (temp is not null)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Best effort: the target is untouched either way.
                }
            }
        }
    }

    /// <summary>Passes writes on to another writer, stopping with <see cref="OperationCanceledException"/> once the token is
    /// cancelled, so Ctrl-C also interrupts a long output promptly.</summary>
    private sealed class CancellingWriter(TextWriter inner, CancellationToken cancellationToken) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(char[] buffer, int index, int count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inner.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inner.Write(buffer);
        }

        public override void Write(string? value)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inner.Write(value);
        }

        public override void Flush() => inner.Flush();
    }
}
