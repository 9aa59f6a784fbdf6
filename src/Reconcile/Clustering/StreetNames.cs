using System.Text.RegularExpressions;
using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>Finds the street names a mention's sentences give ("the 4800 block of South Ashland Avenue" -> "ashland"), for the
/// street evidence: local news places an incident at a street, and two incidents in one city on one day differ there.</summary>
/// <remarks>A street is one to three capitalised words or an ordinal ("79th") before a street-type word; the direction before it and
/// the type word are dropped, so "S. Ashland Ave." and "South Ashland Avenue" give the same key. The pattern is case-sensitive on
/// purpose: capitals are what tell a street name ("Oak Street") from ordinary words ("the street").</remarks>
internal static partial class StreetNames
{
    /// <summary>Returns the sorted, distinct street keys in the mention's sentences.</summary>
    public static string[] Find(IncidentMention mention)
    {
        string text = mention.Report.Text ?? string.Empty;
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (TextSpan s in mention.Sentences)
        {
            int start = Math.Clamp(s.Start, 0, text.Length);
            int end = Math.Clamp(s.End, start, text.Length);
            foreach (ValueMatch m in StreetRegex().EnumerateMatches(text.AsSpan(start, end - start)))
            {
                Match match = StreetRegex().Match(text, start + m.Index, m.Length);
                string name = match.Groups["name"].Value;
                if (!NotStreetName().IsMatch(name))
                {
                    keys.Add(name.ToLowerInvariant());
                }
            }
        }

        return [.. keys];
    }

    /// <summary>Whether the two sorted key arrays share a key.</summary>
    public static bool Overlap(string[] a, string[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                return true;
            }

            if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|[NSEW]|NE|NW|SE|SW)\.?\s+)?(?<name>(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))(?:\s+[A-Z][a-z]+){0,2})\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Pike)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StreetRegex();

    [GeneratedRegex(@"^(?:The|A|An|On|In|At|Near|Of|And|Wall)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotStreetName();
}
