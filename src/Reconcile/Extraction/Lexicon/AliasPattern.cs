using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reconcile.Extraction.Lexicon;

/// <summary>Turns alias tables into one matcher: a regular expression (longest alias first) and a key from an alias's letters.</summary>
/// <remarks>Alias tables are data meant to be extended, so their matchers are built once at type initialization rather than source-generated.</remarks>
internal static class AliasPattern
{
    /// <summary>Escapes an alias and loosens its separators: any run of spaces, an optional or different hyphen, an optional apostrophe of any shape, optional dots.</summary>
    public static string Loose(string alias)
    {
        var sb = new StringBuilder(alias.Length * 2);
        foreach (char c in alias)
        {
            switch (c)
            {
                case ' ':
                    sb.Append("[\\s\\u00A0]+");
                    break;
                case '-':
                    sb.Append("[-\\u2010\\u2011\\u2013\\s]?");
                    break;
                case '\'':
                    sb.Append("['\\u2018\\u2019`]?");
                    break;
                case '.':
                    sb.Append("\\.?");
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString(CultureInfo.InvariantCulture)));
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Builds <c>(?&lt;![\w-])(?:p1|p2|...)(?!\w)</c> from pieces, longest literal first (ordinal tie-break, so the pattern is deterministic).</summary>
    public static Regex Build(List<(int Length, string Pattern)> pieces)
    {
        pieces.Sort(static (x, y) => x.Length != y.Length ? y.Length.CompareTo(x.Length) : string.CompareOrdinal(x.Pattern, y.Pattern));
        var sb = new StringBuilder("(?<![\\w-])(?:");
        for (int i = 0; i < pieces.Count; i++)
        {
            sb.Append(i == 0 ? string.Empty : "|").Append(pieces[i].Pattern);
        }

        sb.Append(")(?!\\w)");
        return new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>Writes the letters and digits of <paramref name="source"/>, lower-cased, to <paramref name="destination"/>: the key under which spelling variants meet.</summary>
    /// <returns>The number of characters written.</returns>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        int n = 0;
        foreach (char c in source)
        {
            if (char.IsLetterOrDigit(c))
            {
                destination[n++] = char.ToLowerInvariant(c);
            }
        }

        return n;
    }

    /// <summary>Returns the key of an alias (see <see cref="Normalize"/>).</summary>
    public static string Key(ReadOnlySpan<char> alias)
    {
        Span<char> buffer = alias.Length <= 256 ? stackalloc char[alias.Length] : new char[alias.Length];
        return new string(buffer[..Normalize(alias, buffer)]);
    }
}
