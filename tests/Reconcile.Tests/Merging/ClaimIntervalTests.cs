using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

public class ClaimIntervalTests
{
    [Theory]
    [InlineData(75, null, HedgeKind.AtLeast, 75, false, 75, null, 75)]         // "at least 75": [75, open), best is the bound
    [InlineData(31, null, HedgeKind.MoreThan, 30, false, 31, null, 31)]        // "more than 30": [31, open)
    [InlineData(30, null, HedgeKind.MoreThan, 30, false, 31, null, 31)]        // a "more than" whose low repeats the number still excludes it
    [InlineData(null, null, HedgeKind.AtMost, 20, false, 0, 19, 19)]           // "nearly 20": below 20
    [InlineData(16, 20, HedgeKind.AtMost, 20, false, 16, 20, 20)]             // "nearly 20" as the parser reads it: the point is the number said
    [InlineData(null, 999, HedgeKind.AtMost, 200, false, 0, 999, 200)]        // "up to hundreds": the vague word's nominal, not its top
    [InlineData(null, 20, HedgeKind.AtMost, 20, false, 0, 20, 20)]             // "up to 20": the extractor's upper bound is kept
    [InlineData(24, 99, HedgeKind.Vague, 24, false, 24, 99, 24)]               // "dozens": the table's interval and nominal value
    [InlineData(27, 33, HedgeKind.Approximately, 30, false, 27, 33, 30)]       // "about 30": rounded, point value is the number said
    [InlineData(51, 51, HedgeKind.Exact, 51, true, 51, null, 51)]              // "51, and the toll is rising": open above
    [InlineData(28, 28, HedgeKind.Exact, 28, false, 28, 28, 28)]               // a plain number
    public void Of_Quantity_GivesInterval(int? low, int? high, HedgeKind hedge, int? nominal, bool rising, int lower, int? upper, int point)
    {
        ClaimInterval i = ClaimInterval.Of(Claim(new Quantity(low, high, hedge, nominal), rising));
        (i.Lower, i.Upper, i.Point, i.Informative).Should().Be((lower, upper, point, true));
    }

    [Fact] // "many were killed" with no number in the table: carries no number, never sets bounds
    public void Of_NoNumberAtAll_IsNotInformative() =>
        ClaimInterval.Of(Claim(Q.None)).Informative.Should().BeFalse();

    [Theory]
    [InlineData(75, null, HedgeKind.AtLeast, 24, 99, HedgeKind.Vague, 1)]      // tolls rise: the higher lower bound is later
    [InlineData(75, 75, HedgeKind.Exact, 75, null, HedgeKind.AtLeast, 1)]      // same bound: exact words are more specific
    [InlineData(20, 30, HedgeKind.Approximately, 20, 40, HedgeKind.Approximately, 1)] // same bound and words: narrower is later
    [InlineData(18, null, HedgeKind.AtLeast, 18, null, HedgeKind.AtLeast, 0)] // the same figure: neither is later
    public void CompareTollsRise_TwoFigures_OrdersByBoundThenSpecificity(int aLow, int? aHigh, HedgeKind aHedge, int bLow, int? bHigh, HedgeKind bHedge, int expected)
    {
        ClaimInterval a = ClaimInterval.Of(Claim(new Quantity(aLow, aHigh, aHedge, aLow)));
        ClaimInterval b = ClaimInterval.Of(Claim(new Quantity(bLow, bHigh, bHedge, bLow)));
        Math.Sign(ClaimInterval.CompareTollsRise(a, b)).Should().Be(expected);
        Math.Sign(ClaimInterval.CompareTollsRise(b, a)).Should().Be(-expected);
    }

    [Theory]
    [InlineData(28, 28, 31, null, false)] // the monitor's 28 vs "more than 30": no common value
    [InlineData(24, 99, 75, null, true)]  // "dozens" can be read with "at least 75"
    [InlineData(0, 19, 19, 19, true)]     // bounds are inclusive
    public void Overlaps_TwoIntervals(int aLow, int? aHigh, int bLow, int? bHigh, bool expected)
    {
        var a = new ClaimInterval(aLow, aHigh, aLow, HedgeKind.Exact, true);
        var b = new ClaimInterval(bLow, bHigh, bLow, HedgeKind.Exact, true);
        a.Overlaps(b).Should().Be(expected);
        b.Overlaps(a).Should().Be(expected);
    }

    private static CasualtyClaim Claim(Quantity q, bool rising = false) => new()
    {
        Measure = CasualtyMeasure.Killed,
        Quantity = q,
        Span = new TextSpan(0, 1),
        Quote = "x",
        Rising = rising,
    };
}
