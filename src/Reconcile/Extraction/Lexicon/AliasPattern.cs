namespace Reconcile.Extraction.Lexicon;

/// <summary>The letters-only key under which spelling variants of a name meet ("Abdel-Rahman" = "Abdel Rahman").</summary>
internal static class AliasPattern
{
    /// <summary>Writes the letters and digits of <paramref name="source"/>, lower-cased, to <paramref name="destination"/>.</summary>
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

    /// <summary>Returns the key of a name (see <see cref="Normalize"/>).</summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(buffer[..Normalize(name, buffer)]);
    }
}
