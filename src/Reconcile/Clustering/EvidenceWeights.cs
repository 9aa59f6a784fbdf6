namespace Reconcile.Clustering;

/// <summary>The one table of pairwise evidence weights (log-odds) and the names under which each appears in explanations.</summary>
internal sealed record EvidenceWeights
{
    /// <summary>The default weights, which <see cref="ClusteringOptions"/> starts from.</summary>
    public static readonly EvidenceWeights Defaults = new();

    public double MissingPair { get; init; } = -1;
    public double Lexical { get; init; } = 7;
    public double LexicalMidpoint { get; init; } = 0.16;
    public double LexicalFloor { get; init; } = -6;
    public double SameDay { get; init; } = 1.3;
    public double AdjacentDay { get; init; } = 0.25;
    public double DateOverlap { get; init; } = 0.25;
    public double DateApart { get; init; } = -1.6;
    public double PublishedNear { get; init; } = 0.6;
    public double PublishedApart { get; init; } = -2.4;
    public double SameWeekday { get; init; } = 0.25;
    public double DifferentWeekday { get; init; } = -1;
    public double SameLocality { get; init; } = 0.5;
    public double PlaceContains { get; init; } = 0.5;
    public double DifferentLocality { get; init; } = -0.5;
    public double DifferentAdmin1 { get; init; } = -1.4;
    public double DifferentCountry { get; init; } = -2;
    public double SameStreet { get; init; } = 0.9;
    public double DifferentStreets { get; init; } = -1.5;
    public double SameType { get; init; } = 0.6;
    public double CompatibleType { get; init; } = 0.4;
    public double IncompatibleType { get; init; } = -0.5;
    public double SamePerpetrator { get; init; } = 0.6;
    public double DifferentPerpetrator { get; init; } = -1;
    public double SharedVictimGroup { get; init; } = 0.25;
    public double SameFigure { get; init; } = 1;
    public double CompatibleFigures { get; init; } = 0.25;
    public double ConflictingFigures { get; init; } = -1;
    public double SharedSource { get; init; } = 0.4;

    /// <summary>Takes the weights from the options.</summary>
    public static EvidenceWeights From(ClusteringOptions o) => new()
    {
        MissingPair = o.MissingPairScore,
        Lexical = o.LexicalWeight,
        LexicalMidpoint = o.LexicalMidpoint,
        LexicalFloor = o.LexicalFloor,
        SameDay = o.SameDayWeight,
        AdjacentDay = o.AdjacentDayWeight,
        DateOverlap = o.DateOverlapWeight,
        DateApart = o.DateApartWeight,
        PublishedNear = o.PublishedNearWeight,
        PublishedApart = o.PublishedApartWeight,
        SameWeekday = o.SameWeekdayWeight,
        DifferentWeekday = o.DifferentWeekdayWeight,
        SameLocality = o.SameLocalityWeight,
        PlaceContains = o.PlaceContainsWeight,
        DifferentLocality = o.DifferentLocalityWeight,
        DifferentAdmin1 = o.DifferentAdmin1Weight,
        DifferentCountry = o.DifferentCountryWeight,
        SameStreet = o.SameStreetWeight,
        DifferentStreets = o.DifferentStreetsWeight,
        SameType = o.SameTypeWeight,
        CompatibleType = o.CompatibleTypeWeight,
        IncompatibleType = o.IncompatibleTypeWeight,
        SamePerpetrator = o.SamePerpetratorWeight,
        DifferentPerpetrator = o.DifferentPerpetratorWeight,
        SharedVictimGroup = o.SharedVictimGroupWeight,
        SameFigure = o.SameFigureWeight,
        CompatibleFigures = o.CompatibleFiguresWeight,
        ConflictingFigures = o.ConflictingFiguresWeight,
        SharedSource = o.SharedSourceWeight,
    };
}

/// <summary>The stable names of pairwise evidence, as they appear in <see cref="Model.Evidence.Name"/>.</summary>
internal static class EvidenceNames
{
    public const string Lexical = "text-similarity";
    public const string SameDay = "date-same-day";
    public const string AdjacentDay = "date-adjacent-day";
    public const string DateOverlap = "date-overlap";
    public const string DateApart = "date-apart";
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
    public const string SharedSource = "source-shared";
}
