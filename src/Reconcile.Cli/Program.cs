namespace Reconcile.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        using var interrupted = new CancellationTokenSource();

        // Ctrl-C (SIGINT) cancels the run through the library's cancellation instead of killing the process mid-write, so the
        // temporary output file is removed and the exit code is CliApp.ExitCancelled.
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            interrupted.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return CliApp.Run(args, Console.Out, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected, interrupted.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
