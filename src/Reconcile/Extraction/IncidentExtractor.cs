using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>The default extractor: rule-based recognizers for English news text, combined into incident mentions.</summary>
/// <remarks>
/// <para>The text is split into sentences; each recognizer (casualty figures, dates, places, incident types, actors, attribution)
/// finds spans and resolves their values; the findings of each sentence are then grouped into one mention per incident the report
/// describes, lead first (see the README's Extraction section for the rules).</para>
/// <para>Thread-safe: one instance may extract many reports in parallel. Never throws on messy text: what cannot be used is returned
/// in <see cref="ExtractionResult.Issues"/>.</para>
/// </remarks>
public sealed class IncidentExtractor : IIncidentExtractor
{
    private readonly CasualtyRecognizer _casualties;
    private readonly PlaceRecognizer _places;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    public IncidentExtractor(ExtractionOptions? options = null)
    {
        options ??= new ExtractionOptions();
        _casualties = new CasualtyRecognizer(options.VagueQuantities);
        _places = PlaceRecognizer.Default;
    }

    /// <inheritdoc />
    public ExtractionResult Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        string text = report.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ExtractionResult { Report = report };
        }

        IReadOnlyList<TextSpan> spans = SentenceSplitter.Split(text);
        var sentences = new SentenceFindings[spans.Count];
        for (int i = 0; i < spans.Count; i++)
        {
            var s = new SentenceFindings(i, spans[i]);
            _casualties.Find(text, s.Span, s.Casualties);
            DateRecognizer.Find(text, s.Span, report.Published, s.Dates);
            IncidentTypeRecognizer.Find(text, s.Span, s.Types);
            ActorRecognizer.Find(text, s.Span, s.Actors);
            sentences[i] = s;
        }

        foreach (PlaceFinding p in _places.Find(text, spans))
        {
            int i = IndexOf(spans, p.Span.Start);
            if (i >= 0)
            {
                sentences[i].Places.Add(p);
            }
        }

        foreach (SourceFinding source in AttributionRecognizer.Find(text, spans))
        {
            if ((uint)source.SentenceIndex < (uint)sentences.Length)
            {
                sentences[source.SentenceIndex].Source ??= source;
            }
        }

        var issues = new List<ExtractionIssue>();
        IReadOnlyList<IncidentMention> mentions = MentionAssembler.Assemble(report, sentences, issues);
        return new ExtractionResult { Report = report, Mentions = mentions, Issues = issues };
    }

    private static int IndexOf(IReadOnlyList<TextSpan> spans, int offset)
    {
        int lo = 0;
        int hi = spans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < spans[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= spans[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
