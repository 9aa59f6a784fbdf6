namespace Reconcile.Extraction;

/// <summary>Whole-word search in a short text (a quote, a speaker phrase): a match not inside a longer word.</summary>
internal static class WholeWords
{
    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/> with no letter right before or after it.</summary>
    public static bool Contains(string text, string word, StringComparison comparison)
    {
        int at = 0;
        while ((at = text.IndexOf(word, at, comparison)) >= 0)
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            at = end;
        }

        return false;
    }
}
