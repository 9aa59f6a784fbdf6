using Reconcile.Model;

namespace Reconcile.Output;

/// <summary>HTML pieces shared by the review page (<see cref="HtmlResultFormatter"/>) and the notebook views of
/// Reconcile.Interactive, which compiles this file in as source (no internals cross the package boundary).</summary>
internal static class HtmlText
{
    private const int ContextChars = 220;

    /// <summary>The sentence around a span: back to the previous sentence end or line break, forward to the next, at most
    /// <see cref="ContextChars"/> characters each way.</summary>
    public static (int From, int To) Sentence(string text, TextSpan span)
    {
        int from = span.Start;
        int limit = Math.Max(0, span.Start - ContextChars);
        while (from > limit && !IsBoundary(text, from - 1))
        {
            from--;
        }

        while (from < span.Start && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        int to = span.End;
        int max = Math.Min(text.Length, span.End + ContextChars);
        while (to < max && text[to] != '\n' && !(text[to] is '.' or '!' or '?' && (to + 1 == text.Length || char.IsWhiteSpace(text[to + 1]))))
        {
            to++;
        }

        if (to < max && text[to] is '.' or '!' or '?')
        {
            to++;
        }

        // Never split a surrogate pair at either end.
        if (from > 0 && from < text.Length && char.IsLowSurrogate(text[from]))
        {
            from--;
        }

        if (to > 0 && to < text.Length && char.IsLowSurrogate(text[to]))
        {
            to++;
        }

        return (from, to);
    }

    private static bool IsBoundary(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));

    public static string DateText(DateRange date) => (date.Earliest, date.Latest) switch
    {
        ({ } a, { } b) when a == b => OutputNames.Iso(a),
        ({ } a, { } b) => OutputNames.Iso(a) + " to " + OutputNames.Iso(b),
        _ => "date unknown",
    };

    /// <summary>Opens a claim's list item and writes its quote and attribution: source, outlet, as-of date, status and, for a
    /// claim about another event, its relevance and cue. The caller adds where it was said and closes the item.</summary>
    public static void WriteClaimAttribution(TextWriter o, AttributedClaim attributed)
    {
        CasualtyClaim claim = attributed.Claim;
        o.Write("<li class=\"claim ");
        o.Write(OutputNames.Status(attributed.Status));
        o.Write("\"><span class=\"quote\">“");
        Encode(o, claim.Quote);
        o.Write("”</span> <span class=\"muted\">");
        Encode(o, claim.Source ?? "no source named");
        if (attributed.Outlet is { } outlet)
        {
            o.Write(" via ");
            Encode(o, outlet);
        }

        if (claim.AsOf is { } asOf)
        {
            o.Write(", as of ");
            o.Write(OutputNames.Iso(asOf));
        }

        o.Write(", ");
        o.Write(OutputNames.Status(attributed.Status));
        if (claim.RelevanceCue is { } cue)
        {
            o.Write(" (");
            Encode(o, OutputNames.Relevance(claim.Relevance));
            o.Write(": “");
            Encode(o, cue);
            o.Write("”)");
        }
    }

    /// <summary>One conflict: the field, each value with the mentions that gave it.</summary>
    public static void WriteConflict(TextWriter o, FieldConflict conflict)
    {
        o.Write("<div class=\"conflict\">Conflict on ");
        Encode(o, conflict.Field);
        o.Write(": ");
        for (int i = 0; i < conflict.Values.Count; i++)
        {
            o.Write(i == 0 ? string.Empty : " vs ");
            Encode(o, conflict.Values[i].Value);
            o.Write(" <span class=\"muted\">(");
            Encode(o, string.Join(", ", conflict.Values[i].MentionIds));
            o.Write(")</span>");
        }

        o.Write("</div>\n");
    }

    public static void Encode(TextWriter o, string? text) => Encode(o, text.AsSpan());

    /// <summary>HTML-encodes text for element content and double-quoted attributes: &amp; &lt; &gt; &quot; &#39; are escaped,
    /// NUL and other C0 controls except tab and line breaks become U+FFFD (they are not allowed in HTML), the rest is written as is.</summary>
    public static void Encode(TextWriter o, ReadOnlySpan<char> text)
    {
        int last = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => null,
                < ' ' or '\u007f' => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            o.Write(text[last..i]);
            o.Write(replacement);
            last = i + 1;
        }

        o.Write(text[last..]);
    }
}
