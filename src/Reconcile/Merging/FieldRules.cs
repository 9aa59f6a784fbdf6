using System.Globalization;
using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>The <see cref="IFieldRules{T}"/> of the type, place and perpetrator fields.</summary>
internal static class FieldRules
{
    /// <summary>Gets the rules of the incident type: a car bombing refines a bombing, which refines an attack.</summary>
    public static IFieldRules<IncidentType> Type { get; } = new TypeRules();

    /// <summary>Gets the rules of the place: a town refines its province, which refines its country.</summary>
    public static IFieldRules<Place> Place { get; } = new PlaceRules();

    /// <summary>Gets the rules of the perpetrator: canonical names, equal ignoring case.</summary>
    public static IFieldRules<string> Perpetrator { get; } = new PerpetratorRules();

    private sealed class TypeRules : IFieldRules<IncidentType>
    {
        public string Field => "type";

        public string Key(IncidentType value) => value.ToKebabCase();

        public string Display(IncidentType value) => value.ToKebabCase();

        public bool Compatible(IncidentType a, IncidentType b) => a.IsCompatibleWith(b);

        public int Depth(IncidentType value)
        {
            int depth = 0;
            for (IncidentType? t = value.Parent(); t is not null; t = t.Value.Parent())
            {
                depth++;
            }

            return depth;
        }
    }

    private sealed class PlaceRules : IFieldRules<Place>
    {
        public string Field => "place";

        public string Key(Place value) => string.Join(
            '|',
            value.CountryCode,
            value.Admin1,
            ((int)value.Kind).ToString(CultureInfo.InvariantCulture),
            value.GeoNameId?.ToString(CultureInfo.InvariantCulture),
            value.Name);

        public string Display(Place value) =>
            value.Kind == PlaceKind.Locality && !string.IsNullOrEmpty(value.Admin1) ? value.Name + ", " + value.Admin1 : value.Name;

        public bool Compatible(Place a, Place b) => a.IsCompatibleWith(b);

        public int Depth(Place value) => value.Kind switch
        {
            PlaceKind.Country => 0,
            PlaceKind.Admin1 => 1,
            _ => 2,
        };
    }

    private sealed class PerpetratorRules : IFieldRules<string>
    {
        public string Field => "perpetrator";

        public string Key(string value) => value.Trim().ToUpperInvariant();

        public string Display(string value) => value.Trim();

        public bool Compatible(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

        public int Depth(string value) => 0;
    }
}
