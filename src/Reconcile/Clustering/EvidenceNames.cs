namespace Reconcile.Clustering;

/// <summary>The stable names of pairwise evidence, as they appear in <see cref="Model.Evidence.Name"/>.</summary>
internal static class EvidenceNames
{
    public const string Lexical = "text-similarity";
    public const string SameDay = "date-same-day";
    public const string AdjacentDay = "date-adjacent-day";
    public const string DateOverlap = "date-overlap";
    public const string DateApart = "date-apart";
    public const string DateRecalled = "date-recalled";
    public const string DateFollowUp = "date-follow-up";
    public const string PublishedNear = "published-near";
    public const string PublishedApart = "published-apart";
    public const string SameWeekday = "date-same-weekday";
    public const string DifferentWeekday = "date-different-weekday";
    public const string SameLocality = "place-same-town";
    public const string PlaceContains = "place-contains";
    public const string DifferentLocality = "place-different-town";
    public const string DifferentAdmin1 = "place-different-province";
    public const string DifferentCountry = "place-different-country";
    public const string SameStreet = "street-same";
    public const string DifferentStreets = "street-different";
    public const string SameType = "type-same";
    public const string CompatibleType = "type-compatible";
    public const string IncompatibleType = "type-incompatible";
    public const string SamePerpetrator = "perpetrator-same";
    public const string DifferentPerpetrator = "perpetrator-different";
    public const string SharedVictimGroup = "victims-same-group";
    public const string SameFigure = "figures-same";
    public const string CompatibleFigures = "figures-compatible";
    public const string ConflictingFigures = "figures-conflicting";
    public const string UncountedDeaths = "figures-deaths-uncounted";
    public const string SharedSource = "source-shared";
    public const string SharedNames = "names-shared";
    public const string DifferentNames = "names-different";
    public const string SharedAges = "ages-shared";
    public const string DifferentAges = "ages-different";
}
