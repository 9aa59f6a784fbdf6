using System.Text.RegularExpressions;
using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>
/// One person wounded in one claim and dead in another is one death, not a death and a wound: a wound of one person whose words
/// name the same person as a death of one person of the incident is read as that person's shooting (<see cref="CasualtyMeasure.Casualties"/>),
/// not as a wounded survivor.
/// </summary>
/// <remarks>
/// <para>Only same-person evidence counts, never the counts alone (an incident with one dead and one wounded is common):</para>
/// <list type="bullet">
/// <item><description>the same age: "a 15-year-old boy was shot" and "the 15-year-old died on Sunday";</description></item>
/// <item><description>the same name opening either claim: "Shores was shot" and "Jordan Shores was pronounced dead";</description></item>
/// <item><description>the death's words begin with the wound's: "a woman who was shot" and "a woman who was shot in the park died";</description></item>
/// <item><description>in one report, a definite reference to the dead person's noun: "the boy received a gunshot wound" after
/// "a 10-year-old boy was shot to death".</description></item>
/// </list>
/// <para>A claim that tells the person survived ("survived", "recovering", "released", "expected to live") is never read as the death.</para>
/// </remarks>
internal static partial class SamePersonRule
{
    /// <summary>Returns the candidates with each wound of a person who is one of the incident's single deaths read as casualties.</summary>
    /// <param name="candidates">The record's claims, in stable order.</param>
    /// <param name="rebuild">Makes a candidate from a changed claim and the candidate it replaces.</param>
    /// <returns>The same list when nothing changed, else a new list in the same order.</returns>
    public static List<CandidateClaim> Apply(List<CandidateClaim> candidates, Func<CasualtyClaim, CandidateClaim, CandidateClaim> rebuild)
    {
        List<CandidateClaim>? result = null;
        for (int i = 0; i < candidates.Count; i++)
        {
            CandidateClaim w = candidates[i];
            if (!IsOnePerson(w.Claim, CasualtyMeasure.Wounded) || Survived().IsMatch(w.Claim.Quote))
            {
                continue;
            }

            foreach (CandidateClaim k in candidates)
            {
                if (IsOnePerson(k.Claim, CasualtyMeasure.Killed) && IsSamePerson(w, k))
                {
                    result ??= [.. candidates];
                    result[i] = rebuild(w.Claim with { Measure = CasualtyMeasure.Casualties }, w);
                    break;
                }
            }
        }

        return result ?? candidates;
    }

    private static bool IsOnePerson(CasualtyClaim c, CasualtyMeasure measure) =>
        c.Measure == measure && c.Relevance == ClaimRelevance.Incident && c.Quantity == Quantity.Exactly(1)
        && c.Group is VictimGroup.Unspecified or VictimGroup.Civilians or VictimGroup.Children;

    /// <summary>Whether the two claims' words name the same person (see the remarks).</summary>
    internal static bool IsSamePerson(CandidateClaim wound, CandidateClaim death)
    {
        string w = wound.Claim.Quote.Trim();
        string k = death.Claim.Quote.Trim();
        if (Age(w) is { } a && Age(k) is { } b)
        {
            return a == b;
        }

        if (OpeningName(w) is { } wn && ContainsWord(k, wn) || OpeningName(k) is { } kn && ContainsWord(w, kn))
        {
            return true;
        }

        if (w.Length >= 12 && k.Length > w.Length && k.StartsWith(w, StringComparison.OrdinalIgnoreCase) && !char.IsLetterOrDigit(k[w.Length]))
        {
            return true;
        }

        Match definite = DefinitePerson().Match(w);
        return definite.Success && string.Equals(wound.ReportId, death.ReportId, StringComparison.Ordinal)
            && death.Claim.Span.Start < wound.Claim.Span.Start && ContainsWord(k, definite.Groups["noun"].Value);
    }

    internal static int? Age(string quote)
    {
        Match m = AgePattern().Match(quote);
        if (!m.Success)
        {
            return null;
        }

        string n = m.Groups["n"].Value;
        if (int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int age))
        {
            return age;
        }

        int index = Array.FindIndex(NumberWords, x => string.Equals(x, n, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    private static readonly string[] NumberWords =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    /// <summary>The surname-like word a claim opens with ("Shores was shot", "Jordan Shores, 19, died"): a capitalized word that is
    /// not a function word, a title or a generic noun.</summary>
    private static string? OpeningName(string quote)
    {
        Match m = OpeningNamePattern().Match(quote);
        if (!m.Success)
        {
            return null;
        }

        string last = m.Groups["last"].Success ? m.Groups["last"].Value : m.Groups["first"].Value;
        return NotNames.Contains(m.Groups["first"].Value) || NotNames.Contains(last) ? null : last;
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "A", "An", "The", "One", "Another", "He", "She", "His", "Her", "It", "They", "This", "That", "Police", "Officers", "Officer",
        "Authorities", "Deputies", "Investigators", "Officials", "Man", "Woman", "Boy", "Girl", "Child", "Teen", "Teenager", "Victim",
        "Mr", "Mrs", "Ms", "Dr", "Sgt", "Deputy", "Trooper", "Both", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Someone", "Nobody", "No", "Shot", "Gunfire", "Shooting", "Family", "Friends", "Neighbors", "Witnesses", "Relatives", "Several", "Many",
    };

    private static bool ContainsWord(string text, string word)
    {
        int from = 0;
        while (true)
        {
            int i = text.IndexOf(word, from, StringComparison.Ordinal);
            if (i < 0)
            {
                return false;
            }

            int end = i + word.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            from = i + 1;
        }
    }

    [GeneratedRegex(@"\b(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[-\s](?:year|yr|month)s?[-\s]old\b|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+(?<n>\d{1,3}),",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"^(?<first>[A-Z][a-z][\w'’-]*)(?:\s+(?<last>[A-Z][a-z][\w'’-]*))?(?=[\s,])", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningNamePattern();

    [GeneratedRegex(@"^the\s+(?:\w+\s+)?(?<noun>boy|girl|child|toddler|infant|baby|teen|teenager|man|woman|victim|student|son|daughter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefinitePerson();

    [GeneratedRegex(@"\b(?:surviv\w*|recover\w*|released|expected\s+to\s+(?:live|survive|recover)|stable|non-life|not\s+life)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Survived();
}
