using Reconcile.Model;

namespace Reconcile.Extraction;

// The findings each recognizer returns; MentionAssembler groups them into IncidentMentions.
// All spans are absolute UTF-16 offsets into Report.Text.

/// <summary>A casualty figure found in a sentence: <see cref="Span"/> covers the number and the words that make it a casualty figure.</summary>
/// <remarks><c>Relevance</c>: whether it counts the incident, another event or a running total, with the words that said so in
/// <c>RelevanceCue</c> (<see cref="ClaimRelevanceClassifier"/>); <c>RelevanceByTime</c> when only a past time made it another event's
/// ("in 2004", "last year"), not an event word ("a previous attack"). <c>Anaphoric</c>: a death told of a pronoun ("he later died",
/// "killing her"), one person who may already be counted: the mention assembler keeps it only when nothing else counts the mention's dead.
/// <c>Self</c>: a person killed or hurt by their own hand ("killed himself", "took her own life", "shot himself").</remarks>
internal readonly record struct CasualtyFinding(TextSpan Span, CasualtyMeasure Measure, VictimGroup Group, Quantity Quantity, bool Rising = false,
    ClaimRelevance Relevance = ClaimRelevance.Incident, TextSpan? RelevanceCue = null, bool RelevanceByTime = false, bool Anaphoric = false, bool Self = false);

/// <summary>A date expression, resolved against the publication date where one is known.</summary>
internal readonly record struct DateFinding(TextSpan Span, DateRange Range);

/// <summary>A place name resolved against the gazetteer.</summary>
internal readonly record struct PlaceFinding(TextSpan Span, Place Place, double Confidence);

/// <summary>A word or phrase that names an incident type ("car bombing", "air strike", "shot dead").</summary>
internal readonly record struct TypeFinding(TextSpan Span, IncidentType Type);

/// <summary>An actor (armed group, force, "a gunman"), with whether the sentence makes it the perpetrator.</summary>
/// <remarks><c>Hedged</c>: the sentence names the perpetrator under a hedge or accusation ("thought to have been carried out by", "accusing ... of").</remarks>
internal readonly record struct ActorFinding(TextSpan Span, string Name, bool IsPerpetrator, bool Hedged = false);

/// <summary>The primary source a sentence's statements are attributed to, resolved within the report ("the monitor" -> the Observatory).</summary>
internal readonly record struct SourceFinding(TextSpan Span, string Source, int SentenceIndex);
