namespace Reconcile.Clustering;

/// <summary>Settings for <see cref="IncidentClusterer"/>: the weights of the pairwise evidence, blocking limits and the linkage threshold.</summary>
/// <remarks>
/// <para>Two mentions are scored by adding named log-odds weights (Fellegi–Sunter style): a positive weight is evidence that they describe
/// the same incident, a negative one that they do not. Groups of mentions are then joined by average-link agglomerative clustering while
/// their average pair score stays above <see cref="LinkThreshold"/>. One set of defaults serves every input: the lexical curve was
/// fitted on the cosine histograms of ECB+ and the Gun Violence Corpus, and the other weights by logistic regression on their
/// candidate pairs with extracted mentions (<c>quality ... --fit</c>, see <c>benchmarks/README.md</c>), then bounded so that
/// logical disagreements (another weekday, another province, another type) always count against.</para>
/// <para>Mutable configuration; do not change an instance while a clusterer that uses it is running.</para>
/// </remarks>
public sealed class ClusteringOptions
{
    /// <summary>Gets or sets the average pair score above which two groups of mentions are joined.</summary>
    /// <value>The default value is 0.</value>
    public double LinkThreshold { get; set; }

    /// <summary>Gets or sets the score assumed for a pair of mentions that blocking never compared (nothing in common worth comparing).</summary>
    /// <value>The default value is -1.</value>
    public double MissingPairScore { get; set; } = -1;

    /// <summary>Gets or sets the weight of lexical similarity: the pair gains <c>LexicalWeight * ln(cosine / LexicalMidpoint)</c>,
    /// bounded below by <see cref="LexicalFloor"/> and above by 8, where cosine is the TF-IDF cosine of the two mentions' sentences
    /// (IDF over the whole input).</summary>
    /// <value>The default value is 7.</value>
    public double LexicalWeight { get; set; } = 7;

    /// <summary>Gets or sets the TF-IDF cosine at which lexical similarity is neutral.</summary>
    /// <value>The default value is 0.16.</value>
    public double LexicalMidpoint { get; set; } = 0.16;

    /// <summary>Gets or sets the most negative weight lexical dissimilarity may contribute, so that one unlike pair does not outweigh a group's other links.</summary>
    /// <remarks>Reports of one incident that share few words (a verdict a year later, a short wire item, a report of the riots that followed
    /// a shooting) reach a cosine below 0.06; at -4 rather than -6 they no longer drag a group's average below the threshold
    /// (ECB+ B-cubed F1 0.948 -> 0.953, Gun Violence Corpus unchanged).</remarks>
    /// <value>The default value is -4.</value>
    public double LexicalFloor { get; set; } = -4;

    /// <summary>Gets or sets the weight of two day-precise dates on the same day.</summary>
    /// <value>The default value is 1.3.</value>
    public double SameDayWeight { get; set; } = 1.3;

    /// <summary>Gets or sets the weight of two day-precise dates one day apart (a night-time incident reported on either day).</summary>
    /// <value>The default value is 0.25.</value>
    public double AdjacentDayWeight { get; set; } = 0.25;

    /// <summary>Gets or sets the weight of two overlapping date intervals at least one of which is coarser than a day.</summary>
    /// <value>The default value is 0.25.</value>
    public double DateOverlapWeight { get; set; } = 0.25;

    /// <summary>Gets or sets the weight of two date intervals that do not meet; it grows towards twice this value with the gap.</summary>
    /// <value>The default value is -1.6.</value>
    public double DateApartWeight { get; set; } = -1.6;

    /// <summary>Gets or sets the weight of two day-precise dates apart where one report also names, for another mention, a day at most one day
    /// from the other's date: a follow-up report dated by its own news (an arrest, a death in hospital) that recalls the incident's day.
    /// Such a pair is not held apart by <see cref="DayToleranceDays"/>.</summary>
    /// <value>The default value is 0.25.</value>
    public double RecalledDayWeight { get; set; } = 0.25;

    /// <summary>Gets or sets the share of the date-apart (or published-apart) weight that still counts when the later of the two dates is the
    /// lead of a follow-up report, one whose headline tells a later step of the story (an arrest, a trial, a verdict, a funeral): such a
    /// lead is usually dated by that step. Such a lead also sets no <see cref="DayToleranceDays"/> limit.</summary>
    /// <remarks>Chosen on gva-dev's tuning half (1, 0.5, 0.25, 0 give B-cubed F1 0.9398, 0.9401, 0.9390, 0.9390); see benchmarks/README.md.</remarks>
    /// <value>The default value is 0.5.</value>
    public double FollowUpDateFactor { get; set; } = 0.5;

