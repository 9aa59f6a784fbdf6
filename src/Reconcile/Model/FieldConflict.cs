namespace Reconcile.Model;

/// <summary>A real disagreement among the mentions of one incident about a field (two different days, two towns), kept and shown rather than silently resolved.</summary>
public sealed record FieldConflict
{
    /// <summary>Gets the field: <c>type</c>, <c>date</c>, <c>place</c> or <c>perpetrator</c>.</summary>
    public required string Field { get; init; }

    /// <summary>Gets the distinct values, each with the mentions that gave it.</summary>
    public required IReadOnlyList<ConflictingValue> Values { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
