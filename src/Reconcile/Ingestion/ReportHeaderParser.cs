using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Reconcile.Ingestion;

/// <summary>Recognises the publication date and outlet that a report's first lines or last line state.</summary>
/// <remarks>
/// <para>Only the first <see cref="HeaderLines"/> non-blank lines and the last non-blank line are looked at, and only
/// phrasings that state the fact outright: a keyworded date ("Published 9:09 PM, November 05, 2017", " date 2017-11-05",
/// "Posted: Jul 24, 2016", "Updated 09/14/2013 01:03 PM"), a line that is only a date ("09 June, 2018", "12:26, 13 July 2018
/// Friday", "11/28/05"), an "Updated" date as a last resort; a numeric date whose day and month could be swapped ("4/9/2007")
/// is not read; an outlet from a "Place - Outlet" first line, an "Outlet / News Desk" line, a byline
/// ("By Jane Doe, Reuters"), a wire credit ("WASHINGTON (AP) —") or a trailing "– Outlet.com".</para>
/// <para>What the text does not state stays <see langword="null"/>. Thread-safe; never throws.</para>
/// </remarks>
internal static partial class ReportHeaderParser
{
    /// <summary>How many non-blank lines at the start of a report are treated as its header.</summary>
    public const int HeaderLines = 8;

    private const int MaxLineChars = 300;

    private const string Month =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string Name = @"\p{Lu}[\p{L}\p{M}&'.]*";

