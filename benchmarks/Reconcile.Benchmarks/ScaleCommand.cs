using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Benchmarks;

/// <summary>
/// The scale benchmark (issue #16).
/// <list type="bullet">
/// <item><c>scale-generate &lt;set dir&gt;... --reports N --out FILE [--seed S]</c> writes a realistic corpus of N reports made from
/// the real shared reports: copy k of an incident's reports gets new ids, publication dates shifted by k × 37 days, another
/// town (from the sets' own GVA towns), small numbers moved, and its rare words (names, streets: words in at most five of the
/// template reports) replaced by made-up words of the same shape, so that copies are distinct incidents with their own
/// vocabulary while the reports of one incident in one copy stay duplicates and rewrites of each other, at the real sets'
/// rate (about 1.6 reports per incident on gva-dev).</item>
/// <item><c>scale-run FILE [--threads N] [--out FILE]</c> runs the path the CLI takes (<c>ReportReader</c>, <c>Reconciler</c>,
/// <c>JsonResultFormatter</c>) and prints seconds per stage, reports/s, MB/s, candidate pairs per report, allocated bytes and
/// peak memory, beside a floor: one bare word split over the same texts.</item>
/// </list>
/// </summary>
internal static class ScaleCommand
{
    private const int DayShift = 37;

    public static int Generate(string[] args)
    {
        var dirs = new List<string>();
        int n = 10_000, seed = 1;
        string? outFile = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--reports" when i + 1 < args.Length:
                    n = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--seed" when i + 1 < args.Length:
                    seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--out" when i + 1 < args.Length:
                    outFile = args[++i];
                    break;
                default:
                    dirs.Add(args[i]);
                    break;
            }
        }

        if (dirs.Count == 0 || outFile is null)
        {
            Console.Error.WriteLine("usage: scale-generate <set dir>... --reports N --out FILE [--seed S]");
            return 2;
        }

        // Templates: every report of the sets, grouped by gold incident, with the incident's town where the set codes it.
        var incidents = new List<(string Town, List<Report> Reports)>();
        var towns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string dir in dirs)
        {
            IReadOnlyList<Report> reports = LeadQuality.ReadReports(dir);
            Dictionary<string, string> gold = LeadQuality.ReadGold(dir);
            Dictionary<string, string> townOf = ReadTowns(dir);
            towns.UnionWith(townOf.Values.Where(t => t.Length > 2));
            foreach (IGrouping<string, Report> g in reports.Where(r => r.Text.Length > 0)
                .GroupBy(r => gold.TryGetValue(r.Id, out string? inc) ? dir + "|" + inc : dir + "|report|" + r.Id)
                .OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                string incident = g.Key[(g.Key.IndexOf('|', StringComparison.Ordinal) + 1)..];
                incidents.Add((townOf.GetValueOrDefault(incident, string.Empty), [.. g.OrderBy(r => r.Id, StringComparer.Ordinal)]));
            }
        }

        string[] townPool = [.. towns];
        Dictionary<string, int> docFreq = DocumentFrequencies(incidents.SelectMany(i => i.Reports));
        int written = 0;
        long bytes = 0;
        using (var stream = new FileStream(outFile, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            for (int copy = 0; written < n; copy++)
            {
                foreach ((string town, List<Report> reports) in incidents)
                {
                    if (written >= n)
                    {
                        break;
                    }

                    ulong key = Mix((ulong)seed, (ulong)copy, Fnv(reports[0].Id));
                    string newTown = copy == 0 || townPool.Length == 0 ? town : townPool[(int)(key % (ulong)townPool.Length)];
                    foreach (Report r in reports)
                    {
                        if (written >= n)
                        {
                            break;
                        }

                        json.WriteStartObject();
                        json.WriteString("id", copy == 0 ? r.Id : r.Id + "-c" + copy.ToString(CultureInfo.InvariantCulture));
                        if (r.Title is { } title)
                        {
                            json.WriteString("title", Rewrite(title, copy, seed, town, newTown, docFreq));
                        }

                        if (r.Published is { } published)
                        {
                            json.WriteString("published", published.PlusDays(copy * DayShift).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        }

                        if (r.Outlet is { } outlet)
                        {
                            json.WriteString("outlet", outlet);
                        }

                        json.WriteString("text", Rewrite(r.Text, copy, seed, town, newTown, docFreq));
                        json.WriteEndObject();
                        json.Flush();
                        stream.WriteByte((byte)'\n');
                        json.Reset();
                        written++;
                    }
                }
            }

            bytes = stream.Length;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {written} reports ({bytes / 1e6:0.0} MB) from {incidents.Count} template incidents and {townPool.Length} towns to {outFile}"));
        return 0;
    }

    public static int Run(string[] args)
    {
        string? input = null, outFile = null;
        int threads = Environment.ProcessorCount;
        bool stream = false, heap = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--stream":
                    stream = true;
                    break;
                case "--heap":
                    heap = true;
                    break;
                case "--threads" when i + 1 < args.Length:
                    threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--out" when i + 1 < args.Length:
                    outFile = args[++i];
                    break;
                default:
                    input = args[i];
                    break;
            }
        }

        if (input is null)
        {
            Console.Error.WriteLine("usage: scale-run FILE [--threads N] [--out FILE] [--stream] [--heap]");
            return 2;
        }

        // Start-up: the embedded gazetteer's load, first thing in the process (the extract stage then no longer includes it).
        double cpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        var gazetteerClock = Stopwatch.StartNew();
        _ = Extraction.Gazetteer.Default.Entries.Count;
        double gazetteerMs = gazetteerClock.Elapsed.TotalMilliseconds;
        double gazetteerCpuMs = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds - cpuBefore;

        outFile ??= Path.Combine(Path.GetTempPath(), "reconcile-scale-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".json");
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();

        // --stream: the CLI's path. The reports are read lazily (ReportReader.ReadLazily) while the streaming entry point
        // (ReconcileAsync) extracts them, with KeepReportText off as the CLI runs every format but HTML; ingestion is then inside the
        // extract stage, and the floor is timed report by report as they pass. Without --stream: read all, then Reconcile.
        IReadOnlyList<Report>? reports = stream ? null : new ReportReader().Read([input]);
        double ingest = stream ? 0 : clock.Elapsed.TotalSeconds;
        long chars = 0;
        int count = 0;
        long words = 0;
        var floorClock = new Stopwatch();
        foreach (Report r in reports ?? [])
        {
            chars += r.Text.Length;
            count++;
        }

        // The floor: one bare pass splitting the same texts into words, no allocation per word (timed apart from the run).
        foreach (Report r in reports ?? [])
        {
            floorClock.Start();
            words += CountWords(r.Text);
            floorClock.Stop();
        }

        var live = new List<(string Point, long Bytes)>();
        if (heap && !stream)
        {
            live.Add(("reports read", LiveBytes()));
        }

        var stages = new StageClock(clock, heap ? live : null);
        var pairs = new PairCounter();
        var options = new ReconcilerOptions { MaxDegreeOfParallelism = threads, LoggerFactory = pairs, KeepReportText = !stream };
        clock.Restart();
        ReconcileResult result;
        if (stream)
        {
            IEnumerable<Report> Counted()
            {
                foreach (Report r in new ReportReader().ReadLazily([input]))
                {
                    chars += r.Text.Length;
                    count++;
                    floorClock.Start();
                    words += CountWords(r.Text);
                    floorClock.Stop();
                    yield return r;
                }
            }

            result = new Reconciler(options).ReconcileAsync(AsAsync(Counted()), stages).GetAwaiter().GetResult();
        }
        else
        {
            result = new Reconciler(options).Reconcile(reports!, stages);
        }

        double floor = floorClock.Elapsed.TotalSeconds;
        stages.Stop();
        if (heap)
        {
            live.Add(("result built", LiveBytes()));
        }

        clock.Restart();
        using (var file = new StreamWriter(outFile, false, new UTF8Encoding(false), 1 << 16))
        {
            new JsonResultFormatter().Format(result, file);
        }

        double write = clock.Elapsed.TotalSeconds;
        double seconds = total.Elapsed.TotalSeconds - floor;
        long allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        double mb = new FileInfo(input).Length / 1e6;
        File.Delete(outFile);

        string Row(string stage, double s) => string.Create(CultureInfo.InvariantCulture,
            $"| {stage} | {s:0.00} | {count / Math.Max(s, 1e-9),10:0} | {mb / Math.Max(s, 1e-9),7:0.0} | {s / Math.Max(floor, 1e-9),8:0.0}x |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} reports, {mb:0.0} MB, {chars / 1e6:0.0} M chars, {result.Incidents.Count} incidents, {threads} threads{(stream ? ", streamed" : string.Empty)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gazetteer load {gazetteerMs:0} ms ({gazetteerCpuMs:0} ms CPU)"));
        Console.WriteLine("| stage | seconds | reports/s | MB/s | × floor |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(Row("ingest (ReportReader)", ingest));
        Console.WriteLine(Row("extract", stages.Extract));
        Console.WriteLine(Row("cluster", stages.Cluster));
        Console.WriteLine(Row("merge", stages.Merge));
        Console.WriteLine(Row("write JSON", write));
        Console.WriteLine(Row("**end to end**", seconds));
        Console.WriteLine(Row("floor: word split", floor));
        foreach ((string point, long bytes) in live)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"live heap at {point}: {bytes / 1e6:0} MB ({bytes / 1e3 / Math.Max(1, count):0.0} KB per report)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"candidate pairs per report {pairs.Pairs / (double)Math.Max(1, count):0.0}; allocated {allocated / 1e9:0.00} GB; peak RSS {PeakRssMb():0} MB ({PeakRssMb() * 1e3 / Math.Max(1, count):0.0} KB per report); {words} words"));
        return 0;
    }

    private static async IAsyncEnumerable<Report> AsAsync(IEnumerable<Report> reports)
    {
        foreach (Report report in reports)
        {
            yield return report;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static Dictionary<string, string> ReadTowns(string dir)
    {
        var towns = new Dictionary<string, string>(StringComparer.Ordinal);
        string path = Path.Combine(dir, "incidents.jsonl");
        if (!File.Exists(path))
        {
            return towns;
        }

        foreach (string line in File.ReadLines(path))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("incident", out JsonElement id) && doc.RootElement.TryGetProperty("city", out JsonElement city)
                && city.ValueKind == JsonValueKind.String)
            {
                towns[id.ToString()] = city.GetString()!.Trim();
            }
        }

        return towns;
    }

    private static Dictionary<string, int> DocumentFrequencies(IEnumerable<Report> reports)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Report r in reports)
        {
            seen.Clear();
            foreach (Range w in Words(r.Text))
            {
                string word = r.Text[w].ToLowerInvariant();
                if (seen.Add(word))
                {
                    df[word] = df.GetValueOrDefault(word) + 1;
                }
            }
        }

        return df;
    }

    /// <summary>Copy <paramref name="copy"/> of a template text: the town replaced, rare words made up, small numbers moved.</summary>
    private static string Rewrite(string text, int copy, int seed, string town, string newTown, Dictionary<string, int> docFreq)
    {
        if (copy == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        int last = 0;
        foreach (Range w in Words(text))
        {
            (int start, int length) = w.GetOffsetAndLength(text.Length);
            if (start < last)
            {
                continue; // inside a multi-word town already replaced
            }

            sb.Append(text, last, start - last);
            last = start + length;
            ReadOnlySpan<char> word = text.AsSpan(start, length);
            if (town.Length > 0 && text.AsSpan(start).StartsWith(town, StringComparison.Ordinal)
                && (start + town.Length == text.Length || !char.IsLetter(text[start + town.Length])))
            {
                sb.Append(newTown);
                last = start + town.Length;
                continue;
            }

            if (char.IsAsciiDigit(word[0]))
            {
                // Small numbers (counts, ages, house numbers) move; years and long numbers stay.
                if (length <= 2 && int.TryParse(word, CultureInfo.InvariantCulture, out int value))
                {
                    sb.Append(((value + copy % 5) % 100).ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(word);
                }

                continue;
            }

            if (length >= 4 && docFreq.GetValueOrDefault(word.ToString().ToLowerInvariant()) <= 5)
            {
                AppendMadeUp(sb, word, Mix((ulong)seed, (ulong)copy, Fnv(word.ToString().ToLowerInvariant())));
                continue;
            }

            sb.Append(word);
        }

        sb.Append(text, last, text.Length - last);
        return sb.ToString();
    }

    private static readonly string Consonants = "bcdfghklmnprstvz";
    private static readonly string Vowels = "aeiou";

    /// <summary>A made-up word of the same length and capitalisation, pronounceable, from the hash.</summary>
    private static void AppendMadeUp(StringBuilder sb, ReadOnlySpan<char> word, ulong h)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = i % 2 == 0 ? Consonants[(int)(h % 16)] : Vowels[(int)(h % 5)];
            h = h * 6364136223846793005UL + 1442695040888963407UL;
            h ^= h >> 29;
            sb.Append(char.IsUpper(word[i]) ? char.ToUpperInvariant(c) : c);
        }
    }

    private static IEnumerable<Range> Words(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            if (i > start)
            {
                yield return start..i;
            }
        }
    }

    internal static long CountWords(string text)
    {
        long count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    private static ulong Fnv(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    private static ulong Mix(ulong a, ulong b, ulong c)
    {
        ulong h = (a * 0x9E3779B97F4A7C15UL) ^ (b + 0xBF58476D1CE4E5B9UL) ^ (c * 0x94D049BB133111EBUL);
        h ^= h >> 31;
        h *= 0xD6E8FEB86659FD93UL;
        return h ^ (h >> 32);
    }

    /// <summary>The bytes still reachable after a full, compacting collection (for <c>--heap</c>; the collection's own time is not
    /// counted in any stage).</summary>
    private static long LiveBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double PeakRssMb()
    {
        // VmHWM: the process's peak resident set, as /usr/bin/time's "Maximum resident set size".
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }

    /// <summary>Times the reconciler's stages from its progress reports; with <paramref name="live"/>, also records the live heap when
    /// a stage ends (the collection's time left out of the stages).</summary>
    private sealed class StageClock(Stopwatch clock, List<(string Point, long Bytes)>? live) : IProgress<ReconcileProgress>
    {
        private ReconcileStage _stage = ReconcileStage.Extracting;
        private double _mark;

        public double Extract { get; private set; }

        public double Cluster { get; private set; }

        public double Merge { get; private set; }

        public void Report(ReconcileProgress value)
        {
            lock (this)
            {
                if (value.Stage != _stage)
                {
                    Close();
                    if (live is not null)
                    {
                        live.Add(("end of " + _stage.ToString().ToLowerInvariant(), LiveBytes()));
                        _mark = clock.Elapsed.TotalSeconds;
                    }

                    _stage = value.Stage;
                }
            }
        }

        public void Stop() => Close();

        private void Close()
        {
            double now = clock.Elapsed.TotalSeconds;
            double span = now - _mark;
            _mark = now;
            switch (_stage)
            {
                case ReconcileStage.Extracting:
                    Extract += span;
                    break;
                case ReconcileStage.Clustering:
                    Cluster += span;
                    break;
                default:
                    Merge += span;
                    break;
            }
        }
    }

    /// <summary>Reads the candidate-pair count from the reconciler's own <c>ClusteringDone</c> log event (the public path).</summary>
    private sealed class PairCounter : ILoggerFactory, ILogger
    {
        public long Pairs { get; private set; }

        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == Diagnostics.LogEvents.ClusteringDone && state is IReadOnlyList<KeyValuePair<string, object?>> fields)
            {
                foreach (KeyValuePair<string, object?> f in fields)
                {
                    if (f.Key.Contains("pairs", StringComparison.OrdinalIgnoreCase) && f.Value is IConvertible c)
                    {
                        Pairs = c.ToInt64(CultureInfo.InvariantCulture);
                    }
                }
            }
        }
    }
}
