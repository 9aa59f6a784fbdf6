using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using Reconcile.Extraction;
using Reconcile.Ingestion;
using Reconcile.Model;

namespace Reconcile.Benchmarks;

/// <summary>
/// <c>extract-stages FILE [--reports N] [--passes P] [--types]</c>: where extraction's time and allocation go, recognizer by
/// recognizer, on one thread, in the thread's CPU time (so that a machine shared with other work still gives comparable figures).
/// The first <c>N</c> reports of the file are extracted <c>P</c> times (the first pass warms the JIT up and is not counted); each
/// stage is timed and its allocation read from the thread's allocation counter, in the order
/// <see cref="IncidentExtractor"/> runs them. The whole extractor is then timed apart over the same reports, beside the floor (one bare
/// word split of the same texts). Off the normal path: nothing here runs unless asked for.
/// </summary>
internal static class ExtractStagesCommand
{
    private static readonly string[] StageNames =
        ["split", "casualties", "dates", "claim relevance", "types", "actors", "places", "attribution", "assemble"];

    public static int Run(string[] args)
    {
        string? input = null;
        int limit = 3000;
        int passes = 3;
        bool types = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--reports":
                    limit = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--types":
                    types = true;
                    break;
                case "--passes":
                    passes = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    input = args[i];
                    break;
            }
        }

        if (input is null)
        {
            Console.Error.WriteLine("usage: extract-stages FILE [--reports N] [--passes P]");
            return 2;
        }

        Report[] reports = new ReportReader().Read([input]).Take(limit).ToArray();
        long chars = reports.Sum(r => (long)r.Text.Length);
        _ = PlaceRecognizer.Default;
        var casualties = new CasualtyRecognizer(VagueQuantityConvention.Interval);
        var extractor = new IncidentExtractor();
        int n = StageNames.Length;
        var ticks = new long[n];
        var bytes = new long[n];
        long wholeTicks = 0;
        long wholeBytes = 0;
        long floorTicks = 0;
        long words = 0;
        AllocationSampler? sampler = null;
        for (int pass = 0; pass < passes; pass++)
        {
            bool counted = pass > 0;
            if (counted && types)
            {
                sampler ??= new AllocationSampler();
            }

            foreach (Report r in reports)
            {
                Stage(r, casualties, counted ? ticks : new long[n], counted ? bytes : new long[n]);
            }

            long a0 = GC.GetAllocatedBytesForCurrentThread();
            long t0 = ThreadCpu.Now();
            foreach (Report r in reports)
            {
                _ = extractor.Extract(r);
            }

            if (counted)
            {
                wholeTicks += ThreadCpu.Now() - t0;
                wholeBytes += GC.GetAllocatedBytesForCurrentThread() - a0;
                t0 = ThreadCpu.Now();
                foreach (Report r in reports)
                {
                    words += ScaleCommand.CountWords(r.Text);
                }

                floorTicks += ThreadCpu.Now() - t0;
            }
        }

        int counts = Math.Max(1, passes - 1);
        double floor = floorTicks / 1e9 / counts;
        double mb = chars * 2 / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reports.Length} reports, {chars / 1e6:0.00} M chars, {counts} counted passes, one thread, CPU time; floor (word split) {floor * 1000:0.0} ms"));
        Console.WriteLine("| stage | ms per pass | µs per report | MB/s | × floor | KB allocated per report |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        long sumTicks = 0;
        long sumBytes = 0;
        for (int i = 0; i < n; i++)
        {
            Row(StageNames[i], ticks[i], bytes[i]);
            sumTicks += ticks[i];
            sumBytes += bytes[i];
        }

        Row("stages summed", sumTicks, sumBytes);
        Row("**whole extractor**", wholeTicks, wholeBytes);
        if (sampler is not null)
        {
            sampler.Dispose();
            Console.WriteLine("allocation samples (one per ~100 KB allocated) by type:");
            foreach (var (type, count) in sampler.Counts.OrderByDescending(p => p.Value).Take(40))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,8} {type}"));
            }
        }

        return 0;

        void Row(string name, long t, long b)
        {
            double s = t / 1e9 / counts;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {s * 1000:0.0} | {s * 1e6 / reports.Length:0.0} | {mb / Math.Max(s, 1e-9):0.0} | {s / Math.Max(floor, 1e-9):0.0}x | {b / 1024.0 / counts / reports.Length:0.0} |"));
        }
    }

    /// <summary>The calling thread's CPU time in nanoseconds (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>; elsewhere wall time).</summary>
    private static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3;

        public static long Now()
        {
            if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out TimeSpec t) == 0)
            {
                return (t.Seconds * 1_000_000_000L) + t.Nanoseconds;
            }

            return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }

    /// <summary>Counts the runtime's sampled allocation events (<c>GCAllocationTick</c>, about one per 100 KB) by type name.</summary>
    private sealed class AllocationSampler : EventListener
    {
        public Dictionary<string, int> Counts { get; } = [];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not null && e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.PayloadNames is { } names)
            {
                int i = names.IndexOf("TypeName");
                string type = i >= 0 ? e.Payload![i] as string ?? "?" : "?";
                lock (Counts)
                {
                    Counts[type] = Counts.GetValueOrDefault(type) + 1;
                }
            }
        }
    }

    /// <summary>The stages of <c>IncidentExtractor.ExtractCore</c>, each timed (no time budget, no lead post-processing).</summary>
    private static void Stage(Report report, CasualtyRecognizer casualties, long[] ticks, long[] bytes)
    {
        string text = report.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        LocalDate? reference = IncidentExtractor.ReferenceDate(report);
        int k = 0;
        long t = ThreadCpu.Now();
        long a = GC.GetAllocatedBytesForCurrentThread();
        IReadOnlyList<TextSpan> spans = SentenceSplitter.Split(text);
        SentenceFindings[] sentences = SentenceFindings.Rent(spans);

        Next();
        foreach (SentenceFindings s in sentences)
        {
            casualties.Find(text, s.Span, s.Casualties);
        }

        Next();
        foreach (SentenceFindings s in sentences)
        {
            DateRecognizer.Find(text, s.Span, reference, s.Dates);
        }

        Next();
        foreach (SentenceFindings s in sentences)
        {
            if (s.Casualties.Count > 0)
            {
                ClaimRelevanceClassifier.Classify(text, s, reference);
            }
        }

        Next();
        foreach (SentenceFindings s in sentences)
        {
            IncidentTypeRecognizer.Find(text, s.Span, s.Types);
        }

        Next();
        foreach (SentenceFindings s in sentences)
        {
            ActorRecognizer.Find(text, s.Span, s.Actors);
        }

        Next();
        IReadOnlyList<PlaceFinding> places = PlaceRecognizer.Default.FindWithTitle(report.Title, text, spans, out _);
        foreach (PlaceFinding p in places)
        {
            foreach (SentenceFindings s in sentences)
            {
                if (p.Span.Start >= s.Span.Start && p.Span.Start < s.Span.End)
                {
                    s.Places.Add(p);
                    break;
                }
            }
        }

        Next();
        foreach (SourceFinding source in AttributionRecognizer.Find(text, spans))
        {
            if ((uint)source.SentenceIndex < (uint)sentences.Length)
            {
                sentences[source.SentenceIndex].Source ??= source;
            }
        }

        Next();
        _ = MentionAssembler.Assemble(report, sentences, []);
        Next();

        void Next()
        {
            long t1 = ThreadCpu.Now();
            long a1 = GC.GetAllocatedBytesForCurrentThread();
            ticks[k] += t1 - t;
            bytes[k] += a1 - a;
            k++;
            t = ThreadCpu.Now();
            a = GC.GetAllocatedBytesForCurrentThread();
        }
    }
}
