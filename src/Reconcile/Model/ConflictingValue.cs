namespace Reconcile.Model;

/// <summary>One side of a <see cref="FieldConflict"/>.</summary>
public sealed record ConflictingValue
{
    /// <summary>Gets the value as text ("2017-11-04", "Hasakeh").</summary>
    public required string Value { get; init; }

    /// <summary>Gets the ids of the mentions that gave it.</summary>
    public required IReadOnlyList<string> MentionIds { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
