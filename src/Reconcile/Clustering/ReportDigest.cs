using System.Collections.Concurrent;
using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>Everything clustering reads from one report's text, taken once, right after extraction, so that the text itself can be
/// let go before clustering: the keys of its lines for outlet boilerplate (<see cref="OutletBoilerplate"/>), the follow-up cues of its
/// headline (<see cref="FollowUpCues"/>), and per mention the words, name pairs, ages and street names of the text it reads.</summary>
/// <remarks>
/// <para>A mention reads spans of the text (a lead with sentences: the whole text but its report's background mentions' sentences; any
/// other mention: its own sentences). Which lines are an outlet's boilerplate depends on the rest of the input, so the spans are kept cut
/// at the report's lines (<see cref="MentionDigest.Pieces"/>, each tagged with its line) and clustering drops the pieces of boilerplate
/// lines. Cutting at lines changes nothing that is read: between two lines there is only white space and at least one line break, which
/// no word, name pair ("Jerry Ortiz": one space between) or age ("35-year-old", ", 35,") crosses.</para>
/// <para>A report with no outlet or no publication date has no boilerplate; its spans are kept whole (line -1).</para>
/// <para>Words are numbered by a <see cref="TermTable"/> shared by the run in whatever order threads meet them; clustering renumbers
/// them in mention-id order (<see cref="LexicalIndex.Build"/>), so the result does not depend on that order.</para>
/// </remarks>
internal sealed class ReportDigest
{
    private static readonly ReportDigest Empty = new(0, [], false, false, []);

    private ReportDigest(int length, ulong[] lineKeys, bool isFollowUp, bool mayTellLaterNews, MentionDigest[] mentions)
    {
        Length = length;
        LineKeys = lineKeys;
        IsFollowUp = isFollowUp;
        MayTellLaterNews = mayTellLaterNews;
        Mentions = mentions;
    }

    /// <summary>The length of the report's text.</summary>
    public int Length { get; }

    /// <summary>The boilerplate key of each of the text's non-blank lines (<see cref="OutletBoilerplate.LineKey"/>), in text order;
    /// empty for a report with no outlet or no publication date.</summary>
    public ulong[] LineKeys { get; }

    /// <summary><see cref="FollowUpCues.IsFollowUp"/> of the report.</summary>
    public bool IsFollowUp { get; }

    /// <summary><see cref="FollowUpCues.MayTellLaterNews"/> of the report.</summary>
    public bool MayTellLaterNews { get; }

    /// <summary>The digest of each mention, in the order of the mentions given to <see cref="Of"/>.</summary>
    public MentionDigest[] Mentions { get; }

    /// <summary>Takes the digest of a report and its mentions (every mention extraction found in it) while the text is still there.</summary>
    public static ReportDigest Of(Report report, IReadOnlyList<IncidentMention> mentions, TermTable terms)
    {
        if (mentions.Count == 0)
        {
            return Empty;
        }

        string text = report.Text ?? string.Empty;
        bool isFollowUp = FollowUpCues.IsFollowUp(report);
        bool mayTellLaterNews = FollowUpCues.MayTellLaterNews(report);

        TextSpan[] lines = [];
        ulong[] keys = [];
        if (OutletBoilerplate.Outlet(report) is { } outlet && report.Published is not null)
        {
            lines = [.. OutletBoilerplate.Lines(text)];
            keys = new ulong[lines.Length];
            for (int i = 0; i < lines.Length; i++)
            {
                keys[i] = OutletBoilerplate.LineKey(outlet, text.AsSpan(lines[i].Start, lines[i].Length));
            }
        }

        var background = new List<TextSpan>();
        foreach (IncidentMention m in mentions)
        {
            if (!m.IsLead)
            {
                background.AddRange(m.Sentences);
            }
        }

        var scratch = new Scratch();
        var digests = new MentionDigest[mentions.Count];
        for (int i = 0; i < digests.Length; i++)
        {
            digests[i] = Digest(text, mentions[i], background, lines, terms, scratch);
        }

        return new ReportDigest(text.Length, keys, isFollowUp, mayTellLaterNews, digests);
    }

    /// <summary>Gives every profile without a digest one, taken from its report's text, report by report with one
    /// <see cref="TermTable"/>; the profiles of one report are its mentions in the list.</summary>
    public static void Ensure(IReadOnlyList<MentionProfile> profiles)
    {
        if (profiles.Count == 0 || profiles[0].Digest is not null)
        {
            return;
        }

        var terms = new TermTable();
        var byReport = new Dictionary<int, List<MentionProfile>>();
        foreach (MentionProfile p in profiles)
        {
            if (!byReport.TryGetValue(p.ReportIndex, out List<MentionProfile>? list))
            {
                byReport[p.ReportIndex] = list = [];
            }

            list.Add(p);
        }

        foreach (int r in byReport.Keys.Order())
        {
            List<MentionProfile> group = byReport[r];
            ReportDigest digest = Of(group[0].Mention.Report, [.. group.Select(p => p.Mention)], terms);
            for (int i = 0; i < group.Count; i++)
            {
                group[i].SetDigest(digest, digest.Mentions[i], terms);
            }
        }
    }

