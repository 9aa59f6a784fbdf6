using System.Globalization;

namespace Reconcile.Cli;

/// <summary>Every message the command line prints (the library's messages are in <c>Reconcile.ErrorMessages</c>).</summary>
internal static class CliMessages
{
    public const string Usage = """
        Usage: reconcile <files or folders...> [--format text|json|csv|figures|ucdp|geojson|html] [--out FILE] [--threads N] [--quiet]
               reconcile --store STORE <new files or folders...> [--format ...] [--out FILE]
               reconcile history INCIDENT_ID --store STORE

        Reads news reports (.txt files, one report each; .jsonl files, one report per line with id and text;
        folders are read recursively) and prints the incidents they describe, merged across reports.

        Options:
          -f, --format FORMAT         Output format (default: text). json follows docs/json-contract.md;
                                      csv has one row per incident, figures one CSV row per figure
                                      (every measure and victim group); ucdp is CSV with UCDP GED's
                                      columns (docs/ucdp-csv.md); geojson is a map layer (RFC 7946);
                                      html is one self-contained page for reviewing the records.
          -o, --out FILE              Write the output to FILE (UTF-8) instead of standard output.
          -s, --store STORE           Reconcile the reports into a stored dataset (docs/store.md): STORE is a
                                      SQLite file (created when missing) or a PostgreSQL connection string
                                      ("Host=...;Database=...;Username=..."). Only reports not stored yet
                                      are read in; stored incidents keep their ids. Standard output gets
                                      the batch's revisions; --out gets the whole stored dataset.
          -t, --threads N             Reports extracted at once (default: the number of processors).
                                      The output is the same for every N.
          -q, --quiet                 No progress line on standard error (it is shown only when standard
                                      error is a terminal, never when it is piped or redirected).
          -h, --help                  Show this help.

        Exit codes: 0 all reports read cleanly; 1 some report had a problem (listed in the output and on
        standard error); 2 usage error, or the output file could not be written; 130 interrupted (Ctrl-C),
        with --out left as it was.
        """;

    public const string HistoryArguments = "history needs exactly one incident id: reconcile history INCIDENT_ID --store STORE.";

    public const string HistoryNeedsStore = "history needs --store STORE.";

    public static string UnknownIncident(string id) =>
        string.Format(CultureInfo.InvariantCulture, "No incident '{0}' in the store.", id);

    public static string StoreFailed(string reason) =>
        string.Format(CultureInfo.InvariantCulture, "The store could not be used: {0}", reason);

    public static string BatchSummary(long? run, int added, int skipped, int changed, int candidates) => run is { } r
        ? string.Format(CultureInfo.InvariantCulture, "run {0}: {1} report(s) added, {2} already stored, {3} incident(s) created or changed ({4} stored candidate(s) fetched)", r, added, skipped, changed, candidates)
        : string.Format(CultureInfo.InvariantCulture, "nothing to do: all {0} report(s) are already stored", skipped);

    public const string NoPaths = "No input: name at least one .txt or .jsonl file or folder.";

    public static string UnknownOption(string option) =>
        string.Format(CultureInfo.InvariantCulture, "Unknown option '{0}'.", option);

    public static string MissingValue(string option) =>
        string.Format(CultureInfo.InvariantCulture, "Option '{0}' needs a value.", option);

    public static string BadFormat(string value) =>
        string.Format(CultureInfo.InvariantCulture, "Unknown format '{0}': use text, json, csv, figures, ucdp, geojson or html.", value);

    public static string BadThreads(string value) =>
        string.Format(CultureInfo.InvariantCulture, "--threads needs a whole number of at least 1 (was '{0}').", value);

    public static string CannotWrite(string path, string reason) =>
        string.Format(CultureInfo.InvariantCulture, "Cannot write '{0}': {1}", path, reason);

    public static string CannotWriteStdout(string reason) =>
        string.Format(CultureInfo.InvariantCulture, "Cannot write to standard output: {0}", reason);

    public const string Cancelled = "Interrupted: nothing was written.";

    public static string ProblemSummary(int reports) =>
        string.Format(CultureInfo.InvariantCulture, "{0} report(s) had problems; see the output for details.", reports);
}
