namespace Reconcile;

/// <summary>A set of small numbers 0-127 as two 64-bit words: the ages a text gives (<see cref="Clustering.AgeIndex"/>), the ASCII
/// first letters of a word list. Not <see cref="UInt128"/>: ReadyToRun does not precompile a method whose signature or class layout
/// holds that type (its calling convention may change between runtimes), so every method touching one was compiled by the JIT at
/// each start-up instead.</summary>
/// <param name="Low">Members 0-63, bit <c>n</c>.</param>
/// <param name="High">Members 64-127, bit <c>n - 64</c>.</param>
internal readonly record struct Bits128(ulong Low, ulong High)
{
    /// <summary>Gets the set of every number 0-127.</summary>
    public static Bits128 All => new(ulong.MaxValue, ulong.MaxValue);

    /// <summary>Gets whether the set is empty.</summary>
    public bool IsEmpty => (Low | High) == 0;

    /// <summary>The set of one number.</summary>
    /// <param name="n">A number, 0-127.</param>
    public static Bits128 Of(int n) => n < 64 ? new(1UL << n, 0) : new(0, 1UL << (n - 64));

    /// <summary>Whether <paramref name="n"/> (0-127) is in the set.</summary>
    public bool Contains(int n) => ((n < 64 ? Low >> n : High >> (n - 64)) & 1) != 0;

    /// <summary>The members of either set.</summary>
    public Bits128 Union(Bits128 other) => new(Low | other.Low, High | other.High);

    /// <summary>The members of both sets.</summary>
    public Bits128 Intersect(Bits128 other) => new(Low & other.Low, High & other.High);
}