    private static MentionDigest Digest(string text, IncidentMention mention, List<TextSpan> background, TextSpan[] lines, TermTable terms, Scratch scratch)
    {
        int length = text.Length;
        List<TextSpan> read = [];
        if (mention.IsLead && mention.Sentences.Count > 0)
        {
            // A lead found in the text reads it all; one read from the headline alone (a page whose text tells no incident) only its headline.
            read.Add(new TextSpan(0, length));
        }
        else
        {
            foreach (TextSpan s in mention.Sentences)
            {
                int start = Math.Clamp(s.Start, 0, length);
                read.Add(new TextSpan(start, Math.Clamp(s.End, start, length)));
            }
        }

        List<TextSpan> skip = mention.IsLead ? LexicalIndex.LeadExclusions(mention, background, length) : [];
        TextSpan[] spans = OutletBoilerplate.Subtract(read, skip);

        scratch.Pieces.Clear();
        scratch.Terms.Clear();
        scratch.Names.Clear();
        foreach (TextSpan span in spans)
        {
            if (lines.Length == 0)
            {
                AddPiece(text, span, -1, terms, scratch);
                continue;
            }

            // The lines are sorted and disjoint: the first one ending after the span's start, then on while they start before its end.
            int lo = 0, hi = lines.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (lines[mid].End <= span.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (int l = lo; l < lines.Length && lines[l].Start < span.End; l++)
            {
                int start = Math.Max(span.Start, lines[l].Start), end = Math.Min(span.End, lines[l].End);
                if (end > start)
                {
                    AddPiece(text, new TextSpan(start, end), l, terms, scratch);
                }
            }
        }

        return new MentionDigest([.. scratch.Pieces], [.. scratch.Terms], [.. scratch.Names], StreetNames.Find(mention));
    }

    private static void AddPiece(string text, TextSpan span, int line, TermTable terms, Scratch scratch)
    {
        ReadOnlySpan<char> piece = text.AsSpan(span.Start, span.Length);
        scratch.Seen.Clear();
        LexicalIndex.Tokenize(piece, scratch.Buffer, token =>
        {
            int id = terms.Id(token);
            if (scratch.Seen.TryGetValue(id, out int at))
            {
                scratch.Terms[at + 1]++;
            }
            else
            {
                scratch.Seen[id] = scratch.Terms.Count;
                scratch.Terms.Add(id);
                scratch.Terms.Add(1);
            }
        });

        scratch.PieceNames.Clear();
        NameIndex.Collect(piece, scratch.PieceNames);
        scratch.Names.AddRange(scratch.PieceNames);
        scratch.Pieces.Add(new Piece(line, scratch.Terms.Count, scratch.Names.Count, AgeIndex.Find(piece)));
    }

    /// <summary>Buffers reused across one report's mentions.</summary>
    private sealed class Scratch
    {
        public readonly List<Piece> Pieces = [];
        public readonly List<int> Terms = [];
        public readonly List<string> Names = [];
        public readonly SortedSet<string> PieceNames = new(StringComparer.Ordinal);
        public readonly Dictionary<int, int> Seen = [];
        public readonly char[] Buffer = new char[LexicalIndex.MaxTokenLength];
    }
}

/// <summary>One span of text a mention reads, within one line of its report (or the whole span, <see cref="Line"/> -1, when the report
/// can have no boilerplate).</summary>
/// <param name="Line">The index of the line in <see cref="ReportDigest.LineKeys"/>, or -1.</param>
/// <param name="TermEnd">Where the piece's words end in <see cref="MentionDigest.Terms"/> (they start where the previous piece's end).</param>
/// <param name="NameEnd">Where the piece's name pairs end in <see cref="MentionDigest.Names"/>.</param>
/// <param name="Ages">The ages the piece gives (<see cref="AgeIndex"/>).</param>
internal readonly record struct Piece(int Line, int TermEnd, int NameEnd, Bits128 Ages);

/// <summary>What clustering reads from the text of one mention (<see cref="ReportDigest"/>).</summary>
/// <param name="Pieces">The spans read, cut at the report's lines, in text order.</param>
/// <param name="Terms">Each piece's distinct words in the order first met, as pairs (<see cref="TermTable"/> id, count).</param>
/// <param name="Names">Each piece's name pairs (<see cref="NameIndex.Collect"/>), sorted within a piece.</param>
/// <param name="Streets">The sorted street keys of the mention's sentences (<see cref="StreetNames"/>).</param>
internal sealed record MentionDigest(Piece[] Pieces, int[] Terms, string[] Names, string[] Streets);

/// <summary>Numbers the words of a run's reports, from any thread. The numbers depend on the order threads meet words, so they only
/// name words until <see cref="LexicalIndex.Build"/> renumbers them in mention-id order.</summary>
internal sealed class TermTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _next = -1;

    public TermTable() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One more than the largest id given so far.</summary>
    public int Count => Volatile.Read(ref _next) + 1;

    /// <summary>Each id's word, indexed by id (<see cref="Count"/> of them).</summary>
    public string[] Words()
    {
        var words = new string[Count];
        foreach (KeyValuePair<string, int> kv in _ids)
        {
            if (kv.Value < words.Length)
            {
                words[kv.Value] = kv.Key;
            }
        }

        return words;
    }

    /// <summary>The id of a word, given on first sight.</summary>
    public int Id(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out int id))
        {
            return id;
        }

        return _ids.GetOrAdd(word.ToString(), static (_, table) => Interlocked.Increment(ref table._next), this);
    }
}
