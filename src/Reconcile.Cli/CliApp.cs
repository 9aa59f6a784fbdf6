using System.Text;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Cli;

/// <summary>The command line: argument parsing and file I/O only; the work is <see cref="Reconciler"/>'s.</summary>
internal static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitProblems = 1;
    public const int ExitUsage = 2;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the command line.</summary>
    /// <returns>0 when every report was read cleanly, 1 when any report had a problem (other than no incident), 2 on a usage error or when the output could not be written.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
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

        IReadOnlyList<Report> reports = new ReportReader().Read(parsed.Paths);
        var options = new ReconcilerOptions();
        if (parsed.Threads is { } threads)
        {
            options.MaxDegreeOfParallelism = threads;
        }

        ReconcileResult result = new Reconciler(options).Reconcile(reports);
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
                formatter.Format(result, stdout);
                stdout.Flush();
            }
            catch (IOException ex)
            {
                // A full disk or a closed pipe behind standard output: one line, no stack trace.
                stderr.WriteLine(CliMessages.CannotWriteStdout(ex.Message));
                return ExitUsage;
            }
        }
        else if (WriteAtomically(parsed.OutFile, result, formatter) is { } error)
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

    /// <summary>Writes the output to a temporary file beside <paramref name="path"/> and renames it over the target only when
    /// it is complete, so an interrupt, a crash or a full disk never leaves a truncated file (an existing file stays as it
    /// was). Returns why it could not be written, or <see langword="null"/>.</summary>
    internal static string? WriteAtomically(string path, ReconcileResult result, IResultFormatter formatter)
    {
        string? temp = null;
        try
        {
            string full = Path.GetFullPath(path);
            string dir = Path.GetDirectoryName(full) ?? ".";
            temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp");
            using (var file = new StreamWriter(new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None), Utf8NoBom))
            {
                formatter.Format(result, file);
                file.Flush();
                ((FileStream)file.BaseStream).Flush(flushToDisk: true);
            }

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
}
