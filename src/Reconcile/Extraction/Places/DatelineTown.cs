using System.Globalization;
using System.Text.RegularExpressions;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>
/// A US dateline's town where the gazetteer does not list it: "LETCHER, S.D. —", "MOUNTAINBURG, Ark.--", "TOWN OF CASSVILLE,
/// Wis. -", "Edgeley, N.D. (KFGO) -". Local news leads with the town the story happened in, and the smallest towns (a few hundred people) are missing
/// from the gazetteer's populated places; the state abbreviation after the comma makes the capitalised word a town all the same.
/// </summary>
internal static partial class DatelineTown
{
    /// <summary>How far into the text a dateline is looked for (a page's leftovers may come before it).</summary>
    private const int SearchLength = 600;

    /// <summary>A line opening with an upper-case or capitalised town (up to four words, "TOWN OF" dropped), a comma, a state, an
    /// optional "(AP)", station or date in brackets, then a dash: "LETCHER, S.D. \u2014", "Edgeley, N.D. (KFGO) -".</summary>
    [GeneratedRegex(@"^[ \t]*(?:(?:TOWN|CITY|VILLAGE|TOWNSHIP|BOROUGH) OF )?(?<town>[A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+){0,3}),[ \t]+(?<state>[A-Z][A-Za-z.]{1,12}(?: [A-Z][a-z]+)?)[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:-|\u2014|\u2013)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The dateline's town in its state: the gazetteer's entry when it lists the town there, else a place made from the
    /// dateline (no coordinates); <see langword="null"/> without a US dateline, or for a county's ("MIAMI-DADE COUNTY, Fla.").</summary>
    /// <param name="text">The report's text.</param>
    /// <param name="state">Resolves the state after the comma ("S.D.", "Ark.", "Wisconsin") to its place, or <see langword="null"/>.</param>
    /// <param name="town">Finds the gazetteer's town of that name in that state, or <see langword="null"/>.</param>
    public static Place? Find(string text, Func<string, Place?> state, Func<string, Place, Place?> town)
    {
        Match m = Pattern().Match(text, 0, Math.Min(text.Length, SearchLength));
        if (!m.Success)
        {
            return null;
        }

        string name = m.Groups["town"].Value;
        if (name.EndsWith(" COUNTY", StringComparison.OrdinalIgnoreCase) || name.EndsWith(" PARISH", StringComparison.OrdinalIgnoreCase) || name.Length < 3)
        {
            return null;
        }

        if (state(m.Groups["state"].Value) is not { Kind: PlaceKind.Admin1, CountryCode: "US" } admin1)
        {
            return null;
        }

        string cased = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        return town(cased, admin1) ?? new Place
        {
            Name = cased,
            Kind = PlaceKind.Locality,
            Admin1 = admin1.Admin1,
            Country = admin1.Country,
            CountryCode = admin1.CountryCode,
        };
    }
}
