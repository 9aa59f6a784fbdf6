using System.Text.Json;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests.Output;

public class GeoJsonResultFormatterTests
{
    private static JsonElement Parse(ReconcileResult result)
    {
        using JsonDocument doc = JsonDocument.Parse(TestRecords.Format(new GeoJsonResultFormatter(), result));
        return doc.RootElement.Clone();
    }

    [Fact] // RFC 7946: a FeatureCollection of Point features whose coordinates are [longitude, latitude]; an incident without
           // coordinates is left out of the map
    public void Format_HandBuiltResult_OnePointPerPlacedIncident()
    {
        JsonElement root = Parse(TestRecords.Result());
        root.GetProperty("type").GetString().Should().Be("FeatureCollection");
        JsonElement feature = root.GetProperty("features").EnumerateArray().Should().ContainSingle().Subject;
        feature.GetProperty("type").GetString().Should().Be("Feature");
        feature.GetProperty("id").GetString().Should().Be("inc-000000000001");
        feature.GetProperty("geometry").GetProperty("type").GetString().Should().Be("Point");
        feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(e => e.GetDouble()).Should().Equal(40.5, 35.0);
    }

    [Fact] // the properties carry the record's main fields with their precision, and figures as low/best/high (null when open)
    public void Format_HandBuiltResult_PropertiesCarryFieldsAndFigures()
    {
        JsonElement p = Parse(TestRecords.Result()).GetProperty("features")[0].GetProperty("properties");
        p.GetProperty("type").GetString().Should().Be("car-bombing");
        p.GetProperty("dateStart").GetString().Should().Be("2017-11-04");
        p.GetProperty("datePrecision").GetString().Should().Be("day");
        p.GetProperty("placeKind").GetString().Should().Be("admin1");
        p.GetProperty("countryCode").GetString().Should().Be("SY");
        p.GetProperty("killedLow").GetInt32().Should().Be(75);
        p.GetProperty("killedBest").GetInt32().Should().Be(75);
        p.GetProperty("killedHigh").ValueKind.Should().Be(JsonValueKind.Null, "'at least 75' has no upper bound");
        p.GetProperty("woundedBest").GetInt32().Should().Be(12);
        p.GetProperty("grade").GetString().Should().Be("single-source");
        p.GetProperty("sources").EnumerateArray().Select(e => e.GetString()).Should().Equal("Syrian Observatory for Human Rights");
        p.GetProperty("reports").EnumerateArray().Select(e => e.GetString()).Should().Equal("a", "b");
    }

    [Fact] // nothing placed gives an empty but valid collection
    public void Format_NoPlacedIncident_EmptyCollection()
    {
        JsonElement root = Parse(new ReconcileResult { Reports = [], Incidents = [new IncidentRecord { Id = "i", Reports = [], Mentions = [] }] });
        root.GetProperty("features").GetArrayLength().Should().Be(0);
    }

    [Fact] // a place name from an untrusted report is data: quotes, markup and control characters stay inside a valid string
    public void Format_HostilePlaceName_StaysValidJson()
    {
        IncidentRecord incident = TestRecords.Incident() with
        {
            Place = new Place { Name = "\"},\"x\":1,</script><script>alert(1)</script>\u0001", Kind = PlaceKind.Locality, Latitude = 1, Longitude = 2 },
        };
        JsonElement p = Parse(new ReconcileResult { Reports = [], Incidents = [incident] }).GetProperty("features")[0].GetProperty("properties");
        p.GetProperty("place").GetString().Should().Be(incident.Place!.Name);
        p.TryGetProperty("x", out _).Should().BeFalse();
    }

    [Fact] // a coordinate that is not a number is not a point: left out rather than written as invalid JSON
    public void Format_NonFiniteCoordinate_LeftOut()
    {
        IncidentRecord incident = TestRecords.Incident() with { Place = new Place { Name = "x", Kind = PlaceKind.Locality, Latitude = double.NaN, Longitude = 2 } };
        Parse(new ReconcileResult { Reports = [], Incidents = [incident] }).GetProperty("features").GetArrayLength().Should().Be(0);
    }
}
