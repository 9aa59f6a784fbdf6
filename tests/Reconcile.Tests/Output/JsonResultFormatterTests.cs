using System.Text.Json;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests.Output;

public class JsonResultFormatterTests
{
    private static JsonElement Parse(ReconcileResult result)
    {
        using JsonDocument doc = JsonDocument.Parse(TestRecords.Format(new JsonResultFormatter(), result));
        return doc.RootElement.Clone();
    }

    private static string[] Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact] // the contract's keys, in their stable order (added fields come after the contract's own)
    public void Format_HandBuiltResult_HasContractShape()
    {
        JsonElement root = Parse(TestRecords.Result());
        Keys(root).Should().Equal("reports", "incidents");
        JsonElement report = root.GetProperty("reports")[0];
        Keys(report).Should().StartWith(["id", "outlet", "published", "incidents", "problems"]);
        JsonElement incident = root.GetProperty("incidents")[0];
        Keys(incident).Should().StartWith(["id", "type", "date", "place", "perpetrator", "reports", "figures"]).And.Contain(["grade", "why", "conflicts"]);
        Keys(incident.GetProperty("date")).Should().StartWith(["earliest", "latest"]);
        Keys(incident.GetProperty("place")).Should().StartWith(["name", "admin1", "country", "latitude", "longitude"]);
        JsonElement figure = incident.GetProperty("figures")[0];
        Keys(figure).Should().StartWith(["measure", "group", "low", "best", "high", "claims"]).And.Contain(["conservative", "grade", "independentSources", "why"]);
        JsonElement claim = figure.GetProperty("claims")[0];
        Keys(claim).Should().StartWith(["report", "quote", "start", "end", "low", "high", "source", "asOf", "status"]).And.Contain(["outlet", "hedge", "belligerentSource"]);
        Keys(incident.GetProperty("why")[1]).Should().Equal("mention", "linkedTo", "score", "evidence");
        Keys(incident.GetProperty("why")[1].GetProperty("evidence")[0]).Should().Equal("name", "weight", "detail");
        Keys(report.GetProperty("problems").EnumerateArray().DefaultIfEmpty(root.GetProperty("reports")[2].GetProperty("problems")[0]).First()).Should().Equal("code", "message");
    }

    [Fact] // values are written in the contract's forms: kebab-case names, yyyy-MM-dd dates, null for Unspecified group and open bounds
    public void Format_HandBuiltResult_Values()
    {
        JsonElement incident = Parse(TestRecords.Result()).GetProperty("incidents")[0];
        incident.GetProperty("type").GetString().Should().Be("car-bombing");
        incident.GetProperty("date").GetProperty("earliest").GetString().Should().Be("2017-11-04");
        incident.GetProperty("place").GetProperty("latitude").GetDouble().Should().Be(35.0);
        JsonElement killed = incident.GetProperty("figures")[0];
        killed.GetProperty("measure").GetString().Should().Be("killed");
        killed.GetProperty("group").ValueKind.Should().Be(JsonValueKind.Null);
        killed.GetProperty("high").ValueKind.Should().Be(JsonValueKind.Null);
        killed.GetProperty("best").GetInt32().Should().Be(75);
        JsonElement claim = killed.GetProperty("claims")[0];
        claim.GetProperty("asOf").GetString().Should().Be("2017-11-05");
        claim.GetProperty("status").GetString().Should().Be("current");
        claim.GetProperty("hedge").GetString().Should().Be("at-least");
        claim.GetProperty("outlet").GetString().Should().Be("Rappler");
        killed.GetProperty("claims")[1].GetProperty("status").GetString().Should().Be("superseded");
        JsonElement wounded = incident.GetProperty("figures")[1];
        wounded.GetProperty("group").GetString().Should().Be("government-forces");
        wounded.GetProperty("grade").GetString().Should().Be("contested");
        incident.GetProperty("why")[0].GetProperty("linkedTo").ValueKind.Should().Be(JsonValueKind.Null);
        incident.GetProperty("why")[1].GetProperty("score").GetDouble().Should().Be(3.25);
    }

    [Fact] // every quote is exactly the report's text over [start, end), so a reader can find the words
    public void Format_Claims_QuoteEqualsTextSlice()
    {
        ReconcileResult result = TestRecords.Result();
        var texts = result.Reports.ToDictionary(r => r.Report.Id, r => r.Report.Text);
        var claims = Parse(result).GetProperty("incidents").EnumerateArray()
            .SelectMany(i => i.GetProperty("figures").EnumerateArray())
            .SelectMany(f => f.GetProperty("claims").EnumerateArray())
            .ToList();
        claims.Should().HaveCount(2);
        foreach (JsonElement c in claims)
        {
            int start = c.GetProperty("start").GetInt32();
            int end = c.GetProperty("end").GetInt32();
            c.GetProperty("quote").GetString().Should().Be(texts[c.GetProperty("report").GetString()!][start..end]);
        }
    }

    [Fact] // an incident with nothing known still has every key, with nulls
    public void Format_EmptyIncident_AllKeysPresentWithNulls()
    {
        JsonElement bare = Parse(TestRecords.Result()).GetProperty("incidents")[1];
        bare.GetProperty("type").ValueKind.Should().Be(JsonValueKind.Null);
        bare.GetProperty("perpetrator").ValueKind.Should().Be(JsonValueKind.Null);
        Keys(bare.GetProperty("place")).Should().StartWith(["name", "admin1", "country", "latitude", "longitude"]);
        bare.GetProperty("place").EnumerateObject().Should().OnlyContain(p => p.Value.ValueKind == JsonValueKind.Null);
        bare.GetProperty("date").GetProperty("earliest").ValueKind.Should().Be(JsonValueKind.Null);
        bare.GetProperty("figures").GetArrayLength().Should().Be(0);
    }

    [Fact] // two-space indentation, \n line ends, non-ASCII unescaped, quotes and newlines escaped
    public void Format_Layout_HumanReadableAndValid()
    {
        string json = TestRecords.Format(new JsonResultFormatter(), TestRecords.Result());
        json.Should().StartWith("{\n  \"reports\": [\n    {\n      \"id\": \"a\",");
        json.Should().NotContain("\r").And.EndWith("}\n");
        json.Should().Contain("UTF-8 – skipped").And.Contain("killed \\\"at least 75");
    }

    [Fact] // the same input in any order and on any thread count gives the same bytes
    public void Format_ReconcileShuffledInput_SameBytes()
    {
        Report[] reports =
        [
            ReportReader.FromText("r1", "Deir Ezzor - Arab Today\nA car bombing killed dozens of displaced people on Saturday."),
            ReportReader.FromText("r2", "Published 9:09 PM, November 05, 2017\n\nA car bombing killed at least 75 displaced people. – Rappler.com"),
            ReportReader.FromText("r3", "An air strike killed 28 civilians in Deir Ezzor, a monitor said on Friday."),
            ReportReader.FromText("r4", "Nothing of note happened."),
            ReportReader.FromText("r5", string.Empty),
        ];
        string Run(IEnumerable<Report> input, int threads) =>
            TestRecords.Format(new JsonResultFormatter(), new Reconciler(new ReconcilerOptions { MaxDegreeOfParallelism = threads }).Reconcile(input));

        string expected = Run(reports, 1);
        var rng = new Random(12345);
        for (int i = 0; i < 5; i++)
        {
            Run(reports.OrderBy(_ => rng.Next()).ToArray(), 1 + (i % 2)).Should().Be(expected);
        }

        JsonElement root = JsonDocument.Parse(expected).RootElement;
        root.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("r1", "r2", "r3", "r4", "r5");
    }

    [Fact] // end to end on the bundled samples: every claim's quote is exactly the report's text over [start, end)
    public void Format_BundledSamples_QuotesIndexTheIngestedText()
    {
        IReadOnlyList<Report> reports = new ReportReader().Read([RepoPaths.Combine("samples")]);
        var texts = reports.ToDictionary(r => r.Id, r => r.Text);
        JsonElement root = Parse(new Reconciler().Reconcile(reports));
        root.GetProperty("reports").GetArrayLength().Should().Be(5);
        foreach (JsonElement claim in root.GetProperty("incidents").EnumerateArray()
            .SelectMany(i => i.GetProperty("figures").EnumerateArray())
            .SelectMany(f => f.GetProperty("claims").EnumerateArray()))
        {
            string text = texts[claim.GetProperty("report").GetString()!];
            claim.GetProperty("quote").GetString().Should().Be(text[claim.GetProperty("start").GetInt32()..claim.GetProperty("end").GetInt32()]);
        }
    }

    [Fact] // programmer errors throw
    public void Format_NullArguments_Throw()
    {
        var f = new JsonResultFormatter();
        FluentActions.Invoking(() => f.Format(null!, TextWriter.Null)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => f.Format(TestRecords.Result(), null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact] // a big result is passed on in chunks as it is written, never as one string the size of the output (400,000 reports ran out of memory)
    public void Format_ManyReports_WritesInChunksSameJson()
    {
        ReconcileResult one = TestRecords.Result();
        var reports = new List<ReportOutcome>();
        for (int i = 0; i < 20_000; i++)
        {
            reports.Add(new ReportOutcome
            {
                Report = new Report { Id = "r" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), Text = "x", Title = "Title é ✓ \U0001F600 " + i },
                Incidents = [],
                Problems = [],
            });
        }

        var big = new ReconcileResult { Reports = reports, Incidents = one.Incidents };
        using var writer = new LargestWriteWriter();
        new JsonResultFormatter().Format(big, writer);
        string json = writer.ToString();
        json.Length.Should().BeGreaterThan(2_000_000);
        writer.Largest.Should().BeLessThan(200_000, "the formatter passes its JSON on in chunks of about 64 KB");
        using JsonDocument doc = JsonDocument.Parse(json);
        doc.RootElement.GetProperty("reports").GetArrayLength().Should().Be(20_000);
        doc.RootElement.GetProperty("reports")[19_999].GetProperty("title").GetString().Should().Be("Title é ✓ \U0001F600 19999");
        json.Should().EndWith("}\n");
    }

    private sealed class LargestWriteWriter : StringWriter
    {
        public int Largest { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            Largest = Math.Max(Largest, count);
            base.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            Largest = Math.Max(Largest, value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Largest = Math.Max(Largest, buffer.Length);
            base.Write(buffer);
        }
    }
}
