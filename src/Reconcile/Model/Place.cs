namespace Reconcile.Model;

/// <summary>A place resolved against the gazetteer, with its containment (town in first-level division in country).</summary>
/// <remarks>Immutable. Two places are compatible when one contains the other (see <see cref="Contains"/>).</remarks>
public sealed record Place
{
    /// <summary>Gets the place's canonical name (for example "Deir ez-Zor").</summary>
    public required string Name { get; init; }

    /// <summary>Gets the level of the place.</summary>
    public required PlaceKind Kind { get; init; }

    /// <summary>Gets the first-level division that contains it (the place itself when <see cref="Kind"/> is <see cref="PlaceKind.Admin1"/>).</summary>
    public string? Admin1 { get; init; }

    /// <summary>Gets the country's English name.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country code.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Gets the latitude in decimal degrees, when known.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets the longitude in decimal degrees, when known.</summary>
    public double? Longitude { get; init; }

    /// <summary>Gets the GeoNames id, when the place comes from GeoNames.</summary>
    public long? GeoNameId { get; init; }

    /// <summary>Returns whether this place is, or contains, <paramref name="other"/>.</summary>
    /// <param name="other">The place to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> lies within this place.</returns>
    public bool Contains(Place other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(CountryCode, other.CountryCode, StringComparison.Ordinal))
        {
            return false;
        }

        return Kind switch
        {
            PlaceKind.Country => true,
            PlaceKind.Admin1 => other.Kind != PlaceKind.Country && string.Equals(Admin1, other.Admin1, StringComparison.Ordinal),
            _ => other.Kind == PlaceKind.Locality && (GeoNameId is not null && GeoNameId == other.GeoNameId
                 || string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Admin1, other.Admin1, StringComparison.Ordinal)),
        };
    }

    /// <summary>Returns whether the two places may be the same location: one contains the other.</summary>
    /// <param name="other">The other place.</param>
    /// <returns><see langword="true"/> when either contains the other.</returns>
    public bool IsCompatibleWith(Place other) => Contains(other) || (other ?? throw new ArgumentNullException(nameof(other))).Contains(this);

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
