namespace Reconcile.Cli;

/// <summary>The command line: argument parsing and file I/O only; the work is <see cref="Reconciler"/>'s.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        _ = args;
        _ = stdout;
        stderr.WriteLine("not implemented yet");
        return 2;
    }
}