    /// <summary>Gets or sets the weight, for two lead mentions whose dates cannot be compared, of reports published at most a week apart.</summary>
    /// <value>The default value is 0.6.</value>
    public double PublishedNearWeight { get; set; } = 0.6;

    /// <summary>Gets or sets the weight, for two lead mentions whose dates cannot be compared, of reports published more than 30 days apart;
    /// it grows towards twice this value at a year.</summary>
    /// <value>The default value is -2.4.</value>
    public double PublishedApartWeight { get; set; } = -2.4;

    /// <summary>Gets or sets the weight of a weekday-only constraint ("on Saturday" in an undated report) that the other date meets.</summary>
    /// <value>The default value is 0.25.</value>
    public double SameWeekdayWeight { get; set; } = 0.25;

    /// <summary>Gets or sets the weight of a weekday-only constraint that the other date cannot meet.</summary>
    /// <value>The default value is -1.</value>
    public double DifferentWeekdayWeight { get; set; } = -1;

    /// <summary>Gets or sets the weight of the same town or city.</summary>
    /// <value>The default value is 0.5.</value>
    public double SameLocalityWeight { get; set; } = 0.5;

    /// <summary>Gets or sets the weight of one place containing the other (a province and a town in it, a dateline city and its province).</summary>
    /// <value>The default value is 0.5.</value>
    public double PlaceContainsWeight { get; set; } = 0.5;

    /// <summary>Gets or sets the weight of two different towns in the same first-level division; made stronger with distance when both have coordinates.</summary>
    /// <value>The default value is -0.5.</value>
    public double DifferentLocalityWeight { get; set; } = -0.5;

    /// <summary>Gets or sets the weight of two places in different first-level divisions of one country.</summary>
    /// <value>The default value is -1.4.</value>
    public double DifferentAdmin1Weight { get; set; } = -1.4;

    /// <summary>Gets or sets the weight of two places in different countries (a cannot-link constraint only with <see cref="CountryCannotLink"/>).</summary>
    /// <value>The default value is -2.</value>
    public double DifferentCountryWeight { get; set; } = -2;

    /// <summary>Gets or sets the share of a place disagreement (another town, province or country) that counts for each of the two places
    /// that was inferred from the rest of the report (the town it names most, a dateline) instead of found in the mention's own sentences:
    /// such a place is less sure to be where the incident happened.</summary>
    /// <value>The default value is 0.5.</value>
    public double WeakPlaceFactor { get; set; } = 0.5;

    /// <summary>Gets or sets the weight of a rare proper-name pair both mentions give ("Jerry Ortiz", "Bourbon Street": two capitalised
    /// words in a row found in few reports of the input); two or more shared count 1.5 times it.</summary>
    /// <remarks>With <see cref="DifferentNamesWeight"/>, chosen on gva-dev's tuning half among the pairs that keep ECB+ at or above 0.97
    /// and the Gun Violence Corpus at or above 0.98 (grid 0-2 by -0.25 to -1; see benchmarks/README.md).</remarks>
    /// <value>The default value is 0.75.</value>
    public double SharedNameWeight { get; set; } = 0.75;

    /// <summary>Gets or sets the weight of two mentions that each give at least two rare proper-name pairs and share none: look-alike
    /// shootings in one town name different victims and streets.</summary>
    /// <value>The default value is -0.5.</value>
    public double DifferentNamesWeight { get; set; } = -0.5;

    /// <summary>Gets or sets the weight of a person's age both mentions give ("a 17-year-old", "Ortiz, 35,").</summary>
    /// <remarks>0 by default: on gva-dev's tuning half a shared age adds nothing the words do not already say (0, 0.5, 1 with
    /// <see cref="DifferentAgesWeight"/> -1: 0.9456, 0.9450, 0.9439).</remarks>
    /// <value>The default value is 0.</value>
    public double SharedAgeWeight { get; set; }

    /// <summary>Gets or sets the weight of two mentions that both give people's ages, none in common: local news gives every victim's
    /// and suspect's age, and look-alike shootings in one town rarely share one.</summary>
    /// <remarks>Chosen on gva-dev's tuning half: 0, -0.5, -1, -1.5, -2, -2.5, -3 give 0.9417, 0.9427, 0.9456, 0.9478, 0.9498, 0.9501,
    /// 0.9510 (checking half 0.9409, 0.9415, 0.9427, 0.9422, 0.9426, 0.9430, 0.9424); past -2 the tuning gain is small while ECB+ and
    /// the Gun Violence Corpus start to fall (at -3: 0.9741, 0.9815).</remarks>
    /// <value>The default value is -2.</value>
    public double DifferentAgesWeight { get; set; } = -2;

