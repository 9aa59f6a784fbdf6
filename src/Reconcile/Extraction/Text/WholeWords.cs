namespace Reconcile.Extraction;

/// <summary>Whole-word search in a text (a quote, a speaker phrase, a report): a match not inside a longer word.</summary>
internal static class WholeWords
{
    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/> with no letter right before or after it; never for
    /// an empty word.</summary>
    public static bool Contains(ReadOnlySpan<char> text, ReadOnlySpan<char> word, StringComparison comparison)
    {
        int from = 0;
        while (word.Length > 0 && from < text.Length)
        {
            int at = text[from..].IndexOf(word, comparison);
            if (at < 0)
            {
                return false;
            }

            at += from;
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
