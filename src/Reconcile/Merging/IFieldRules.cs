namespace Reconcile.Merging;

/// <summary>How <see cref="FieldMerger"/> compares the values of one field (type, place, perpetrator).</summary>
/// <typeparam name="T">The value type.</typeparam>
internal interface IFieldRules<in T>
{
    /// <summary>Gets the field's name in conflicts: <c>type</c>, <c>place</c> or <c>perpetrator</c>.</summary>
    string Field { get; }

    /// <summary>Returns a stable key; values with equal keys are the same value.</summary>
    string Key(T value);

    /// <summary>Returns the value as text for a conflict.</summary>
    string Display(T value);

    /// <summary>Returns whether two values may describe the same incident (one contains the other).</summary>
    bool Compatible(T a, T b);

    /// <summary>Returns how specific the value is; a more specific value refines a compatible less specific one.</summary>
    int Depth(T value);
}
