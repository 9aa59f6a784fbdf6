using System.Text.Json;
using Reconcile.Cli;

namespace Reconcile.Tests.Cli;

public class CliAppTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact] // on a terminal the progress line is drawn on stderr and cleared; --quiet and a piped stderr (the default) show none
    public void Run_TerminalStderr_ProgressUnlessQuiet()
    {
        using TempFolder tmp = CleanFolder();
        using var stdout = new StringWriter();
        using var terminal = new StringWriter();
        CliApp.Run([tmp.Path], stdout, terminal, stderrIsTerminal: true, CancellationToken.None).Should().Be(0);
        terminal.ToString().Should().Contain("\rExtracting ").And.EndWith("\r", "the line is cleared before the summary");

        using var quiet = new StringWriter();
        CliApp.Run([tmp.Path, "--quiet"], new StringWriter(), quiet, stderrIsTerminal: true, CancellationToken.None).Should().Be(0);
        quiet.ToString().Should().BeEmpty();

        Run(tmp.Path).Err.Should().BeEmpty("stderr that is not a terminal gets no progress");
        stdout.ToString().Should().Be(Run(tmp.Path).Out, "progress never changes the output");
    }

    private static TempFolder CleanFolder()
    {
        var tmp = new TempFolder();
        tmp.File("one.txt", "Deir Ezzor - Arab Today\nA car bombing killed dozens of displaced people on Saturday.");
        tmp.File("two.txt", "Nothing of note happened today.");
        return tmp;
    }

    [Theory]
    [InlineData("--help")] // long form
    [InlineData("-h")] // short form
    public void Run_Help_PrintsUsageExit0(string option)
    {
        var (code, output, _) = Run(option);
        code.Should().Be(0);
        output.Should().Contain("Usage: reconcile").And.Contain("--format text|json|csv|figures|ucdp|geojson|html").And.Contain("Exit codes");
    }

    [Theory]
    [InlineData("x.txt", "--bogus")] // unknown option
    [InlineData("x.txt", "--format", "xml")] // unknown format
    [InlineData("x.txt", "--format")] // missing value
    [InlineData("x.txt", "--threads", "0")] // threads must be at least 1
    [InlineData("x.txt", "--threads", "two")] // threads must be a number
    [InlineData("--format", "json")] // no input paths
    public void Run_UsageError_Exit2WithUsageOnStderr(params string[] args)
    {
        var (code, output, error) = Run(args);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("Usage: reconcile");
    }

    [Fact] // reports read cleanly (one with no incident, which is information, not failure) exit 0
    public void Run_CleanFolder_Exit0()
    {
        using TempFolder tmp = CleanFolder();
        var (code, output, error) = Run(tmp.Path);
        code.Should().Be(0);
        output.Should().StartWith("Reconciled 2 reports");
        error.Should().BeEmpty();
    }

    [Fact] // a report with a problem gives exit 1 and its message on stderr; the other reports are still processed
    public void Run_MissingFile_Exit1NamesFile()
    {
        using TempFolder tmp = CleanFolder();
        string missing = Path.Combine(tmp.Path, "nope.txt");
        var (code, output, error) = Run(tmp.Path, missing, "--format", "json");
        code.Should().Be(1);
        error.Should().Contain(missing).And.Contain("1 report(s) had problems");
        JsonDocument.Parse(output).RootElement.GetProperty("reports").GetArrayLength().Should().Be(3);
    }

    [Theory]
    [InlineData("json", "{\n  \"reports\": [")] // JSON contract
    [InlineData("csv", "id,type,date_start,")] // CSV header
    [InlineData("ucdp", "id,type,date_start,date_end,date_prec,")] // UCDP GED-style CSV header
    [InlineData("figures", "incident_id,measure,group,low,best,high,")] // one row per figure
    [InlineData("html", "<!DOCTYPE html>")] // the review page
    [InlineData("geojson", "{\"type\":\"FeatureCollection\",\"features\":[")] // GeoJSON map layer
    [InlineData("text", "Reconciled 2 reports")] // readable summary
    public void Run_Format_WritesThatFormat(string format, string start)
    {
        using TempFolder tmp = CleanFolder();
        Run(tmp.Path, "--format", format).Out.Should().StartWith(start);
        Run($"--format={format}", tmp.Path).Out.Should().StartWith(start, "the --name=value form works too");
    }

    [Fact] // --out writes the file (UTF-8 without BOM) and nothing to stdout; the result does not depend on --threads
    public void Run_Out_WritesFile()
    {
        using TempFolder tmp = CleanFolder();
        string outFile = Path.Combine(tmp.Path, "result.json");
        var (code, output, _) = Run(tmp.Path, "--format", "json", "--out", outFile, "--threads", "1");
        code.Should().Be(0);
        output.Should().BeEmpty();
        byte[] bytes = File.ReadAllBytes(outFile);
        bytes[0].Should().Be((byte)'{');
        Run(tmp.Path, "--format", "json", "-t", "2").Out.Should().Be(System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact] // an output file that cannot be written is reported, exit 2
    public void Run_OutUnwritable_Exit2()
    {
        using TempFolder tmp = CleanFolder();
        var (code, _, error) = Run(tmp.Path, "--out", Path.Combine(tmp.Path, "no", "such", "dir", "r.txt"));
        code.Should().Be(2);
        error.Should().Contain("Cannot write");
    }

    [Fact] // a formatter that fails half-way (a full disk, a crash) leaves an existing --out file as it was and no temporary file
    public void WriteAtomically_FormatterFailsMidway_TargetUntouchedNoTempLeft()
    {
        using var tmp = new TempFolder();
        string target = tmp.File("result.json", "previous complete output");
        string? error = CliApp.WriteAtomically(target, new Reconcile.Model.ReconcileResult { Reports = [], Incidents = [] }, new FailingFormatter());
        error.Should().Contain("disk full");
        File.ReadAllText(target).Should().Be("previous complete output");
        Directory.GetFiles(tmp.Path).Should().ContainSingle();
    }

    [Fact] // a complete write replaces the target and leaves no temporary file beside it
    public void Run_OutExistingFile_ReplacedWholeNoTempLeft()
    {
        using TempFolder tmp = CleanFolder();
        string outDir = Path.Combine(tmp.Path, "out");
        Directory.CreateDirectory(outDir);
        string target = Path.Combine(outDir, "r.json");
        File.WriteAllText(target, new string('x', 100_000));
        var (code, _, _) = Run(tmp.Path, "--format", "json", "--out", target);
        code.Should().Be(0);
        JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetProperty("reports").GetArrayLength().Should().Be(2);
        Directory.GetFiles(outDir).Should().Equal(target);
    }

    [Fact] // standard output that fails (a full disk behind "> /dev/full", a closed pipe) ends with one line and exit 2, no stack trace
    public void Run_StdoutFails_Exit2WithMessage()
    {
        using TempFolder tmp = CleanFolder();
        using var stdout = new FailingWriter();
        using var stderr = new StringWriter();
        int code = CliApp.Run([tmp.Path], stdout, stderr);
        code.Should().Be(2);
        stderr.ToString().Should().StartWith("Cannot write to standard output: No space left on device");
    }

    [Theory]
    [InlineData("json")] // the streamed formatter
    [InlineData("text")] // the default
    public void Run_Cancelled_Exit130OutUntouchedNoTempLeft(string format)
    {
        // Ctrl-C is a cancelled token at the entry point Program.Main uses: the run stops, --out keeps its old content, no temp file.
        using TempFolder tmp = CleanFolder();
        string outDir = Path.Combine(tmp.Path, "out");
        Directory.CreateDirectory(outDir);
        string target = Path.Combine(outDir, "r.json");
        File.WriteAllText(target, "previous complete output");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CliApp.Run([tmp.Path, "--format", format, "--out", target], stdout, stderr, cts.Token);
        code.Should().Be(CliApp.ExitCancelled).And.Be(130);
        stderr.ToString().Should().StartWith("Interrupted");
        stdout.ToString().Should().BeEmpty();
        File.ReadAllText(target).Should().Be("previous complete output");
        Directory.GetFiles(outDir).Should().Equal(target);
    }

    [Fact] // cancelled while the output is being written: the temporary file is removed and the target never created
    public void WriteAtomically_CancelledDuringWrite_NoFileLeft()
    {
        using var tmp = new TempFolder();
        string target = Path.Combine(tmp.Path, "new.json");
        using var cts = new CancellationTokenSource();
        var act = () => CliApp.WriteAtomically(target, new Reconcile.Model.ReconcileResult { Reports = [], Incidents = [] }, new CancellingFormatter(cts), cts.Token);
        act.Should().Throw<OperationCanceledException>();
        Directory.GetFiles(tmp.Path).Should().BeEmpty();
    }

    private sealed class CancellingFormatter(CancellationTokenSource cts) : Reconcile.Output.IResultFormatter
    {
        public void Format(Reconcile.Model.ReconcileResult result, TextWriter writer)
        {
            writer.Write(new string('{', 10_000));
            cts.Cancel();
            writer.Write("}");
        }
    }

    private sealed class FailingFormatter : Reconcile.Output.IResultFormatter
    {
        public void Format(Reconcile.Model.ReconcileResult result, TextWriter writer)
        {
            writer.Write(new string('{', 10_000));
            throw new IOException("disk full");
        }
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void Flush() => throw new IOException("No space left on device");
    }

    [Fact] // "--" ends options, so a file may be named like an option
    public void Run_DoubleDash_EndsOptions()
    {
        using var tmp = new TempFolder();
        string odd = tmp.File("--odd.txt", "Nothing happened.");
        string previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(tmp.Path);
        try
        {
            var (code, output, _) = Run("--", "--odd.txt");
            code.Should().Be(0);
            output.Should().StartWith("Reconciled 1 report ");
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        File.Exists(odd).Should().BeTrue();
    }
}
