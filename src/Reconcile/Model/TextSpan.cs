namespace Reconcile.Model;

/// <summary>A half-open range of UTF-16 code units, <c>[Start, End)</c>, in a report's text as ingested.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Gets the number of characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>Returns whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> starts and ends within this span.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Returns whether this span and <paramref name="other"/> share at least one character.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>Returns the text this span covers.</summary>
    /// <param name="text">The text the span indexes into.</param>
    /// <returns>The substring from <see cref="Start"/> to <see cref="End"/>.</returns>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