    private static readonly Dictionary<string, string> OutletAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AP"] = "Associated Press",
        ["The Associated Press"] = "Associated Press",
        ["Agence France-Presse"] = "AFP",
        ["Agence France Presse"] = "AFP",
    };

    private static readonly HashSet<string> KnownAgencies = new(StringComparer.Ordinal)
    {
        "AP", "AFP", "Reuters", "UPI", "dpa", "DPA", "Xinhua", "Anadolu", "IANS", "PTI", "ANI", "CNN", "Bloomberg", "TASS", "Yonhap", "Kyodo", "EFE", "ANSA",
    };

    private static readonly string[] RoleWords =
        ["Staff", "Writer", "Reporter", "Correspondent", "Editor", "Contributor", "Columnist", "Special", "Senior", "Chief"];

    /// <summary>Reads the header facts of a report's text.</summary>
    /// <param name="text">The report's text.</param>
    /// <returns>The date and outlet the text states; each <see langword="null"/> when it does not.</returns>
    public static ReportHeader Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<string> lines = CandidateLines(text, out int headerCount);
        return new ReportHeader(FindPublished(lines), FindOutlet(lines, headerCount));
    }

    /// <summary>The first <see cref="HeaderLines"/> non-blank lines, then the last non-blank line when it is not one of them.</summary>
    private static List<string> CandidateLines(string text, out int headerCount)
    {
        var lines = new List<string>(HeaderLines + 1);
        ReadOnlySpan<char> rest = text;
        int consumed = 0;
        while (lines.Count < HeaderLines && rest.Length > 0)
        {
            int nl = rest.IndexOf('\n');
            ReadOnlySpan<char> line = nl < 0 ? rest : rest[..nl];
            AddLine(lines, line);
            consumed += nl < 0 ? rest.Length : nl + 1;
            rest = nl < 0 ? [] : rest[(nl + 1)..];
        }

        headerCount = lines.Count;

        // The last non-blank line, when it lies beyond the header lines.
        ReadOnlySpan<char> tail = text.AsSpan(consumed).TrimEnd();
        if (!tail.IsEmpty)
        {
            int start = tail.LastIndexOf('\n') + 1;
            AddLine(lines, tail[start..]);
        }

        return lines;
    }

    private static void AddLine(List<string> lines, ReadOnlySpan<char> line)
    {
        line = line.Trim().TrimStart('\uFEFF').TrimStart(); // a byte order mark the text kept is no part of its first line's words
        if (line.IsEmpty)
        {
            return;
        }

        lines.Add((line.Length > MaxLineChars ? line[..MaxLineChars] : line).ToString());
    }

    private static LocalDate? FindPublished(List<string> lines)
    {
        // Rank 0: "date"/"Published"/"Posted" keyword; 1: a line that is only a date; 2: "Updated"/"Modified".
        LocalDate? best = null;
        int bestRank = int.MaxValue;
        foreach (string line in lines)
        {
            foreach (string segment in line.Split(['|', '•', '·'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Candidate(segment) is ({ } date, int rank) && rank < bestRank)
                {
                    best = date;
                    bestRank = rank;
                }
            }
        }

        return best;
    }

    private static (LocalDate Date, int Rank)? Candidate(string segment)
    {
        // Every date form has digits: most header and body lines have none.
        if (segment.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return null;
        }

        Match keyword = DateKeyword().Match(segment);
        int from = keyword.Success ? keyword.Length : 0;
        Match date = DateValue().Match(segment, from);
        if (!date.Success || TryDate(date) is not { } value)
        {
            return null;
        }

        if (keyword.Success)
        {
            // Only times, weekdays and zones may stand between the keyword and the date; text may follow.
            if (!IsFiller(segment.AsSpan(from, date.Index - from)))
            {
                return null;
            }

            return (value, keyword.Groups["upd"].Success ? 2 : 0);
        }

        // A bare date counts only when the rest of the segment is filler ("12:26, 13 July 2018 Friday").
        bool alone = IsFiller(segment.AsSpan(0, date.Index)) && IsFiller(segment.AsSpan(date.Index + date.Length));
        return alone ? (value, 1) : null;
    }

    private static bool IsFiller(ReadOnlySpan<char> text)
    {
        if (text.IsWhiteSpace())
        {
            return true;
        }

        string rest = Filler().Replace(text.ToString(), " ");
        foreach (char c in rest)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static LocalDate? TryDate(Match m)
    {
        int year = int.Parse(m.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Length == 2)
        {
            year += year < 70 ? 2000 : 1900;
        }

        int day, month;
        if (m.Groups["a"].Success)
        {
            // "11/28/05" (month first) or "14/09/2013" (day first): only the number above 12 tells the order apart;
            // "4/9/2007" could be either and is left unread rather than guessed.
            int a = int.Parse(m.Groups["a"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            int b = int.Parse(m.Groups["b"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (a != b && a <= 12 && b <= 12)
            {
                return null;
            }

            (month, day) = a <= 12 ? (a, b) : (b, a);
        }
        else
        {
            day = int.Parse(m.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            month = m.Groups["mon"].Success
                ? MonthNumber(m.Groups["mon"].ValueSpan)
                : int.Parse(m.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (year is < ReportReader.MinPublishedYear or > ReportReader.MaxPublishedYear || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        return new LocalDate(year, month, day);
    }

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        ReadOnlySpan<char> p = name[..3];
        return p switch
        {
            _ when p.Equals("jan", StringComparison.OrdinalIgnoreCase) => 1,
            _ when p.Equals("feb", StringComparison.OrdinalIgnoreCase) => 2,
            _ when p.Equals("mar", StringComparison.OrdinalIgnoreCase) => 3,
            _ when p.Equals("apr", StringComparison.OrdinalIgnoreCase) => 4,
            _ when p.Equals("may", StringComparison.OrdinalIgnoreCase) => 5,
            _ when p.Equals("jun", StringComparison.OrdinalIgnoreCase) => 6,
            _ when p.Equals("jul", StringComparison.OrdinalIgnoreCase) => 7,
            _ when p.Equals("aug", StringComparison.OrdinalIgnoreCase) => 8,
            _ when p.Equals("sep", StringComparison.OrdinalIgnoreCase) => 9,
            _ when p.Equals("oct", StringComparison.OrdinalIgnoreCase) => 10,
            _ when p.Equals("nov", StringComparison.OrdinalIgnoreCase) => 11,
            _ => 12,
        };
    }

    private static string? FindOutlet(List<string> lines, int headerCount)
    {
        if (headerCount > 0 && PlaceOutlet().Match(lines[0]) is { Success: true } first)
        {
            return Canonical(first.Groups["outlet"].Value);
        }

        for (int i = 0; i < headerCount; i++)
        {
            if (DeskLine().Match(lines[i]) is { Success: true } desk)
            {
                return Canonical(desk.Groups["outlet"].Value);
            }
        }

        for (int i = 0; i < headerCount; i++)
        {
            if (Byline().Match(lines[i]) is { Success: true } by && !HasRoleWord(by.Groups["outlet"].Value))
            {
                return Canonical(by.Groups["outlet"].Value);
            }
        }

        for (int i = 0; i < headerCount; i++)
        {
            // Without a dateline before it, "(BROOKLYN) -" is more likely a place than an agency: only known agencies count.
            if (WireCredit().Match(lines[i]) is { Success: true } wire
                && (wire.Groups["dl"].Success || KnownAgencies.Contains(wire.Groups["outlet"].Value)))
            {
                return Canonical(wire.Groups["outlet"].Value);
            }
        }

        if (lines.Count > 0 && TrailingDomain().Match(lines[^1]) is { Success: true } domain)
        {
            return Canonical(domain.Groups["outlet"].Value);
        }

        return null;
    }

    private static bool HasRoleWord(string outlet)
    {
        foreach (string word in RoleWords)
        {
            if (outlet.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Canonical(string outlet)
    {
        string trimmed = outlet.Trim().TrimEnd('.');
        return OutletAliases.TryGetValue(trimmed, out string? alias) ? alias : trimmed;
    }

    [GeneratedRegex(@"^\W*(?:date|(?:first\s+)?published(?:\s+time)?|publication\s+date|(?:first\s+)?posted|(?<upd>updated|last\s+updated|modified|edited(?:\s+time)?))\b(?:\s*(?:on|at)\b)?\s*:?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateKeyword();

    [GeneratedRegex(@"(?<![\d.-])(?:(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?![\d])|(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\.?,?\s+(?<y>[0-9]{4})(?!\d)|"
        + Month + @"\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:,|\s+-)?\s+(?<y>[0-9]{4})(?!\d)|"
        + @"(?<a>[0-9]{1,2})\s?/\s?(?<b>[0-9]{1,2})\s?/\s?(?<y>[0-9]{4}|[0-9]{2})(?![\d/]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateValue();

    [GeneratedRegex(@"\b\d{1,2}\s?[:.]\s?\d{2}(?:\s?[:.]\s?\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\b\d{4}\s*(?=(?:gmt|utc|[a-z]{1,3}t)\b)|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b|\b(?:gmt|utc|uk|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|eet|ast|ist|hkt|jst|aest|aedt)\b|\b(?:on|at)\b|[+-]\d{2}:?\d{2}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    // "Deir Ezzor - Arab Today": up to four place words (particles such as "al" allowed), a dash, up to four outlet words.
    [GeneratedRegex(@"^(?:" + Name + @"|(?:al|el|ez|es|ad|ar|as|de|du|la|le|of))(?:[\s-]+(?:" + Name + @"|(?:al|el|ez|es|ad|ar|as|de|du|la|le|of))){0,3}\s+[-–—]\s+(?<outlet>" + Name + @"(?:\s+" + Name + @"){0,3})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceOutlet();

    // "World Bulletin / News Desk", "Daily Sabah / Agencies".
    [GeneratedRegex(@"^(?<outlet>" + Name + @"(?:\s+" + Name + @"){0,4})\s*/\s*(?i:news\s*desk|desk|web\s+desk|staff(?:\s+(?:writer|reporter|report))?|wires?|agencies|newsroom|online)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DeskLine();

    // "By Jane Doe, Reuters", "By Jane Doe and John Roe | The Associated Press".
    [GeneratedRegex(@"^(?i:by)\s+" + Name + @"(?:[\s-]+(?:" + Name + @"|and|&))*\s*(?:,|\||[-–—])\s*(?<outlet>" + Name + @"(?:[\s-]+" + Name + @"){0,3})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    // "WASHINGTON (AP) —", "(Reuters) -": an optional upper-case dateline, the agency in parentheses, a dash.
    [GeneratedRegex(@"^(?<dl>[\p{Lu}][\p{Lu}\s.,'-]*?)?\s*\((?<outlet>\p{Lu}[\p{L}]{1,14}(?:\s\p{Lu}[\p{L}]+){0,2})\)\s*[-–—:]",
        RegexOptions.CultureInvariant)]
    private static partial Regex WireCredit();

    // "... – Rappler.com" at the end of the last line, or a last line that is only "Rappler.com".
    [GeneratedRegex(@"(?:^|[-–—]\s*)(?<outlet>\p{Lu}[\p{L}\d-]*)\.(?:com|net|org|co\.uk|co|info|news|ph|in|uk|au|ca|eu)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDomain();
}
