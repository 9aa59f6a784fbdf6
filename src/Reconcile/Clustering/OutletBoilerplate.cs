using System.Text;
using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>Finds each report's outlet boilerplate: the lines of text and the headline segments that its outlet repeats in reports
/// published more than <see cref="MaxDaysApart"/> days apart (copyright and rights notices, bylines and reporters' addresses, "download
/// our app", the station name and slogan after the headline, links to the outlet's other stories). None of it tells which incident a
/// report is about, yet its rare words ("cramirez", "msnewsnow") and name pairs make two of the outlet's reports on different incidents
/// look alike.</summary>
/// <remarks>
/// <para>A report's outlet is <see cref="Report.Outlet"/> or, without one, its URL's host (the archived page's host for a
/// web-archive address, without "www."); reports with neither, or without a publication date, are never searched. Lines are compared
/// trimmed, case-insensitively, with whitespace runs as one space and every digit as 0 (so that "Copyright 2016" and "Copyright 2017"
/// are one line). A story's own sentences recur only while it is news: an outlet's update of one incident a day later repeats them, a
/// report weeks later rarely does (on gva-dev, lines one outlet repeats within a week are nearly all one incident's; beyond a week,
/// nearly all are in reports of different incidents).</para>
/// <para>Headlines are cut into segments at " - ", " | ", " :: ", " – ", " — " and " · ", and each segment is compared like a line.</para>
/// <para>Work and memory are linear in the text. Deterministic: the result depends only on each report's text, title, outlet and date.</para>
/// </remarks>
internal static class OutletBoilerplate
{
    /// <summary>The longest span of publication dates over which an outlet's repeated line may still be one story's text.</summary>
    public const int MaxDaysApart = 7;

    private static readonly char[] LineBreaks = ['\n', '\r'];

    private static readonly string[] TitleSeparators = [" - ", " | ", " :: ", " \u2013 ", " \u2014 ", " \u00b7 "];

    /// <summary>Sets <see cref="MentionProfile.SkippedLines"/> and <see cref="MentionProfile.ReadTitle"/> of every profile, unless already
    /// set (taking the profiles' <see cref="ReportDigest"/>s first where missing): the report's boilerplate lines, whose pieces its lexical
    /// vector and name pairs leave out, and for a lead mention its report's headline without boilerplate segments.</summary>
    public static void Assign(IReadOnlyList<MentionProfile> profiles)
    {
        if (profiles.Count == 0 || profiles[0].Assigned)
        {
            return;
        }

        ReportDigest.Ensure(profiles);
        var reports = new Dictionary<int, (Report Report, ulong[] LineKeys)>();
        foreach (MentionProfile p in profiles)
        {
            reports.TryAdd(p.ReportIndex, (p.Mention.Report, p.ReportDigest!.LineKeys));
        }

        Dictionary<int, (bool[]? Lines, List<TextSpan> TitleSegments)> found = FindCore(reports);
        foreach (MentionProfile p in profiles)
        {
            found.TryGetValue(p.ReportIndex, out var boilerplate);
            p.SkippedLines = boilerplate.Lines;
            p.ReadTitle = p.Mention.IsLead ? Title(p.Mention.Report.Title, boilerplate.TitleSegments) : null;
            p.Assigned = true;
        }
    }

    /// <summary>For each report (by index) with boilerplate, its boilerplate lines in the text and segments of the headline, each sorted.</summary>
    internal static Dictionary<int, (List<TextSpan> Lines, List<TextSpan> TitleSegments)> Find(IReadOnlyDictionary<int, Report> reports)
    {
        var lines = new Dictionary<int, TextSpan[]>();
        var keyed = new Dictionary<int, (Report, ulong[])>();
        foreach ((int r, Report report) in reports)
        {
            string? outlet = report.Published is null ? null : Outlet(report);
            lines[r] = outlet is null ? [] : [.. Lines(report.Text)];
            keyed[r] = (report, [.. lines[r].Select(l => LineKey(outlet!, report.Text.AsSpan(l.Start, l.Length)))]);
        }

        var result = new Dictionary<int, (List<TextSpan>, List<TextSpan>)>();
        foreach ((int r, (bool[]? skip, List<TextSpan> segments)) in FindCore(keyed))
        {
            result[r] = ([.. lines[r].Where((_, i) => skip is not null && skip[i])], segments);
        }

        return result;
    }

    /// <summary>For each report (by index) with boilerplate, which of its lines (<see langword="null"/> for none) and which segments of
    /// its headline are boilerplate; a report's lines are given by their keys (<see cref="LineKey"/>).</summary>
    private static Dictionary<int, (bool[]? Lines, List<TextSpan> TitleSegments)> FindCore(IReadOnlyDictionary<int, (Report Report, ulong[] LineKeys)> reports)
    {
        // The span of publication days of each (outlet, normalised line).
        var days = new Dictionary<ulong, (int First, int Last)>();
        int[] order = [.. reports.Keys.Order()];
        foreach (int r in order)
        {
            (Report report, ulong[] lineKeys) = reports[r];
            if (Outlet(report) is not { } outlet || report.Published is not { } published)
            {
                continue;
            }

            int day = MentionProfile.DayNumber(published);
            foreach (ulong key in lineKeys)
            {
                Note(days, key, day);
            }

            foreach (TextSpan segment in TitleSegments(report.Title))
            {
                Note(days, LineKey(outlet, report.Title.AsSpan(segment.Start, segment.Length)), day);
            }
        }

        var result = new Dictionary<int, (bool[]?, List<TextSpan>)>();
        if (days.Count == 0)
        {
            return result;
        }

        foreach (int r in order)
        {
            (Report report, ulong[] lineKeys) = reports[r];
            if (Outlet(report) is not { } outlet || report.Published is null)
            {
                continue;
            }

            bool[]? lines = null;
            for (int i = 0; i < lineKeys.Length; i++)
            {
                if (Repeated(days, lineKeys[i]))
                {
                    (lines ??= new bool[lineKeys.Length])[i] = true;
                }
            }

            List<TextSpan> segments = [.. TitleSegments(report.Title).Where(s => Repeated(days, LineKey(outlet, report.Title.AsSpan(s.Start, s.Length))))];
            if (lines is not null || segments.Count > 0)
            {
                result[r] = (lines, segments);
            }
        }

        return result;
    }

