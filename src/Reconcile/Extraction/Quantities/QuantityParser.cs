using Reconcile.Extraction.Lexicon;
using Reconcile.Model;

namespace Reconcile.Extraction.Quantities;

/// <summary>What kind of number a quantity expression's core is.</summary>
internal enum CoreKind : byte
{
    /// <summary>One value ("75", "seventy-five", "a dozen").</summary>
    Exact,

    /// <summary>Two values ("20 to 30", "two or three", "between 20 and 30").</summary>
    Range,

    /// <summary>A vague word ("dozens", "several").</summary>
    Vague,
}

/// <summary>The number part of a quantity expression before it is resolved.</summary>
/// <param name="Kind">The kind of core.</param>
/// <param name="Value">The value, or the low end of a range.</param>
/// <param name="High">The high end of a range.</param>
/// <param name="Vague">The vague amount, for <see cref="CoreKind.Vague"/>.</param>
internal readonly record struct NumberCore(CoreKind Kind, long Value, long High, VagueAmount Vague);

/// <summary>Resolves a found quantity expression (hedge + core) to a <see cref="Quantity"/> interval.</summary>
/// <remarks>
/// The intervals, documented in docs/quantities.md:
/// exact n is <c>[n, n]</c>; "at least n" <c>[n, open)</c>; "more than n" <c>[n+1, open)</c>; "up to n" <c>(open, n]</c>;
/// "fewer than n" <c>(open, n-1]</c>; "nearly n" <c>[n - max(1, round(n/5)), n]</c> (up to n: reporters say "close to a million" of a round count, so the number itself stays possible); "about n"
/// <c>[n-b, n+b]</c> with <c>b = max(1, ceil(n/10))</c>; a range "a to b" is <c>[a, b]</c> with nominal a and
/// <see cref="HedgeKind.Approximately"/>. A hedge on a vague word keeps the vague word's interval on the bounded side.
/// The nominal value is always the number as said.
/// </remarks>
internal static class QuantityParser
{
    /// <summary>Resolves a hedge and a core.</summary>
    /// <param name="hedge">The hedge before the number (or from "or more" / "or so" after it).</param>
    /// <param name="core">The number.</param>
    /// <param name="convention">The table for vague words.</param>
    /// <returns>The interval.</returns>
    public static Quantity Resolve(HedgeWord hedge, in NumberCore core, VagueQuantityConvention convention)
    {
        if (core.Kind == CoreKind.Vague)
        {
            Quantity vague = VagueQuantities.Resolve(core.Vague, convention);
            return hedge switch
            {
                HedgeWord.AtLeast or HedgeWord.MoreThan => new Quantity(vague.Low, null, QuantityHedges.Kind(hedge), vague.Nominal),
                HedgeWord.UpTo or HedgeWord.FewerThan or HedgeWord.Nearly => new Quantity(null, vague.High ?? vague.Low, HedgeKind.AtMost, vague.Nominal),
                _ => vague,
            };
        }

        int n = Clamp(core.Value);
        if (core.Kind == CoreKind.Range)
        {
            int high = Clamp(core.High);
            return hedge switch
            {
                HedgeWord.AtLeast or HedgeWord.MoreThan => new Quantity(n, null, QuantityHedges.Kind(hedge), n),
                HedgeWord.UpTo or HedgeWord.FewerThan or HedgeWord.Nearly => new Quantity(null, high, HedgeKind.AtMost, high),
                _ => new Quantity(n, high, HedgeKind.Approximately, n),
            };
        }

        switch (hedge)
        {
            case HedgeWord.AtLeast:
                return new Quantity(n, null, HedgeKind.AtLeast, n);
            case HedgeWord.MoreThan:
                return new Quantity(n == int.MaxValue ? n : n + 1, null, HedgeKind.MoreThan, n);
            case HedgeWord.UpTo:
                return new Quantity(null, n, HedgeKind.AtMost, n);
            case HedgeWord.FewerThan:
                return new Quantity(null, Math.Max(0, n - 1), HedgeKind.AtMost, n);
            case HedgeWord.Nearly:
                {
                    int below = Math.Max(1, (int)Math.Round(n / 5.0, MidpointRounding.AwayFromZero));
                    return new Quantity(Math.Max(0, n - below), n, HedgeKind.AtMost, n);
                }

            case HedgeWord.About:
                {
                    int band = Math.Max(1, (int)Math.Ceiling(n / 10.0));
                    return new Quantity(Math.Max(0, n - band), n > int.MaxValue - band ? int.MaxValue : n + band, HedgeKind.Approximately, n);
                }

            default:
                return Quantity.Exactly(n);
        }
    }

    private static int Clamp(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
