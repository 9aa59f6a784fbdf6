using NodaTime;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>
/// Casualty figures read from a report's headline ("4 injured by gunfire in Sacramento", "1 dead, 3 injured in Salem strip club
/// shooting", "Man killed, woman hurt in ..."). The headline is the outlet's summary of its own text, so a headline figure
/// corroborates a figure of the same measure in the text rather than adding to it: it becomes a claim of the report's lead only
/// for a measure the text gives no figure of the incident's own for. Its span indexes <see cref="Report.Title"/> and the claim is
/// marked <see cref="CasualtyClaim.InTitle"/>.
/// </summary>
/// <remarks>The headline is read by the same casualty recognizer and relevance rules as the text: a figure of another time or
/// event ("2nd shooting this year", "the city's 50th homicide") is never taken.</remarks>
internal static class TitleCasualties
{
    /// <summary>The incident's own casualty figures of the headline (the title before the outlet's name), as claims whose spans
    /// index the title.</summary>
    /// <param name="recognizer">The casualty recognizer.</param>
    /// <param name="report">The report.</param>
    /// <param name="reference">The day relative dates resolve against.</param>
    internal static List<CasualtyClaim> Read(CasualtyRecognizer recognizer, Report report, LocalDate? reference)
    {
        string? title = report.Title;
        ReadOnlySpan<char> headline = PlaceRecognizer.Headline(title);
        if (title is null || headline.IsEmpty)
        {
            return [];
        }

        // Headline is a trimmed prefix of the title: it starts after the title's leading white space.
        int start = title.Length - title.AsSpan().TrimStart().Length;
        var sentence = new SentenceFindings(0, new TextSpan(start, start + headline.Length));
        recognizer.Find(title, sentence.Span, sentence.Casualties, headline: true);
        if (sentence.Casualties.Count == 0)
        {
            return [];
        }

        DateRecognizer.Find(title, sentence.Span, reference, sentence.Dates);
        ClaimRelevanceClassifier.Classify(title, sentence, reference);
        var claims = new List<CasualtyClaim>(sentence.Casualties.Count);
        foreach (CasualtyFinding c in sentence.Casualties)
        {
            // A pronoun's victim ("killing him") has no count of its own in a headline; another event's figure is not the incident's.
            if (c.Anaphoric || c.Relevance != ClaimRelevance.Incident)
            {
                continue;
            }

            claims.Add(new CasualtyClaim
            {
                Measure = c.Measure,
                Group = c.Group,
                Quantity = c.Quantity,
                Span = c.Span,
                Quote = c.Span.Slice(title),
                InTitle = true,
                AsOf = report.Published,
                Rising = c.Rising,
            });
        }

        return claims;
    }

    /// <summary>The mentions with the headline's figures added to the lead for each measure the lead has no figure of the incident's
    /// own for; unchanged when the headline gives none, or there is no lead.</summary>
    /// <param name="mentions">The report's mentions, lead first.</param>
    /// <param name="title">The headline's claims (<see cref="Read"/>).</param>
    internal static IReadOnlyList<IncidentMention> Apply(IReadOnlyList<IncidentMention> mentions, List<CasualtyClaim> title)
    {
        if (mentions.Count == 0 || title.Count == 0)
        {
            return mentions;
        }

        IncidentMention lead = mentions[0];
        List<CasualtyClaim>? added = null;
        foreach (CasualtyClaim t in title)
        {
            if (!Counted(lead.Claims, t.Measure))
            {
                (added ??= [.. lead.Claims]).Add(t);
            }
        }

        if (added is null)
        {
            return mentions;
        }

        IncidentMention[] result = [.. mentions];
        result[0] = lead with { Claims = added };
        return result;
    }

    /// <summary>Whether the text gives a figure of the incident's own of <paramref name="measure"/>, or of all those shot (which
    /// counts the dead and the wounded).</summary>
    private static bool Counted(IReadOnlyList<CasualtyClaim> claims, CasualtyMeasure measure)
    {
        foreach (CasualtyClaim c in claims)
        {
            if (!c.InTitle && c.Relevance == ClaimRelevance.Incident && (c.Measure == measure
                || (c.Measure == CasualtyMeasure.Casualties && measure is CasualtyMeasure.Killed or CasualtyMeasure.Wounded)
                || (measure == CasualtyMeasure.Casualties && c.Measure is CasualtyMeasure.Killed or CasualtyMeasure.Wounded)))
            {
                return true;
            }
        }

        return false;
    }
}