    /// <summary>Gets or sets the weight of a street name both mentions give ("South Ashland Avenue", "S. Ashland Ave.").</summary>
    /// <value>The default value is 0.9.</value>
    public double SameStreetWeight { get; set; } = 0.9;

    /// <summary>Gets or sets the weight of two mentions that both name streets, none in common.</summary>
    /// <value>The default value is -1.5.</value>
    public double DifferentStreetsWeight { get; set; } = -1.5;

    /// <summary>Gets or sets the weight of the same incident type.</summary>
    /// <value>The default value is 0.6.</value>
    public double SameTypeWeight { get; set; } = 0.6;

    /// <summary>Gets or sets the weight of compatible types, one a kind of the other (a car bombing and a bombing).</summary>
    /// <value>The default value is 0.4.</value>
    public double CompatibleTypeWeight { get; set; } = 0.4;

    /// <summary>Gets or sets the weight of incompatible types (an air strike and a shooting).</summary>
    /// <value>The default value is -0.5.</value>
    public double IncompatibleTypeWeight { get; set; } = -0.5;

    /// <summary>Gets or sets the weight of the same named perpetrator.</summary>
    /// <value>The default value is 0.6.</value>
    public double SamePerpetratorWeight { get; set; } = 0.6;

    /// <summary>Gets or sets the weight of two different named perpetrators.</summary>
    /// <value>The default value is -1.</value>
    public double DifferentPerpetratorWeight { get; set; } = -1;

    /// <summary>Gets or sets the weight of a victim group (displaced people, police...) named by both mentions.</summary>
    /// <value>The default value is 0.25.</value>
    public double SharedVictimGroupWeight { get; set; } = 0.25;

    /// <summary>Gets or sets the weight of the same exact casualty figure for the same measure ("five people shot" in both), for figures
    /// of 20 or more; smaller figures, which agree by chance more often, weigh less (ln(1 + n) / ln(21) of it).</summary>
    /// <value>The default value is 1.</value>
    public double SameFigureWeight { get; set; } = 1;

    /// <summary>Gets or sets the weight of casualty figures whose intervals overlap ("dozens" and "at least 75").</summary>
    /// <value>The default value is 0.25.</value>
    public double CompatibleFiguresWeight { get; set; } = 0.25;

    /// <summary>Gets or sets the weight of casualty figures that cannot both be true (3 killed and 40 killed), unless the smaller was rising or earlier.</summary>
    /// <value>The default value is -1.</value>
    public double ConflictingFiguresWeight { get; set; } = -1;

    /// <summary>Gets or sets the weight of one mention counting injured people and no dead while the other counts at least
    /// <see cref="UncountedDeathsMinimum"/> dead ("five hurt" against "ten killed"): a report of a deadly incident leads with its deaths,
    /// so two such mentions are most likely two incidents, even when their words are alike (two quakes on one island).</summary>
    /// <value>The default value is -4, as strong as the most a low text similarity counts against.</value>
    public double UncountedDeathsWeight { get; set; } = -4;

    /// <summary>Gets or sets the smallest death toll for which <see cref="UncountedDeathsWeight"/> applies; smaller tolls are often a victim
    /// who died later, after the first reports counted them as injured.</summary>
    /// <value>The default value is 3.</value>
    public int UncountedDeathsMinimum { get; set; } = 3;

    /// <summary>Gets or sets the weight of a primary source (a monitor, a police department) quoted by both mentions.</summary>
    /// <value>The default value is 0.4.</value>
    public double SharedSourceWeight { get; set; } = 0.4;

    /// <summary>Gets or sets the largest gap, in days, between day-precise dates that may still be the same incident; beyond it the pair cannot
    /// link unless <see cref="DayToleranceOverride"/> applies.
    /// Smaller gaps are weighed by <see cref="DateApartWeight"/>; the tolerance allows for extraction dating a follow-up by its own events.</summary>
    /// <value>The default value is 7.</value>
    public int DayToleranceDays { get; set; } = 7;

