using System.Text.RegularExpressions;
using Reconcile.Extraction.Lexicon;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds words that name an incident type.</summary>
/// <remarks>
/// Runs every trigger rule of <see cref="IncidentTriggers"/> over the sentence, drops matches that overlap a metaphor
/// blocker ("heart attack", "under fire", "a shot at the title"), and resolves overlaps so the longest phrase wins
/// ("car bombing" over "bombing", "opened fire" over "fire"); between equally long phrases the more specific type wins.
/// Thread-safe; allocates nothing per token (one reusable buffer per thread).
/// </remarks>
internal static class IncidentTypeRecognizer
{
    [ThreadStatic]
    private static List<Candidate>? t_candidates;

    [ThreadStatic]
    private static List<TextSpan>? t_blocked;

    /// <summary>Adds the incident-type words of one sentence to <paramref name="results"/>, in text order.</summary>
    public static void Find(string text, TextSpan sentence, List<TypeFinding> results)
    {
        ReadOnlySpan<char> s = text.AsSpan(sentence.Start, sentence.Length);
        List<TextSpan> blocked = t_blocked ??= [];
        List<Candidate> candidates = t_candidates ??= [];
        blocked.Clear();
        candidates.Clear();

        IncidentTriggers.Rule[] rules = IncidentTriggers.Rules;
        uint withStems = IncidentTriggers.RulesWithStems(s);
        for (int r = 0; r < rules.Length; r++)
        {
            if ((withStems & (1u << r)) == 0)
            {
                continue;
            }

            foreach (ValueMatch m in rules[r].Pattern.EnumerateMatches(s))
            {
                var span = new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
                candidates.Add(new Candidate(span, rules[r].Type, Depth(rules[r].Type), r));
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        // Blockers only where there is something to block (the costlier pattern, skipped for most sentences), and only up to the
        // last candidate's end: a blocker starting after it overlaps none.
        int limit = 0;
        foreach (Candidate c in candidates)
        {
            limit = Math.Max(limit, c.Span.End - sentence.Start);
        }

        IncidentTriggers.FindBlocked(s, sentence.Start, blocked, limit);

        if (blocked.Count > 0)
        {
            candidates.RemoveAll(static c => OverlapsAny(t_blocked!, c.Span));
            if (candidates.Count == 0)
            {
                return;
            }
        }

        // Longest first, then most specific, then rule order, then position: a deterministic total order.
        candidates.Sort(static (a, b) =>
        {
            int c = b.Span.Length.CompareTo(a.Span.Length);
            if (c == 0)
            {
                c = b.Depth.CompareTo(a.Depth);
            }

            if (c == 0)
            {
                c = a.Rule.CompareTo(b.Rule);
            }

            return c != 0 ? c : a.Span.Start.CompareTo(b.Span.Start);
        });

        int first = results.Count;
        foreach (Candidate c in candidates)
        {
            bool free = true;
            for (int i = first; i < results.Count; i++)
            {
                if (results[i].Span.Overlaps(c.Span))
                {
                    free = false;
                    break;
                }
            }

            if (free)
            {
                results.Add(new TypeFinding(c.Span, c.Type));
            }
        }

        results.Sort(first, results.Count - first, TextOrder.Instance);
    }

    private static bool OverlapsAny(List<TextSpan> spans, TextSpan span)
    {
        foreach (TextSpan b in spans)
        {
            if (b.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static int Depth(IncidentType type)
    {
        int depth = 0;
        for (IncidentType? t = type.Parent(); t is not null; t = t.Value.Parent())
        {
            depth++;
        }

        return depth;
    }

    private readonly record struct Candidate(TextSpan Span, IncidentType Type, int Depth, int Rule);

    private sealed class TextOrder : IComparer<TypeFinding>
    {
        public static readonly TextOrder Instance = new();

        public int Compare(TypeFinding x, TypeFinding y) => x.Span.Start.CompareTo(y.Span.Start);
    }
}
