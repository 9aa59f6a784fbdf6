using Reconcile.Extraction;
using Reconcile.Extraction.Lexicon;
using Reconcile.Extraction.Quantities;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction.Quantities;

public class QuantityParserTests
{
    [Theory]
    [InlineData((int)HedgeWord.None, 28, 28, 28, HedgeKind.Exact)] // exact
    [InlineData((int)HedgeWord.AtLeast, 75, 75, null, HedgeKind.AtLeast)] // includes n, open above
    [InlineData((int)HedgeWord.MoreThan, 30, 31, null, HedgeKind.MoreThan)] // excludes n
    [InlineData((int)HedgeWord.UpTo, 20, null, 20, HedgeKind.AtMost)] // open below
    [InlineData((int)HedgeWord.FewerThan, 20, null, 19, HedgeKind.AtMost)] // excludes n
    [InlineData((int)HedgeWord.Nearly, 20, 16, 20, HedgeKind.AtMost)] // up to n: reporters round, so n itself stays possible
    [InlineData((int)HedgeWord.About, 30, 27, 33, HedgeKind.Approximately)] // ten per cent band
    [InlineData((int)HedgeWord.About, 1, 0, 2, HedgeKind.Approximately)] // the band never goes below zero
    public void Resolve_ExactCoreWithHedge_GivesDocumentedInterval(int hedge, int n, int? low, int? high, HedgeKind kind)
    {
        Quantity q = QuantityParser.Resolve((HedgeWord)hedge, new NumberCore(CoreKind.Exact, n, n, default), VagueQuantityConvention.Interval);

        q.Should().Be(new Quantity(low, high, kind, n));
    }

    [Fact]
    public void Resolve_VagueUnderBothConventions_EveryTableRowIsConsistent()
    {
        // Every row of the table: a non-empty interval containing its nominal, and a positive ACLED point value.
        foreach (VagueAmount amount in VagueQuantities.Table)
        {
            Quantity interval = QuantityParser.Resolve(HedgeWord.None, new NumberCore(CoreKind.Vague, 0, 0, amount), VagueQuantityConvention.Interval);
            Quantity acled = QuantityParser.Resolve(HedgeWord.None, new NumberCore(CoreKind.Vague, 0, 0, amount), VagueQuantityConvention.Acled);

            interval.Hedge.Should().Be(HedgeKind.Vague);
            interval.Low.Should().BeLessThanOrEqualTo(interval.Nominal!.Value, string.Join(' ', amount.Words));
            if (interval.High is { } high)
            {
                high.Should().BeGreaterThanOrEqualTo(interval.Nominal.Value);
            }

            acled.Low.Should().Be(acled.High).And.Be(acled.Nominal).And.BePositive();
        }
    }

    [Fact]
    public void Resolve_DozensThenAtLeast75_Overlap()
    {
        // An early "dozens" must not contradict a later "at least 75" from the same source.
        VagueAmount dozens = VagueQuantities.Table.Single(v => v.Words is ["dozens"]);
        Quantity vague = QuantityParser.Resolve(HedgeWord.None, new NumberCore(CoreKind.Vague, 0, 0, dozens), VagueQuantityConvention.Interval);
        Quantity atLeast = QuantityParser.Resolve(HedgeWord.AtLeast, new NumberCore(CoreKind.Exact, 75, 75, default), VagueQuantityConvention.Interval);

        vague.Overlaps(atLeast).Should().BeTrue();
        vague.Overlaps(Quantity.Exactly(140)).Should().BeTrue("'dozens wounded' and 'wounded 140' describe the same count in the samples");
    }
}