    /// <summary>Gets or sets the average pair score above which two groups of mentions are joined even though their day-precise dates are
    /// further apart than <see cref="DayToleranceDays"/>, provided some pair between them shares at least <see cref="StrongSharedNames"/>
    /// rare proper-name pairs: an extracted date may be the day of a later step of the story (an arrest, a hearing) or a wrong reading,
    /// while the same victims, suspects and streets in both reports still say it is one incident. The date gap already counts against
    /// the pair (<see cref="DateApartWeight"/>). When such groups join, the group with more dated members keeps its day window.</summary>
    /// <remarks>Chosen on gva-dev's tuning half with <see cref="StrongSharedNames"/> (override 0, 0.5, 1, 1.5, 2, 3, 4, 6 by 1-4 names;
    /// 1 with 3 names: tuning half B-cubed F1 0.9553 -> 0.9590, checking half 0.9485 -> 0.9540); see benchmarks/README.md.</remarks>
    /// <value>The default value is 1; a large value (1000) turns the override off.</value>
    public double DayToleranceOverride { get; set; } = 1;

    /// <summary>Gets or sets the factor on <see cref="DateApartWeight"/> when the later of two day-precise dates is the lead of a report
    /// whose headline tells no later news (no arrest, charges, suspect, victim named, death, update, court or funeral): such a report
    /// is dated by its incident, so an earlier date elsewhere is most likely another incident (two shootings in one town days apart).
    /// Both mentions must be such leads, dated the day their report was published or the day before; beyond <see cref="DayToleranceDays"/>
    /// the pair also takes no <see cref="DayToleranceOverride"/>.</summary>
    /// <remarks>Chosen on gva-dev's tuning half: 1, 1.5, 2, 3, 4 give B-cubed F1 0.9579, 0.9585, 0.9590, 0.9598, 0.9602 (3: the smallest
    /// within 0.0005 of the best; checking half 0.9560 -> 0.9569); ECB+ and the Gun Violence Corpus are unchanged (0.9789, 0.9834).</remarks>
    /// <value>The default value is 3.</value>
    public double IncidentDayApartFactor { get; set; } = 3;

    /// <summary>Gets or sets how many rare proper-name pairs (<see cref="SharedNameWeight"/>) two mentions must share for
    /// <see cref="DayToleranceOverride"/> to apply to their groups.</summary>
    /// <value>The default value is 3.</value>
    public int StrongSharedNames { get; set; } = 3;

    /// <summary>Gets or sets how many rare proper-name pairs two mentions that also give a person's age in common ("Rohan Levy, 23")
    /// must share for <see cref="DayToleranceOverride"/> to apply to their groups: an age and a name together say "the same people" as
    /// surely as more names alone. 0 turns this softer condition off.</summary>
    /// <remarks>Chosen on gva-dev's tuning half: 0, 1, 2 give B-cubed F1 0.9589, 0.9594, 0.9590 (checking half 0.9526, 0.9557, 0.9541);
    /// ECB+ and the Gun Violence Corpus are unchanged (0.9789, 0.9834).</remarks>
    /// <value>The default value is 1.</value>
    public int StrongSharedNamesWithAge { get; set; } = 1;

    /// <summary>Gets or sets whether mentions placed in different countries may never be joined (a cannot-link constraint). Only
    /// places named as a country or first-level division count: a town name often exists in several countries.</summary>
    /// <remarks>Off by default: an extracted place is not certain enough to forbid a link (an air strike on a camp in one country by
    /// another country's air force, a territory placed in the territory by some reports and in the neighbouring state by others), so
    /// a different country is weighted evidence (<see cref="DifferentCountryWeight"/>). Turning it off raised ECB+ B-cubed F1 0.9745 -> 0.9782
    /// and left the Gun Violence Corpus and gva-dev unchanged.</remarks>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool CountryCannotLink { get; set; }

    /// <summary>Gets or sets how many of a mention's most distinctive words serve as its lexical blocking keys.</summary>
    /// <value>The default value is 16.</value>
    public int BlockingTermsPerMention { get; set; } = 16;

    /// <summary>Gets or sets the most mentions one blocking key may hold: a word found in more mentions is not a key, and a larger place or
    /// date block is ordered by date and each mention compared only with this many neighbours.</summary>
    /// <value>The default value is 32.</value>
    public int MaxBlockSize { get; set; } = 32;

    /// <summary>Returns a copy that later changes to this instance do not affect: stages read their options once.</summary>
    internal ClusteringOptions Snapshot() => (ClusteringOptions)MemberwiseClone();
}
