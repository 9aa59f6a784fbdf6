using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using Reconcile.Clustering;
using Reconcile.Extraction;
using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Store;

/// <summary>The store over one SQL database (SQLite or PostgreSQL, see <see cref="StoreBackend"/>), with the incremental reconcile.</summary>
internal sealed class SqlIncidentStore : IIncidentStore
{
    private const int InListChunk = 500;

    private readonly StoreBackend _backend;
    private readonly ReconcilerOptions _options;
    private readonly IncidentExtractor _extractor;
    private readonly IncidentClusterer _clusterer;
    private readonly IncidentMerger _merger;

    public SqlIncidentStore(StoreBackend backend, ReconcilerOptions options)
    {
        _backend = backend;
        _options = options;
        _extractor = new IncidentExtractor(options.Extraction);
        _clusterer = new IncidentClusterer(options.Clustering);
        _merger = new IncidentMerger(options.Merging);
        KeyCap = 2 * Math.Max(2, options.Clustering.MaxBlockSize);
        using DbConnection connection = _backend.Open();
    }

    /// <summary>The most stored mentions an index key may have and still fetch candidates: a key shared by more (a big city's
    /// fortnight, a police department's name) says little, as a whole run's blocking leaves out words found in more mentions than its cap.</summary>
    public int KeyCap { get; init; }

    /// <summary>The most stored incidents one new mention takes as candidates: when its keys reach more, those sharing the most keys
    /// with it, then the nearest in date. Chosen on gva-dev's tuning half (benchmarks/README.md, "Incident store").</summary>
    public int MentionCandidates { get; init; } = 8;

    /// <summary>How many of the latest stored reports (outside the batch's candidates) a batch reads for the statistics a whole run
    /// takes from its input: how rare a word or a name is, an outlet's boilerplate. They are never linked; the cost is constant.</summary>
    public int BackgroundReports { get; init; } = 500;

    /// <summary>When set, the candidate incidents are clustered again from their mentions instead of starting as one group each, so
    /// that new evidence may also split them (see docs/store.md); off by default, so a stored incident only grows or merges.</summary>
    public bool Recluster { get; init; }

    /// <summary>When set (the default), a batch weighs words and names by how common they are in the whole store with the batch
    /// (<c>corpus_counts</c>, kept up to date by each batch), as a whole run does, rather than among the batch, its candidates and the
    /// background alone. A store whose first batches ran without it (or written before the counts existed) has no counts: its batches
    /// go on without them.</summary>
    public bool StoreStatistics { get; init; } = true;

    public void Dispose()
    {
    }

