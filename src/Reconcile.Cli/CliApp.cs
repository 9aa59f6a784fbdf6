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
            _ => new TextResultFormatter(),
        };

        if (parsed.OutFile is null)
        {
            formatter.Format(result, stdout);
            stdout.Flush();
        }
        else
        {
            try
            {
                using var file = new StreamWriter(parsed.OutFile, append: false, Utf8NoBom);
                formatter.Format(result, file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine(CliMessages.CannotWrite(parsed.OutFile, ex.Message));
                return ExitUsage;
            }
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
}
