namespace Reconcile.Internal;

/// <summary>Process-independent hashing for ids (never <c>string.GetHashCode</c>, which is randomised per process).</summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>64-bit FNV-1a over the UTF-16 code units of each part, with a separator between parts.</summary>
    public static ulong Fnv1a64(params ReadOnlySpan<string> parts)
    {
        ulong hash = OffsetBasis;
        foreach (string part in parts)
        {
            foreach (char c in part)
            {
                hash = (hash ^ (byte)c) * Prime;
                hash = (hash ^ (byte)(c >> 8)) * Prime;
            }

            hash = (hash ^ 0x1F) * Prime;
        }

        return hash;
    }

    /// <summary>The first <paramref name="hexDigits"/> lowercase hex digits of <see cref="Fnv1a64"/>.</summary>
    public static string Hex(int hexDigits, params ReadOnlySpan<string> parts)
    {
        return Fnv1a64(parts).ToString("x16", System.Globalization.CultureInfo.InvariantCulture)[..Math.Clamp(hexDigits, 1, 16)];
    }
}