    public StoreRun Add(IEnumerable<Report> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        Report[] ordered = [.. reports];
        foreach (Report r in ordered)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(reports));
        }

        Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (int i = 1; i < ordered.Length; i++)
        {
            if (string.Equals(ordered[i - 1].Id, ordered[i].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException("Two reports have the id '" + ordered[i].Id + "'; report ids must be unique.", nameof(reports));
            }
        }

        using DbConnection connection = _backend.Open();
        using DbTransaction transaction = _backend.BeginBatch(connection);
        var db = new Db(connection, transaction);
        long run = db.Scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM runs");
        db.Execute("INSERT INTO runs(id, reports, at) VALUES (@id, 0, @at)", ("id", run),
            ("at", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));

        HashSet<string> stored = [.. db.In("SELECT id FROM reports WHERE id IN ({0})", ordered.Select(r => r.Id).ToList(), r => r.GetString(0))];
        Report[] fresh = [.. ordered.Where(r => !stored.Contains(r.Id))];
        string[] skipped = [.. ordered.Where(r => stored.Contains(r.Id)).Select(r => r.Id)];
        if (fresh.Length == 0)
        {
            transaction.Rollback();
            return new StoreRun { Skipped = skipped };
        }

        ExtractionResult[] extracted = Extract(fresh, cancellationToken);

        // Candidates: the stored incidents that share an index key with a new mention.
        var keysOf = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var batchKeys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (ExtractionResult e in extracted)
        {
            foreach (IncidentMention m in e.Mentions)
            {
                IReadOnlyList<string> keys = IncidentClusterer.IndexKeys(m);
                keysOf[m.Id] = keys;
                batchKeys.UnionWith(keys);
            }
        }

        db.Execute("DELETE FROM batch_keys");
        db.ExecuteMany("INSERT INTO batch_keys(key) VALUES (@k)", batchKeys.Select(k => new (string, object?)[] { ("k", k) }));
        List<string> candidates = Candidates(db, extracted, keysOf);
        cancellationToken.ThrowIfCancellationRequested();

        // The candidates' mentions, with their reports.
        Dictionary<string, long> createdRun = [];
        Dictionary<string, string?> summaries = [];
        foreach ((string id, long created, string? summary) in db.In("SELECT id, created_run, summary FROM incidents WHERE id IN ({0})", candidates,
            r => (r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2))))
        {
            createdRun[id] = created;
            summaries[id] = summary;
        }

        var storedRows = db.In("SELECT id, report_id, ordinal, incident_id, data FROM mentions WHERE incident_id IN ({0})", candidates,
            r => (Id: r.GetString(0), Report: r.GetString(1), Incident: r.GetString(3), Data: r.GetString(4)));
        Dictionary<string, Report> storedReports = LoadReports(db, [.. storedRows.Select(m => m.Report).Distinct(StringComparer.Ordinal)]);

        // The candidates' reports' other mentions (of incidents that are no candidates) come too, for the statistics only: a report
        // reads as in a whole run, its lead's text without the sentences of its other mentions (a city's digest of shootings).
        var candidateMentions = new HashSet<string>(storedRows.Select(m => m.Id), StringComparer.Ordinal);
        var others = db.In("SELECT id, report_id, ordinal, incident_id, data FROM mentions WHERE report_id IN ({0})", [.. storedReports.Keys.Order(StringComparer.Ordinal)],
            r => (Id: r.GetString(0), Report: r.GetString(1), Incident: r.GetString(3), Data: r.GetString(4)));
        others.RemoveAll(m => candidateMentions.Contains(m.Id));
        var statisticsOnly = new HashSet<string>(others.Select(m => m.Id), StringComparer.Ordinal);
        var incidentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var context = new List<ExtractionResult>(extracted);
        foreach (var group in storedRows.Concat(others).GroupBy(m => m.Report, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Report report = storedReports[group.Key];
            var mentions = new List<IncidentMention>();
            foreach (var row in group.OrderBy(m => m.Id, StringComparer.Ordinal))
            {
                mentions.Add(StoreJson.ReadMention(row.Data, report));
                if (!statisticsOnly.Contains(row.Id))
                {
                    incidentOf[row.Id] = row.Incident;
                }
            }

            context.Add(new ExtractionResult { Report = report, Mentions = mentions });
        }

        // The background: the latest stored reports outside the context, for the statistics a whole run takes from its input.
        var inContext = new HashSet<string>(storedReports.Keys, StringComparer.Ordinal);
        List<string> latest = db.Query("SELECT id FROM reports ORDER BY run DESC, id DESC LIMIT @n", r => r.GetString(0), ("n", (long)(BackgroundReports + inContext.Count)));
        latest.RemoveAll(inContext.Contains);
        if (latest.Count > BackgroundReports)
        {
            latest.RemoveRange(BackgroundReports, latest.Count - BackgroundReports);
        }

        Dictionary<string, Report> backgroundReports = LoadReports(db, latest);
        var backgroundMentions = new Dictionary<string, List<IncidentMention>>(StringComparer.Ordinal);
        foreach ((string report, string data) in db.In("SELECT report_id, data FROM mentions WHERE report_id IN ({0})", latest, r => (r.GetString(0), r.GetString(1))))
        {
            if (!backgroundMentions.TryGetValue(report, out List<IncidentMention>? list))
            {
                backgroundMentions[report] = list = [];
            }

            list.Add(StoreJson.ReadMention(data, backgroundReports[report]));
        }

        List<ExtractionResult> background = [.. backgroundMentions.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new ExtractionResult { Report = backgroundReports[kv.Key], Mentions = kv.Value })];

        List<IReadOnlyList<string>> joined = Recluster ? [] : [.. storedRows.GroupBy(m => m.Incident, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)[.. g.Select(m => m.Id).Order(StringComparer.Ordinal)])];
        // How rare each word and name is: the store's counts with the batch's (a store written before the counts, none: the background's).
        var totals = db.In("SELECT key, n FROM corpus_counts WHERE key IN ({0})", [MentionsKey, ReportsKey], r => (r.GetString(0), r.GetInt64(1)))
            .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        bool counting = StoreStatistics && (totals.ContainsKey(MentionsKey) || db.Query("SELECT id FROM reports LIMIT 1", r => r.GetString(0)).Count == 0);
        var added = new CorpusCounts();
        ClusteringResult clustering;
        if (counting)
        {
            var counted = new HashSet<string>(storedReports.Keys, StringComparer.Ordinal);
            counted.UnionWith(backgroundReports.Keys);
            var corpus = new CorpusStatistics
            {
                Counted = counted,
                Mentions = totals.GetValueOrDefault(MentionsKey),
                Reports = totals.GetValueOrDefault(ReportsKey),
                TermMentions = words => Counts(db, TermPrefix, words),
                NameReports = names => Counts(db, NamePrefix, names),
            };
            clustering = _clusterer.Cluster(context, joined, background, corpus, added, statisticsOnly);
        }
        else
        {
            clustering = _clusterer.Cluster(context, joined, background, null, null, statisticsOnly);
        }
        cancellationToken.ThrowIfCancellationRequested();

        List<ClusterPlan> plans = Plan(db, clustering.Clusters, incidentOf, createdRun, run);
        var records = new IncidentRecord?[plans.Count];
        Parallel.For(0, plans.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                if (plans[i].Touched)
                {
                    records[i] = _merger.Merge(plans[i].Cluster with { Id = plans[i].Id });
                }
            });

        // Writes: new reports, their mentions and keys, then the touched incidents and the revision log.
        var planOf = new Dictionary<string, ClusterPlan>(StringComparer.Ordinal);
        foreach (ClusterPlan p in plans)
        {
            foreach (IncidentMention m in p.Cluster.Mentions)
            {
                planOf[m.Id] = p;
            }
        }

        db.ExecuteMany(
            "INSERT INTO reports(id, run, title, published, outlet, url, origin, text, problems, issues) VALUES (@id, @run, @title, @published, @outlet, @url, @origin, @text, @problems, @issues)",
            extracted.Select(e => new (string, object?)[]
            {
                ("id", e.Report.Id), ("run", run), ("title", e.Report.Title), ("published", StoreJson.Date(e.Report.Published)), ("outlet", e.Report.Outlet),
                ("url", e.Report.Url), ("origin", e.Report.Origin), ("text", e.Report.Text), ("problems", StoreJson.Write(e.Report.Problems)),
                ("issues", StoreJson.Write(RunIssues(e))),
            }));
        db.ExecuteMany(
            "INSERT INTO mentions(id, report_id, ordinal, incident_id, data) VALUES (@id, @report, @ordinal, @incident, @data)",
            extracted.SelectMany(e => e.Mentions).Select(m => new (string, object?)[]
            {
                ("id", m.Id), ("report", m.Report.Id), ("ordinal", (long)m.Ordinal), ("incident", planOf[m.Id].Id), ("data", StoreJson.Write(m)),
            }));
        db.ExecuteMany("INSERT INTO mention_keys(key, mention_id) VALUES (@k, @m)",
            keysOf.SelectMany(kv => kv.Value.Select(k => new (string, object?)[] { ("k", k), ("m", kv.Key) })));
        var keyCounts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (string k in keysOf.Values.SelectMany(v => v))
        {
            keyCounts[k] = keyCounts.GetValueOrDefault(k) + 1;
        }

        db.ExecuteMany("INSERT INTO key_counts(key, n) VALUES (@k, @n) ON CONFLICT(key) DO UPDATE SET n = key_counts.n + @n",
            keyCounts.Select(kv => new (string, object?)[] { ("k", kv.Key), ("n", kv.Value) }));

        if (counting)
        {
            var rows = new List<(string, object?)[]>(added.Terms.Count + added.Names.Count + 2)
            {
                new (string, object?)[] { ("k", MentionsKey), ("n", added.Mentions) },
                new (string, object?)[] { ("k", ReportsKey), ("n", added.Reports) },
            };
            rows.AddRange(added.Terms.Select(kv => new (string, object?)[] { ("k", TermPrefix + kv.Key), ("n", kv.Value) }));
            rows.AddRange(added.Names.Select(kv => new (string, object?)[] { ("k", NamePrefix + kv.Key), ("n", kv.Value) }));
            db.ExecuteMany("INSERT INTO corpus_counts(key, n) VALUES (@k, @n) ON CONFLICT(key) DO UPDATE SET n = corpus_counts.n + @n", rows);
        }

        var revisions = new List<Revision>();
        long seq = db.Scalar("SELECT COALESCE(MAX(seq), 0) FROM revisions");
        void Log(string incident, string kind, string detail, string why) =>
            revisions.Add(new Revision { Sequence = ++seq, Run = run, IncidentId = incident, Kind = kind, Detail = detail, Why = why });

        var newMentions = new HashSet<string>(extracted.SelectMany(e => e.Mentions).Select(m => m.Id), StringComparer.Ordinal);
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < plans.Count; i++)
        {
            ClusterPlan p = plans[i];
            if (!p.Touched)
            {
                continue;
            }

            IncidentRecord record = records[i]!;
            changed.Add(p.Id);
            string summary = StoreJson.Write(Summary(record));
            string why = StoreJson.Write(record.Why);
            var moved = p.Cluster.Mentions.Where(m => incidentOf.TryGetValue(m.Id, out string? was) && was != p.Id).Select(m => m.Id).ToList();
            db.ExecuteMany("UPDATE mentions SET incident_id = @i WHERE id = @m", moved.Select(m => new (string, object?)[] { ("i", p.Id), ("m", m) }));
            string[] joinedReports = [.. p.Cluster.Mentions.Where(m => newMentions.Contains(m.Id)).Select(m => m.Report.Id).Distinct(StringComparer.Ordinal)];
            if (p.IsNew)
            {
                db.Execute("INSERT INTO incidents(id, created_run, merged_into, summary, why) VALUES (@id, @run, NULL, @summary, @why)",
                    ("id", p.Id), ("run", run), ("summary", summary), ("why", why));
                Log(p.Id, RevisionKinds.Created, "reports " + string.Join(", ", record.Reports), p.SplitFrom.Count > 0
                    ? "split from " + string.Join(", ", p.SplitFrom) : "no stored incident linked");
                foreach ((string from, List<string> mentions) in p.SplitFrom.Select(f => (f, p.Cluster.Mentions.Where(m => incidentOf.GetValueOrDefault(m.Id) == f).Select(m => m.Id).ToList())))
                {
                    Log(from, RevisionKinds.Split, p.Id + ": " + string.Join(", ", mentions), "the mentions no longer link to the rest of " + from);
                    Log(p.Id, RevisionKinds.SplitFrom, from, string.Join(", ", mentions));
                }
            }
            else
            {
                db.Execute("UPDATE incidents SET summary = @summary, why = @why WHERE id = @id", ("id", p.Id), ("summary", summary), ("why", why));
                foreach (string absorbed in p.Absorbed)
                {
                    db.Execute("UPDATE incidents SET merged_into = @s WHERE id = @id", ("id", absorbed), ("s", p.Id));
                    string link = LinkWhy(record, p.Cluster.Mentions.Where(m => incidentOf.GetValueOrDefault(m.Id) == absorbed).Select(m => m.Id));
                    Log(absorbed, RevisionKinds.MergedInto, p.Id, link);
                    Log(p.Id, RevisionKinds.Absorbed, absorbed, link);
                }

                foreach (string from in p.SplitFrom)
                {
                    List<string> mentions = [.. p.Cluster.Mentions.Where(m => incidentOf.GetValueOrDefault(m.Id) == from).Select(m => m.Id)];
                    Log(from, RevisionKinds.Split, p.Id + ": " + string.Join(", ", mentions), "the mentions link better to " + p.Id);
                }

                foreach (string report in joinedReports)
                {
                    Log(p.Id, RevisionKinds.ReportJoined, report, LinkWhy(record, record.Mentions.Where(m => m.Report.Id == report).Select(m => m.Id)));
                }

                Dictionary<string, string> before = summaries.GetValueOrDefault(p.Id) is { } s ? StoreJson.Read<Dictionary<string, string>>(s) : [];
                Dictionary<string, string> after = Summary(record);
                foreach (string key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
                {
                    string from = before.GetValueOrDefault(key) ?? "none", to = after.GetValueOrDefault(key) ?? "none";
                    if (from != to)
                    {
                        bool figure = key.StartsWith("figure:", StringComparison.Ordinal);
                        string why2 = figure && record.Figures.FirstOrDefault(f => "figure:" + FigureName(f) == key)?.Why is { } fw ? fw
                            : joinedReports.Length > 0 ? "reports joined: " + string.Join(", ", joinedReports)
                            : p.Absorbed.Count > 0 ? "merged with " + string.Join(", ", p.Absorbed) : "re-merged";
                        Log(p.Id, figure ? RevisionKinds.FigureChanged : RevisionKinds.FieldChanged, key.Replace("figure:", string.Empty, StringComparison.Ordinal) + " " + from + " -> " + to, why2);
                    }
                }
            }
        }

        foreach (ClusterPlan p in plans.Where(p => p.Touched))
        {
            changed.UnionWith(p.Absorbed);
            changed.UnionWith(p.SplitFrom);
        }

        db.ExecuteMany("INSERT INTO revisions(seq, run, incident_id, kind, detail, why) VALUES (@seq, @run, @incident, @kind, @detail, @why)",
            revisions.Select(r => new (string, object?)[] { ("seq", r.Sequence), ("run", r.Run), ("incident", r.IncidentId), ("kind", r.Kind), ("detail", r.Detail), ("why", r.Why) }));
        db.Execute("UPDATE runs SET reports = @n WHERE id = @id", ("n", (long)fresh.Length), ("id", run));
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return new StoreRun
        {
            RunId = run,
            Added = [.. fresh.Select(r => r.Id)],
            Skipped = skipped,
            Changed = [.. changed],
            Candidates = candidates.Count,
            Revisions = revisions,
        };
    }

    private const string MentionsKey = "mentions", ReportsKey = "reports", TermPrefix = "t:", NamePrefix = "n:";

    /// <summary>The stored counts of the given words or names (<c>corpus_counts</c> rows under <paramref name="prefix"/>).</summary>
    private static Dictionary<string, long> Counts(Db db, string prefix, IReadOnlyList<string> keys)
    {
        var counts = new Dictionary<string, long>(keys.Count, StringComparer.Ordinal);
        foreach ((string key, long n) in db.In("SELECT key, n FROM corpus_counts WHERE key IN ({0})", [.. keys.Select(k => prefix + k)],
            r => (r.GetString(0), r.GetInt64(1))))
        {
            counts[key[prefix.Length..]] = n;
        }

        return counts;
    }

    /// <summary>The stored incidents a batch's mentions may belong to: for each new mention, the stored incidents with a mention that
    /// shares an index key with it (a key shared by at most <see cref="KeyCap"/> stored mentions), and of those, when more than
    /// <see cref="MentionCandidates"/>, the ones sharing the most keys with it, then the nearest in date (undated last), then by id:
    /// as a whole run compares a mention only with its most distinctive blocks and, in a large block, its nearest neighbours by date.</summary>
    private List<string> Candidates(Db db, ExtractionResult[] extracted, Dictionary<string, IReadOnlyList<string>> keysOf)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach ((string key, string incident) in db.Query(
            // CROSS JOIN fixes SQLite's join order to start from the batch's keys (otherwise it may scan the whole key index).
            "SELECT DISTINCT b.key, m.incident_id FROM batch_keys b CROSS JOIN key_counts c CROSS JOIN mention_keys k CROSS JOIN mentions m "
            + "WHERE c.key = b.key AND c.n <= @cap AND k.key = b.key AND m.id = k.mention_id",
            r => (r.GetString(0), r.GetString(1)), ("cap", (long)KeyCap)))
        {
            if (!byKey.TryGetValue(key, out List<string>? list))
            {
                byKey[key] = list = [];
            }

            list.Add(incident);
        }

        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        var reachedBy = new List<(IncidentMention Mention, KeyValuePair<string, int>[] Shared)>();
        var crowded = new SortedSet<string>(StringComparer.Ordinal);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (IncidentMention m in extracted.SelectMany(e => e.Mentions))
        {
            shared.Clear();
            foreach (string key in keysOf[m.Id])
            {
                if (byKey.TryGetValue(key, out List<string>? list))
                {
                    foreach (string id in list)
                    {
                        shared[id] = shared.GetValueOrDefault(id) + 1;
                    }
                }
            }

            if (shared.Count <= MentionCandidates)
            {
                candidates.UnionWith(shared.Keys);
            }
            else
            {
                reachedBy.Add((m, [.. shared]));
                crowded.UnionWith(shared.Keys);
            }
        }

        if (crowded.Count > 0)
        {
            var dayOf = new Dictionary<string, int?>(StringComparer.Ordinal);
            foreach ((string id, string? summary) in db.In("SELECT id, summary FROM incidents WHERE id IN ({0})", [.. crowded],
                r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1))))
            {
                dayOf[id] = summary is null ? null : SummaryDay(StoreJson.Read<Dictionary<string, string>>(summary).GetValueOrDefault("date"));
            }

            var ranked = new List<(int Shared, long Distance, string Id)>();
            foreach ((IncidentMention m, KeyValuePair<string, int>[] reached) in reachedBy)
            {
                int? day = MidDay(m.Date);
                ranked.Clear();
                foreach ((string id, int n) in reached)
                {
                    ranked.Add((n, day is { } d && dayOf.GetValueOrDefault(id) is { } e ? Math.Abs((long)e - d) : long.MaxValue, id));
                }

                ranked.Sort(static (x, y) => x.Shared != y.Shared ? y.Shared.CompareTo(x.Shared)
                    : x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance) : string.CompareOrdinal(x.Id, y.Id));
                for (int i = 0; i < MentionCandidates; i++)
                {
                    candidates.Add(ranked[i].Id);
                }
            }
        }

        List<string> sorted = [.. candidates];
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>The middle day (days since 0001-01-01) of a resolved date range; <see langword="null"/> when unresolved.</summary>
    private static int? MidDay(DateRange date) =>
        date.Earliest is { } lo && date.Latest is { } hi ? (int)(((long)DayNumber(lo) + DayNumber(hi)) / 2) : null;

    /// <summary>The middle day of a stored summary's date (<c>yyyy-MM-dd</c> or <c>yyyy-MM-dd..yyyy-MM-dd</c>).</summary>
    private static int? SummaryDay(string? date)
    {
        if (date is null)
        {
            return null;
        }

        int dots = date.IndexOf("..", StringComparison.Ordinal);
        LocalDate? lo = StoreJson.ParseDate(dots < 0 ? date : date[..dots]), hi = StoreJson.ParseDate(dots < 0 ? date : date[(dots + 2)..]);
        return MidDay(new DateRange(lo, hi, DatePrecision.Day));
    }

    private static int DayNumber(LocalDate date) => DateOnly.FromDateTime(date.ToDateTimeUnspecified()).DayNumber;

    public ReconcileResult Export(CancellationToken cancellationToken = default)
    {
        using DbConnection connection = _backend.Open();
        using DbTransaction transaction = connection.BeginTransaction();
        var db = new Db(connection, transaction);
        Dictionary<string, Report> reports = LoadReports(db, null);
        Dictionary<string, List<ReportProblem>> issues = db.Query("SELECT id, issues FROM reports", r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(x => x.Item1, x => StoreJson.Read<List<ReportProblem>>(x.Item2), StringComparer.Ordinal);
        var mentionsOf = new Dictionary<string, List<IncidentMention>>(StringComparer.Ordinal);
        var byReport = new Dictionary<string, List<(int Ordinal, string Mention, string Incident)>>(StringComparer.Ordinal);
        foreach ((string id, string report, long ordinal, string incident, string data) in db.Query("SELECT id, report_id, ordinal, incident_id, data FROM mentions",
            r => (r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!mentionsOf.TryGetValue(incident, out List<IncidentMention>? list))
            {
                mentionsOf[incident] = list = [];
            }

            list.Add(StoreJson.ReadMention(data, reports[report]));
            if (!byReport.TryGetValue(report, out var of))
            {
                byReport[report] = of = [];
            }

            of.Add(((int)ordinal, id, incident));
        }

        var live = db.Query("SELECT id, why FROM incidents WHERE merged_into IS NULL", r => (Id: r.GetString(0), Why: r.IsDBNull(1) ? null : r.GetString(1)));
        live.RemoveAll(i => !mentionsOf.ContainsKey(i.Id));
        var records = new IncidentRecord[live.Count];
        Parallel.For(0, live.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, i =>
        {
            List<IncidentMention> mentions = mentionsOf[live[i].Id];
            mentions.Sort(static (x, y) => string.CompareOrdinal(x.Id, y.Id));
            records[i] = _merger.Merge(new IncidentCluster
            {
                Id = live[i].Id,
                Mentions = mentions,
                Why = live[i].Why is { } w ? StoreJson.Read<List<MembershipReason>>(w) : [],
            });
        });
        Array.Sort(records, static (a, b) => string.CompareOrdinal(a.Id, b.Id));

        var outcomes = new List<ReportOutcome>(reports.Count);
        foreach (Report report in reports.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var incidents = new List<string>();
            if (byReport.TryGetValue(report.Id, out var of))
            {
                of.Sort(static (x, y) => x.Ordinal != y.Ordinal ? x.Ordinal.CompareTo(y.Ordinal) : string.CompareOrdinal(x.Mention, y.Mention));
                foreach (var m in of)
                {
                    if (!incidents.Contains(m.Incident, StringComparer.Ordinal))
                    {
                        incidents.Add(m.Incident);
                    }
                }
            }

            var problems = new List<ReportProblem>(report.Problems);
            problems.AddRange(issues[report.Id]);
            if (incidents.Count == 0 && report.Text.Length > 0 && problems.Count == 0)
            {
                problems.Add(new ReportProblem { Code = ProblemCodes.NoIncident, Message = NoIncidentMessage(report.Id) });
            }

            outcomes.Add(new ReportOutcome { Report = report, Incidents = incidents, Problems = problems });
        }

        return new ReconcileResult { Reports = outcomes, Incidents = records };
    }

    public IReadOnlyList<Revision> History(string incidentId)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        using DbConnection connection = _backend.Open();
        using DbTransaction transaction = connection.BeginTransaction();
        var db = new Db(connection, transaction);
        string? live = Resolve(db, incidentId);
        if (live is null)
        {
            return [];
        }

        // Every id that resolves to the same live incident: the live one and, transitively, those merged into it.
        var ids = new SortedSet<string>(StringComparer.Ordinal) { live };
        List<string> frontier = [live];
        while (frontier.Count > 0)
        {
            frontier = db.In("SELECT id FROM incidents WHERE merged_into IN ({0})", frontier, r => r.GetString(0));
            frontier.RemoveAll(id => !ids.Add(id));
        }

        List<Revision> revisions = db.In("SELECT seq, run, incident_id, kind, detail, why FROM revisions WHERE incident_id IN ({0})", [.. ids],
            r => new Revision { Sequence = r.GetInt64(0), Run = r.GetInt64(1), IncidentId = r.GetString(2), Kind = r.GetString(3), Detail = r.GetString(4), Why = r.GetString(5) });
        revisions.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return revisions;
    }

    public string? Resolve(string incidentId)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        using DbConnection connection = _backend.Open();
        using DbTransaction transaction = connection.BeginTransaction();
        return Resolve(new Db(connection, transaction), incidentId);
    }

    private static string? Resolve(Db db, string incidentId)
    {
        string current = incidentId;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(current))
        {
            var row = db.Query("SELECT merged_into FROM incidents WHERE id = @id", r => r.IsDBNull(0) ? null : r.GetString(0), ("id", current));
            if (row.Count == 0)
            {
                return null;
            }

            if (row[0] is not { } next)
            {
                return current;
            }

            current = next;
        }

        throw new InvalidDataException("The store's merge pointers form a cycle through '" + incidentId + "'.");
    }

    internal static string NoIncidentMessage(string id) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}': no incident was found in the text.", id);

    /// <summary>The stable-id plan of each cluster of a batch (docs/store.md): which stored incident it continues, which it absorbs,
    /// which it took mentions from.</summary>
    private static List<ClusterPlan> Plan(Db db, IReadOnlyList<IncidentCluster> clusters, Dictionary<string, string> incidentOf,
        Dictionary<string, long> createdRun, long run)
    {
        List<ClusterPlan> plans = Assign(clusters, incidentOf, createdRun);
        List<string> proposed = [.. plans.Where(p => p.IsNew).Select(p => p.Id)];

        // A new incident takes its members' id as a whole run would, unless that id is taken (by a stored incident, merged or not,
        // or by another new one of this batch): then an id derived from it and the run.
        var taken = new HashSet<string>(db.In("SELECT id FROM incidents WHERE id IN ({0})", proposed, r => r.GetString(0)), StringComparer.Ordinal);
        taken.UnionWith(plans.Where(p => !p.IsNew).Select(p => p.Id));
        for (int i = 0; i < plans.Count; i++)
        {
            if (plans[i].IsNew && !taken.Add(plans[i].Id))
            {
                string id = plans[i].Id;
                for (int attempt = 0; !taken.Add(id); attempt++)
                {
                    id = "inc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plans[i].Id + "|" + StoreJson.Invariant(run) + "|" + StoreJson.Invariant(attempt))))[..12];
                }

                plans[i] = plans[i] with { Id = id };
            }
        }

        return plans;
    }

    /// <summary>The id rules of docs/store.md on a batch's clusters, before new ids are checked against the store: a stored incident's
    /// home is the cluster with most of its mentions (the first on a tie); a cluster that is home to stored incidents keeps the oldest's
    /// id (created in the earliest run, the smallest id on a tie) and absorbs the others (they will point to it); a stored incident's
    /// mentions outside its home are split from it; a cluster that is home to none is new and takes its members' id.</summary>
    /// <param name="clusters">The batch's clusters.</param>
    /// <param name="incidentOf">The stored incident of each stored mention in the clusters.</param>
    /// <param name="createdRun">The run that created each stored incident.</param>
    /// <returns>One plan per cluster, in cluster order.</returns>
    internal static List<ClusterPlan> Assign(IReadOnlyList<IncidentCluster> clusters, IReadOnlyDictionary<string, string> incidentOf,
        IReadOnlyDictionary<string, long> createdRun)
    {
        // Each stored incident's home: the cluster with most of its mentions (the first such cluster on a tie).
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (int i = 0; i < clusters.Count; i++)
        {
            foreach (IncidentMention m in clusters[i].Mentions)
            {
                if (incidentOf.TryGetValue(m.Id, out string? incident))
                {
                    if (!counts.TryGetValue(incident, out var perCluster))
                    {
                        counts[incident] = perCluster = [];
                    }

                    perCluster[i] = perCluster.GetValueOrDefault(i) + 1;
                }
            }
        }

        var home = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string incident, Dictionary<int, int> perCluster) in counts)
        {
            home[incident] = perCluster.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
        }

        var plans = new List<ClusterPlan>(clusters.Count);
        for (int i = 0; i < clusters.Count; i++)
        {
            IncidentCluster c = clusters[i];
            string[] present = [.. c.Mentions.Where(m => incidentOf.ContainsKey(m.Id)).Select(m => incidentOf[m.Id]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            string[] claimants = [.. present.Where(x => home[x] == i).OrderBy(x => createdRun[x]).ThenBy(x => x, StringComparer.Ordinal)];
            List<string> splitFrom = [.. present.Where(x => home[x] != i)];
            bool hasNew = c.Mentions.Any(m => !incidentOf.ContainsKey(m.Id));
            bool lostSome = claimants.Any(x => counts[x].Count > 1);
            var plan = new ClusterPlan
            {
                Cluster = c,
                Id = claimants.Length > 0 ? claimants[0] : c.Id,
                IsNew = claimants.Length == 0,
                Absorbed = [.. claimants.Skip(1)],
                SplitFrom = splitFrom,
                Touched = hasNew || claimants.Length != 1 || splitFrom.Count > 0 || lostSome,
            };
            plans.Add(plan);
        }

        return plans;
    }

    private static string LinkWhy(IncidentRecord record, IEnumerable<string> mentionIds)
    {
        var ids = new HashSet<string>(mentionIds, StringComparer.Ordinal);
        MembershipReason? reason = record.Why.Where(w => ids.Contains(w.MentionId) && w.LinkedTo is not null)
            .OrderByDescending(w => w.Score).ThenBy(w => w.MentionId, StringComparer.Ordinal).FirstOrDefault();
        if (reason is null)
        {
            return "joined through the group's average link";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{reason.MentionId} linked to {reason.LinkedTo} (score {reason.Score:0.###}: ")
            + string.Join(", ", reason.Evidence.Take(4).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name} {e.Weight:+0.##;-0.##}"))) + ")";
    }

    private static string FigureName(Figure f) =>
        f.Measure.ToString().ToLowerInvariant() + (f.Group == VictimGroup.Unspecified ? string.Empty : "/" + f.Group.ToString().ToLowerInvariant());

    /// <summary>The fields of a record the revision log follows: type, date, place and each figure's range.</summary>
    private static Dictionary<string, string> Summary(IncidentRecord record)
    {
        var summary = new Dictionary<string, string>(StringComparer.Ordinal);
        if (record.Type is { } type)
        {
            summary["type"] = type.ToKebabCase();
        }

        if (record.Date.IsResolved)
        {
            summary["date"] = record.Date.Earliest == record.Date.Latest ? StoreJson.Date(record.Date.Earliest)! : StoreJson.Date(record.Date.Earliest) + ".." + StoreJson.Date(record.Date.Latest);
        }

        if (record.Place is { } place)
        {
            summary["place"] = place.Name + (place.Admin1 is { } a1 && a1 != place.Name ? ", " + a1 : string.Empty) + (place.CountryCode is { } cc ? " (" + cc + ")" : string.Empty);
        }

        foreach (Figure f in record.Figures)
        {
            summary["figure:" + FigureName(f)] = string.Create(CultureInfo.InvariantCulture, $"best {f.Best?.ToString(CultureInfo.InvariantCulture) ?? "?"} [{f.Low?.ToString(CultureInfo.InvariantCulture) ?? "?"}, {f.High?.ToString(CultureInfo.InvariantCulture) ?? "?"}]");
        }

        return summary;
    }

    private ExtractionResult[] Extract(Report[] reports, CancellationToken cancellationToken)
    {
        var results = new ExtractionResult[reports.Length];
        Parallel.For(0, reports.Length, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, i =>
        {
            try
            {
                results[i] = _extractor.Extract(reports[i]);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
            {
                results[i] = new ExtractionResult
                {
                    Report = reports[i],
                    Issues = [new ExtractionIssue(ProblemCodes.InternalError, reports[i].Id + ": extraction failed (" + ex.GetType().Name + ": " + ex.Message + "); please report this defect.")],
                };
            }
        });
        return results;
    }

    /// <summary>The extraction issues a run's outcome reports (as <c>Reconciler</c> does): failures and over-budget reports.</summary>
    private static List<ReportProblem> RunIssues(ExtractionResult e) =>
        [.. e.Issues.Where(i => i.Code is ProblemCodes.InternalError or ProblemCodes.OverBudget).Select(i => new ReportProblem { Code = i.Code, Message = i.Message })];

    private static Dictionary<string, Report> LoadReports(Db db, List<string>? ids)
    {
        const string Columns = "SELECT id, title, published, outlet, url, origin, text, problems FROM reports";
        Func<DbDataReader, Report> read = r => new Report
        {
            Id = r.GetString(0),
            Title = r.IsDBNull(1) ? null : r.GetString(1),
            Published = StoreJson.ParseDate(r.IsDBNull(2) ? null : r.GetString(2)),
            Outlet = r.IsDBNull(3) ? null : r.GetString(3),
            Url = r.IsDBNull(4) ? null : r.GetString(4),
            Origin = r.IsDBNull(5) ? null : r.GetString(5),
            Text = r.GetString(6),
            Problems = StoreJson.Read<List<ReportProblem>>(r.GetString(7)),
        };
        List<Report> rows = ids is null ? db.Query(Columns, read) : db.In(Columns + " WHERE id IN ({0})", ids, read);
        return rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>What a batch does with one cluster: the incident id it has, the stored incidents it absorbs or took mentions from.</summary>
    internal sealed record ClusterPlan
    {
        public required IncidentCluster Cluster { get; init; }

        public required string Id { get; init; }

        public bool IsNew { get; init; }

        public List<string> Absorbed { get; init; } = [];

        public List<string> SplitFrom { get; init; } = [];

        public bool Touched { get; init; }
    }

    /// <summary>Commands on one connection and transaction.</summary>
    private sealed class Db(DbConnection connection, DbTransaction transaction)
    {
        public long Scalar(string sql)
        {
            using DbCommand command = Command(sql, []);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        public void Execute(string sql, params (string Name, object? Value)[] parameters)
        {
            using DbCommand command = Command(sql, parameters);
            command.ExecuteNonQuery();
        }

        /// <summary>Runs one prepared statement per row.</summary>
        public void ExecuteMany(string sql, IEnumerable<(string Name, object? Value)[]> rows)
        {
            DbCommand? command = null;
            try
            {
                foreach ((string Name, object? Value)[] row in rows)
                {
                    if (command is null)
                    {
                        command = Command(sql, row);
                        command.Prepare();
                    }
                    else
                    {
                        foreach ((string name, object? value) in row)
                        {
                            command.Parameters[name].Value = value ?? DBNull.Value;
                        }
                    }

                    command.ExecuteNonQuery();
                }
            }
            finally
            {
                command?.Dispose();
            }
        }

        public List<T> Query<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
        {
            using DbCommand command = Command(sql, parameters);
            using DbDataReader reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(read(reader));
            }

            return rows;
        }

        /// <summary>Runs a query whose <c>{0}</c> is an <c>IN</c> list of the values, in chunks.</summary>
        public List<T> In<T>(string sql, List<string> values, Func<DbDataReader, T> read)
        {
            var rows = new List<T>();
            for (int start = 0; start < values.Count; start += InListChunk)
            {
                int n = Math.Min(InListChunk, values.Count - start);
                var parameters = new (string, object?)[n];
                var names = new string[n];
                for (int i = 0; i < n; i++)
                {
                    names[i] = "@p" + StoreJson.Invariant(i);
                    parameters[i] = ("p" + StoreJson.Invariant(i), values[start + i]);
                }

                rows.AddRange(Query(string.Format(CultureInfo.InvariantCulture, sql, string.Join(", ", names)), read, parameters));
            }

            return rows;
        }

        private DbCommand Command(string sql, (string Name, object? Value)[] parameters)
        {
            DbCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.CommandTimeout = 0;
            foreach ((string name, object? value) in parameters)
            {
                DbParameter p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = value ?? DBNull.Value;
                command.Parameters.Add(p);
            }

            return command;
        }
    }
}
