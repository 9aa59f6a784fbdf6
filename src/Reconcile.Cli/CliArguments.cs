using System.Globalization;

namespace Reconcile.Cli;

/// <summary>The parsed command line, or the usage error that stopped parsing.</summary>
internal sealed record CliArguments
{
    public IReadOnlyList<string> Paths { get; init; } = [];

    public string Format { get; init; } = "text";

    public string? OutFile { get; init; }

    public int? Threads { get; init; }

    public bool Help { get; init; }

    /// <summary>The incident store (a SQLite file, or a PostgreSQL connection string starting with <c>Host=</c>), or <see langword="null"/>.</summary>
    public string? Store { get; init; }

    /// <summary>For <c>reconcile history INCIDENT_ID --store TARGET</c>, the incident id; otherwise <see langword="null"/>.</summary>
    public string? HistoryOf { get; init; }

    /// <summary>No progress line on standard error, even on a terminal.</summary>
    public bool Quiet { get; init; }

    /// <summary>The usage error, or <see langword="null"/> when the arguments are valid.</summary>
    public string? Error { get; init; }

    public static readonly string[] Formats = ["text", "json", "csv", "figures", "ucdp", "geojson", "html"];

    /// <summary>Parses <c>paths... [--format text|json|csv|figures|ucdp|geojson|html] [--out FILE] [--store TARGET] [--threads N] [--quiet] [--help]</c>, or <c>history INCIDENT_ID --store TARGET</c>; <c>--name=value</c> also works, <c>--</c> ends options.</summary>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        var result = new CliArguments();
        bool optionsEnded = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (optionsEnded || arg.Length < 2 || arg[0] != '-')
            {
                paths.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            string name = arg;
            string? value = null;
            int eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                name = arg[..eq];
                value = arg[(eq + 1)..];
            }

            switch (name)
            {
                case "-h" or "--help" or "-?":
                    result = result with { Help = true };
                    break;
                case "-q" or "--quiet" when value is null:
                    result = result with { Quiet = true };
                    break;
                case "-f" or "--format":
                    if (!TakeValue(args, ref i, name, ref value, out string? error))
                    {
                        return new CliArguments { Error = error };
                    }

                    if (!CliArguments.Formats.Contains(value, StringComparer.Ordinal))
                    {
                        return new CliArguments { Error = CliMessages.BadFormat(value!) };
                    }

                    result = result with { Format = value! };
                    break;
                case "-o" or "--out":
                    if (!TakeValue(args, ref i, name, ref value, out error))
                    {
                        return new CliArguments { Error = error };
                    }

                    result = result with { OutFile = value };
                    break;
                case "-s" or "--store":
                    if (!TakeValue(args, ref i, name, ref value, out error))
                    {
                        return new CliArguments { Error = error };
                    }

                    result = result with { Store = value };
                    break;
                case "-t" or "--threads":
                    if (!TakeValue(args, ref i, name, ref value, out error))
                    {
                        return new CliArguments { Error = error };
                    }

                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int threads) || threads < 1)
                    {
                        return new CliArguments { Error = CliMessages.BadThreads(value!) };
                    }

                    result = result with { Threads = threads };
                    break;
                default:
                    return new CliArguments { Error = CliMessages.UnknownOption(arg) };
            }
        }

        if (!result.Help && paths.Count > 0 && paths[0] == "history" && args.Count > 0 && args[0] == "history")
        {
            if (paths.Count != 2)
            {
                return new CliArguments { Error = CliMessages.HistoryArguments };
            }

            if (result.Store is null)
            {
                return new CliArguments { Error = CliMessages.HistoryNeedsStore };
            }

            return result with { HistoryOf = paths[1] };
        }

        if (!result.Help && paths.Count == 0)
        {
            return new CliArguments { Error = CliMessages.NoPaths };
        }

        return result with { Paths = paths };
    }

    private static bool TakeValue(IReadOnlyList<string> args, ref int i, string name, ref string? value, out string? error)
    {
        error = null;
        if (value is not null)
        {
            return true;
        }

        if (i + 1 < args.Count)
        {
            value = args[++i];
            return true;
        }

        error = CliMessages.MissingValue(name);
        return false;
    }
}
