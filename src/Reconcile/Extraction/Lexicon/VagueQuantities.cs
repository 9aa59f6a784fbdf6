using System.Collections.Frozen;
using Reconcile.Model;

namespace Reconcile.Extraction.Lexicon;

/// <summary>One vague amount: its words and what each <see cref="VagueQuantityConvention"/> makes of it.</summary>
/// <param name="Words">The lower-case words ("a", "few"); a trailing "of" is matched separately.</param>
/// <param name="Low">The smallest value the words allow under <see cref="VagueQuantityConvention.Interval"/>.</param>
/// <param name="High">The largest value under <see cref="VagueQuantityConvention.Interval"/>, or <see langword="null"/> when open.</param>
/// <param name="Nominal">The point value under <see cref="VagueQuantityConvention.Interval"/> (the conservative reading).</param>
/// <param name="Acled">The point value under <see cref="VagueQuantityConvention.Acled"/>.</param>
/// <param name="NeedsOf">Whether the words only count when "of" follows ("tens of", "a number of", "a couple of").</param>
internal readonly record struct VagueAmount(string[] Words, int Low, int? High, int Nominal, int Acled, bool NeedsOf);

/// <summary>The single table that turns vague amounts ("dozens", "several", "a few") into numbers.</summary>
/// <remarks>
/// <para>
/// <see cref="VagueQuantityConvention.Interval"/> (the default) gives each word the interval of what it can mean, with a
/// conservative nominal value at the bottom of the interval. The intervals are deliberately generous upward so that an
/// early vague figure does not contradict a later precise one ("dozens wounded" then "140 wounded"); "dozens" and
/// "at least 75" overlap, and an open "at least" figure is never capped by a vague word.
/// </para>
/// <para>
/// <see cref="VagueQuantityConvention.Acled"/> follows the ACLED codebook's conventions for reported fatalities: "tens" 10,
/// "dozens" 12, "hundreds" 100, "thousands" 1000, and 10 for "several", "many" and other unknown plurals; these are
/// point values. Where the codebook is silent ("a few", "a handful", "a couple", "scores") the value is Reconcile's
/// analogue, marked in docs/quantities.md.
/// </para>
/// <para>
/// <list type="table">
/// <listheader><term>Words</term><description>Interval [low, high] nominal; ACLED</description></listheader>
/// <item><term>a couple of</term><description>[2, 3] 2; 2</description></item>
/// <item><term>a few</term><description>[2, 9] 3; 3</description></item>
/// <item><term>a handful (of)</term><description>[2, 9] 3; 3</description></item>
/// <item><term>several</term><description>[3, 19] 3; 10</description></item>
/// <item><term>a number of</term><description>[3, 19] 3; 10</description></item>
/// <item><term>many, numerous</term><description>[5, open) 10; 10</description></item>
/// <item><term>tens of</term><description>[20, 99] 20; 10</description></item>
/// <item><term>dozens</term><description>[24, 199] 24; 12</description></item>
/// <item><term>scores</term><description>[40, 199] 40; 20</description></item>
/// <item><term>hundreds</term><description>[200, 999] 200; 100</description></item>
/// <item><term>thousands</term><description>[2000, 9999] 2000; 1000</description></item>
/// <item><term>tens of thousands</term><description>[20000, 99999] 20000; 10000</description></item>
/// <item><term>hundreds of thousands</term><description>[200000, 999999] 200000; 100000</description></item>
/// </list>
/// </para>
/// </remarks>
internal static class VagueQuantities
{
    /// <summary>Gets every vague amount, longest phrases first.</summary>
    public static IReadOnlyList<VagueAmount> Table { get; } =
    [
        new(["tens", "of", "thousands"], 20_000, 99_999, 20_000, 10_000, false),
        new(["hundreds", "of", "thousands"], 200_000, 999_999, 200_000, 100_000, false),
        new(["a", "couple"], 2, 3, 2, 2, true),
        new(["a", "few"], 2, 9, 3, 3, false),
        new(["a", "handful"], 2, 9, 3, 3, false),
        new(["a", "number"], 3, 19, 3, 10, true),
        new(["several"], 3, 19, 3, 10, false),
        new(["many"], 5, null, 10, 10, false),
        new(["numerous"], 5, null, 10, 10, false),
        new(["tens"], 20, 99, 20, 10, true),
        new(["dozens"], 24, 199, 24, 12, false),
        new(["scores"], 40, 199, 40, 20, false),
        new(["hundreds"], 200, 999, 200, 100, false),
        new(["thousands"], 2_000, 9_999, 2_000, 1_000, false),
    ];

    private static readonly FrozenDictionary<string, VagueAmount[]> ByFirstWord = Table
        .GroupBy(v => v.Words[0], StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, VagueAmount[]>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the vague amounts that start with <paramref name="firstWord"/>, longest first.</summary>
    /// <param name="firstWord">The first word, any case.</param>
    /// <returns>The candidates, or an empty span.</returns>
    public static ReadOnlySpan<VagueAmount> StartingWith(ReadOnlySpan<char> firstWord)
        => Lookup.TryGetValue(firstWord, out VagueAmount[]? amounts) ? amounts : [];

    /// <summary>Resolves a vague amount under a convention.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="convention">The convention.</param>
    /// <returns>An interval (<see cref="VagueQuantityConvention.Interval"/>) or a point value (<see cref="VagueQuantityConvention.Acled"/>), with <see cref="HedgeKind.Vague"/>.</returns>
    public static Quantity Resolve(in VagueAmount amount, VagueQuantityConvention convention) => convention == VagueQuantityConvention.Acled
        ? new Quantity(amount.Acled, amount.Acled, HedgeKind.Vague, amount.Acled)
        : new Quantity(amount.Low, amount.High, HedgeKind.Vague, amount.Nominal);
}
