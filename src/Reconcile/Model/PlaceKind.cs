namespace Reconcile.Model;

/// <summary>What level of the administrative hierarchy a place is.</summary>
public enum PlaceKind
{
    /// <summary>A city, town, village or neighbourhood.</summary>
    Locality = 0,

    /// <summary>A first-level division: a province, governorate or US state.</summary>
    Admin1,

    /// <summary>A country.</summary>
    Country,
}
