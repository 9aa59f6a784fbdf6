using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

public class FieldMergerTests
{
    [Theory]
    [InlineData(new[] { IncidentType.Bombing, IncidentType.SuicideBombing, IncidentType.Attack }, IncidentType.SuicideBombing)] // most specific of one chain
    [InlineData(new[] { IncidentType.Attack, IncidentType.Shooting }, IncidentType.Shooting)]                                     // a shooting is an attack
    [InlineData(new[] { IncidentType.Flood }, IncidentType.Flood)]                                                                 // one value
    public void Merge_CompatibleTypes_MostSpecificNoConflict(IncidentType[] types, IncidentType expected)
    {
        var (found, value, conflict) = FieldMerger.Merge(types.Select((t, i) => ("m" + i, i == 0, t)), FieldRules.Type);
        (found, value, conflict).Should().Be((true, expected, (FieldConflict?)null));
    }

    [Fact] // a car bombing and an air strike cannot both be right: the majority wins and the conflict is kept
    public void Merge_IncompatibleTypes_MajorityAndConflict()
    {
        var (_, value, conflict) = FieldMerger.Merge(
            [("m1", true, IncidentType.AirStrike), ("m2", false, IncidentType.CarBombing), ("m3", false, IncidentType.Bombing), ("m4", false, IncidentType.Attack)],
            FieldRules.Type);
        value.Should().Be(IncidentType.CarBombing); // car bombing is supported by m2, m3 and m4; air strike by m1 and m4
        conflict!.Field.Should().Be("type");
        conflict.Values.Select(v => (v.Value, string.Join(",", v.MentionIds))).Should().Equal(("air-strike", "m1"), ("bombing", "m3"), ("car-bombing", "m2"));
    }

    [Fact] // a tie between incompatible values goes to the lead mention
    public void Merge_TieBetweenIncompatibleValues_LeadWins()
    {
        var (_, value, conflict) = FieldMerger.Merge([("m1", false, IncidentType.Shelling), ("m2", true, IncidentType.AirStrike)], FieldRules.Type);
        value.Should().Be(IncidentType.AirStrike);
        conflict.Should().NotBeNull();
    }

    [Fact] // a town inside a province refines the province
    public void Merge_TownInProvince_Town()
    {
        var (_, value, conflict) = FieldMerger.Merge(
            [("m1", true, TestPlaces.Admin1("Idlib")), ("m2", false, TestPlaces.Town("Maarat", "Idlib")), ("m3", false, TestPlaces.Country("Syria"))],
            FieldRules.Place);
        value.Name.Should().Be("Maarat");
        conflict.Should().BeNull();
    }

    [Fact] // two towns that cannot both be right: conflict lists both towns, not the province that fits both
    public void Merge_TwoTowns_Conflict()
    {
        var (_, value, conflict) = FieldMerger.Merge(
            [("m1", false, TestPlaces.Town("Hajin", "Deir ez-Zor")), ("m2", true, TestPlaces.Town("Susah", "Deir ez-Zor")), ("m3", false, TestPlaces.Admin1("Deir ez-Zor")),
             ("m4", false, TestPlaces.Town("Susah", "Deir ez-Zor"))],
            FieldRules.Place);
        value.Name.Should().Be("Susah");
        conflict!.Values.Select(v => v.Value).Should().Equal("Hajin, Deir ez-Zor", "Susah, Deir ez-Zor");
        conflict.Values[1].MentionIds.Should().Equal("m2", "m4");
    }

    [Fact] // perpetrator names are canonical: equal ignoring case; different names conflict
    public void Merge_Perpetrators_CaseInsensitiveAndConflict()
    {
        FieldMerger.Merge([("m1", true, "Islamic State"), ("m2", false, "islamic state")], FieldRules.Perpetrator).Conflict.Should().BeNull();
        var (_, value, conflict) = FieldMerger.Merge([("m1", true, "Group X"), ("m2", false, "Group Y"), ("m3", false, "Group Y")], FieldRules.Perpetrator);
        value.Should().Be("Group Y");
        conflict!.Values.Should().HaveCount(2);
    }

    [Fact] // no mention has the field
    public void Merge_NoValues_NotFound() =>
        FieldMerger.Merge(Array.Empty<(string, bool, string)>(), FieldRules.Perpetrator).Found.Should().BeFalse();
}
