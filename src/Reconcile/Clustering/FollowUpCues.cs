using System.Collections.Frozen;
using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>Recognises a follow-up report, one whose headline tells a later step of the story (an arrest, charges, a trial, a verdict, a
/// funeral): its lead mention is usually dated by that step, not by the incident it follows up.</summary>
/// <remarks>The headline is <see cref="Report.Title"/> or, without one, the text's first non-blank line (news text usually starts with
/// it). Only the headline counts: a first report also tells of arrests and court dates further down.</remarks>
internal static class FollowUpCues
{
    private const int MaxHeadline = 240;

    /// <summary>Words of the later steps of a story that come days or months after it: the courts, mourning, remembrance. Arrests and
    /// charges are not among them: local news often headlines them on the day of the incident ("man arrested after shooting").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cues = new[]
    {
        "indicted", "indictment", "indicts", "arraigned", "arraignment", "trial", "tried", "jury", "jurors", "verdict", "guilty",
        "convicted", "conviction", "sentenced", "sentencing", "sentence", "plea", "pleads", "pleaded", "acquitted", "acquittal", "court",
        "courtroom", "hearing", "judge", "testifies", "testified", "testimony", "appeal", "appeals", "lawsuit", "sues", "sued",
        "extradited", "extradition", "funeral", "funerals", "vigil", "vigils", "memorial", "mourn", "mourns", "mourners", "buried",
        "burial", "anniversary", "remembered", "remembering", "prison", "inquest",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of news that may come a day or more after an incident and date a report by itself: an arrest, charges, a suspect
    /// sought or caught, a victim named or dying later, an update. Local news also headlines them on the day of the incident, so they
    /// do not make a report a follow-up (<see cref="IsFollowUp"/>); they only say its date may be its own later news.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LaterNewsCues = new[]
    {
        "arrest", "arrests", "arrested", "charge", "charges", "charged", "suspect", "suspects", "custody", "surrender", "surrenders",
        "surrendered", "bond", "bail", "jail", "jailed", "booked", "identified", "identifies", "identify", "id", "ids", "named", "names",
        "dies", "died", "succumbs", "update", "updated", "latest", "details", "investigation", "wanted", "manhunt", "caught", "captured",
        "accused", "faces", "facing", "confesses", "admits", "search", "searching", "seek", "seeks", "reward",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the report's headline tells a later step of a story.</summary>
    public static bool IsFollowUp(Report report) => HeadlineHas(report, Cues);

    /// <summary>Whether the report's headline may tell news later than the incident: a follow-up's words (<see cref="IsFollowUp"/>) or
    /// those of an arrest, charges, a suspect, a victim named or dying, an update (<c>LaterNewsCues</c>). A report whose headline has
    /// none tells the incident itself ("Two men shot outside a bar"), so its date is the incident's.</summary>
    public static bool MayTellLaterNews(Report report) => HeadlineHas(report, Cues) || HeadlineHas(report, LaterNewsCues);

    private static bool HeadlineHas(Report report, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> cues)
    {
        ReadOnlySpan<char> headline = Headline(report);
        int i = 0;
        while (i < headline.Length)
        {
            while (i < headline.Length && !char.IsLetter(headline[i]))
            {
                i++;
            }

            int start = i;
            while (i < headline.Length && char.IsLetter(headline[i]))
            {
                i++;
            }

            if (i > start && cues.Contains(headline[start..i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The title, or the text's first non-blank line, cut at <see cref="MaxHeadline"/> characters.</summary>
    internal static ReadOnlySpan<char> Headline(Report report)
    {
        ReadOnlySpan<char> headline = report.Title;
        if (headline.IsWhiteSpace())
        {
            ReadOnlySpan<char> text = report.Text;
            while (!text.IsEmpty)
            {
                int end = text.IndexOfAny('\n', '\r');
                ReadOnlySpan<char> line = end < 0 ? text : text[..end];
                if (!line.IsWhiteSpace())
                {
                    headline = line;
                    break;
                }

                text = end < 0 ? [] : text[(end + 1)..];
            }
        }

        return headline.Length > MaxHeadline ? headline[..MaxHeadline] : headline;
    }
}