    /// <summary>The outlet of a report: <see cref="Report.Outlet"/>, else its URL's host (lower-cased, without "www."); for a web-archive
    /// address, the archived page's host.</summary>
    internal static string? Outlet(Report report)
    {
        if (!string.IsNullOrWhiteSpace(report.Outlet))
        {
            return report.Outlet.Trim().ToLowerInvariant();
        }

        string? url = report.Url;
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        // "http://web.archive.org/web/2015.../http://www.wral.com/news/...": the last scheme starts the archived address.
        int scheme = url.LastIndexOf("://", StringComparison.Ordinal);
        ReadOnlySpan<char> rest = scheme < 0 ? url.AsSpan() : url.AsSpan(scheme + 3);
        int end = rest.IndexOfAny('/', ':', '?');
        ReadOnlySpan<char> host = (end < 0 ? rest : rest[..end]).Trim();
        int hash = host.IndexOf('#');
        if (hash >= 0)
        {
            host = host[..hash];
        }

        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        return host.IsEmpty ? null : host.ToString().ToLowerInvariant();
    }

    /// <summary>The non-blank lines of a text, trimmed.</summary>
    internal static IEnumerable<TextSpan> Lines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOfAny(LineBreaks, start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (Trim(text, start, end) is { } line)
            {
                yield return line;
            }

            start = end + 1;
        }
    }

    /// <summary>The segments of a headline between separators such as " - " and " | ", trimmed.</summary>
    internal static IEnumerable<TextSpan> TitleSegments(string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            yield break;
        }

        int start = 0;
        while (start <= title.Length)
        {
            int end = title.Length, width = 0;
            foreach (string separator in TitleSeparators)
            {
                int at = title.IndexOf(separator, start, StringComparison.Ordinal);
                if (at >= 0 && at < end)
                {
                    end = at;
                    width = separator.Length;
                }
            }

            // A line break inside a headline separates segments too.
            int lineBreak = title.IndexOfAny(LineBreaks, start, end - start);
            if (lineBreak >= 0)
            {
                end = lineBreak;
                width = 1;
            }

            if (Trim(title, start, end) is { } segment)
            {
                yield return segment;
            }

            if (width == 0)
            {
                yield break;
            }

            start = end + width;
        }
    }

    private static TextSpan? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? new TextSpan(start, end) : null;
    }

    /// <summary>The comparison key of a line of an outlet: a 64-bit FNV-1a hash of the outlet, a line break and the line lower-cased,
    /// whitespace runs as one space, digits as 0 (two different lines share a key with odds of about one in 10^19 per pair).</summary>
    internal static ulong LineKey(string outlet, ReadOnlySpan<char> line)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in outlet)
        {
            hash = Mix(hash, c);
        }

        hash = Mix(hash, '\n');
        bool space = false;
        foreach (char c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                hash = Mix(hash, ' ');
                space = false;
            }

            hash = Mix(hash, char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return hash;
    }

    private static ulong Mix(ulong hash, char c) => (((hash ^ (byte)c) * 1099511628211UL) ^ (byte)(c >> 8)) * 1099511628211UL;

    private static void Note(Dictionary<ulong, (int First, int Last)> days, ulong key, int day)
    {
        ref (int First, int Last) span = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(days, key, out bool exists);
        span = exists ? (Math.Min(span.First, day), Math.Max(span.Last, day)) : (day, day);
    }

    private static bool Repeated(Dictionary<ulong, (int First, int Last)> days, ulong key) =>
        days.TryGetValue(key, out var span) && span.Last - span.First > MaxDaysApart;

    /// <summary>The spans of <paramref name="read"/> outside every span of <paramref name="skip"/> (sorted by start).</summary>
    internal static TextSpan[] Subtract(List<TextSpan> read, List<TextSpan> skip)
    {
        var result = new List<TextSpan>(read.Count);
        foreach (TextSpan r in read)
        {
            int at = r.Start;
            foreach (TextSpan s in skip)
            {
                if (s.End <= at || s.Start >= r.End)
                {
                    continue;
                }

                if (s.Start > at)
                {
                    result.Add(new TextSpan(at, s.Start));
                }

                at = Math.Max(at, s.End);
            }

            if (at < r.End)
            {
                result.Add(new TextSpan(at, r.End));
            }
        }

        return [.. result];
    }

    /// <summary>The headline without its boilerplate segments; <see langword="null"/> when none is left.</summary>
    private static string? Title(string? title, List<TextSpan>? boilerplate)
    {
        if (title is null || boilerplate is not { Count: > 0 })
        {
            return title;
        }

        var kept = new StringBuilder();
        foreach (TextSpan segment in TitleSegments(title))
        {
            if (!boilerplate.Contains(segment))
            {
                kept.Append(kept.Length > 0 ? " " : string.Empty).Append(title.AsSpan(segment.Start, segment.Length));
            }
        }

        return kept.Length > 0 ? kept.ToString() : null;
    }
}
