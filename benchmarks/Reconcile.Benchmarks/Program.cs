using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace Reconcile.Benchmarks;

internal static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "quality-records")
        {
            Environment.ExitCode = RecordQualityCommand.Run(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "scale-generate")
        {
            Environment.ExitCode = ScaleCommand.Generate(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "store-daily")
        {
            Environment.ExitCode = StoreDailyCommand.Run(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "scale-run")
        {
            Environment.ExitCode = ScaleCommand.Run(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "extract-stages")
        {
            Environment.ExitCode = ExtractStagesCommand.Run(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "gazetteer-index")
        {
            Environment.ExitCode = GazetteerIndexCommand.Run(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "fuzz")
        {
            Environment.ExitCode = FuzzCommand.Run(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "regex-audit")
        {
            Environment.ExitCode = FuzzCommand.Audit();
            return;
        }

        if (args.Length > 0 && args[0] == "quality")
        {
            Environment.ExitCode = QualityCommand.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default));
    }
}
