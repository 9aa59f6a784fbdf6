using System.Text.RegularExpressions;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction.Places;

/// <summary>A deliberately simple sentence splitter for place tests, so they do not depend on the real splitter.</summary>
internal static partial class PlaceTestText
{
    public static IReadOnlyList<TextSpan> Sentences(string text)
    {
        var spans = new List<TextSpan>();
        int start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            if (m.Index > start)
            {
                spans.Add(new TextSpan(start, m.Index));
            }

            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            spans.Add(new TextSpan(start, text.Length));
        }

        return spans;
    }

    [GeneratedRegex("""(?<=[a-z0-9][.!?]["”’]?)\s+(?=[A-Z"“])|\n\s*""", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
