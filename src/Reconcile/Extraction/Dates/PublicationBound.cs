using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Reconcile.Extraction;

/// <summary>Corrects a publication date that a web archive's capture proves impossible: a page cannot be published after it was captured.</summary>
/// <remarks>
/// <para>Reports collected from a web archive carry the capture time in their address
/// ("https://web.archive.org/web/20141015130845/http://example.com/story"), and some carry, as their publication date, the day
/// they were collected rather than the day they were written. When the given publication day falls after the capture day, the
/// page existed before it, so relative words ("Saturday", "yesterday") are read against the latest day the page can have been
/// written: the date in the original address's path ("/2014/08/09/") when it is one no later than the capture, otherwise the
/// capture day itself.</para>
/// <para>A publication day on or before the capture, an address without a capture stamp or a stamp that is no calendar day
/// leave the given day as it is.</para>
/// </remarks>
internal static partial class PublicationBound
{
    /// <summary>The day a report's relative dates are read against, given its stated publication day and address.</summary>
    /// <param name="published">The report's stated publication day, when it has one.</param>
    /// <param name="url">The report's address, when it has one.</param>
    /// <returns><paramref name="published"/>, or the bound the address proves when <paramref name="published"/> falls after it.</returns>
    public static LocalDate? Apply(LocalDate? published, string? url)
    {
        if (published is not { } given || string.IsNullOrEmpty(url))
        {
            return published;
        }

        Match capture = CapturePattern().Match(url);
        if (!capture.Success || Day(capture.Groups["y"].Value, capture.Groups["m"].Value, capture.Groups["d"].Value) is not { } captured || given <= captured)
        {
            return published;
        }

        Match path = PathDatePattern().Match(url, capture.Index + capture.Length);
        return path.Success && Day(path.Groups["y"].Value, path.Groups["m"].Value, path.Groups["d"].Value) is { } dated && dated <= captured
            ? dated
            : captured;
    }

    private static LocalDate? Day(string year, string month, string day)
    {
        int y = int.Parse(year, NumberStyles.None, CultureInfo.InvariantCulture);
        int m = int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture);
        int d = int.Parse(day, NumberStyles.None, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m) ? new LocalDate(y, m, d) : null;
    }

    // The Wayback Machine's capture stamp: "/web/" then 14 digits (yyyyMMddHHmmss), optionally a mode suffix ("id_"), then "/".
    [GeneratedRegex(@"\bweb\.archive\.org/web/(?<y>(?:19|20)[0-9]{2})(?<m>[0-9]{2})(?<d>[0-9]{2})[0-9]{0,6}(?:[a-z]{2}_)?/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CapturePattern();

    // A day in the original address's path: "/2014/08/09/" or "/2014/8/9/".
    [GeneratedRegex(@"/(?<y>(?:19|20)[0-9]{2})/(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})(?:/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PathDatePattern();
}
