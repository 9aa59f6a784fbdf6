using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>Merges one non-figure field (type, place, perpetrator) to the most specific value consistent with all mentions, keeping real conflicts.</summary>
/// <remarks>
/// <para>Mentions without the field are ignored. When every pair of values is compatible (one contains the other: a town in its province,
/// a car bombing in bombings), the result is the most specific value.</para>
/// <para>Otherwise there is a real conflict. Each most specific value is scored by the mentions whose value is compatible with it and
/// that tell it in their own words (see the told overload), then by all mentions compatible with it, then by lead mentions, then
/// by key; the best scoring one is the field's value, and every value that disagrees with another is listed, with the mentions that
/// gave it, in a <see cref="FieldConflict"/>.</para>
/// </remarks>
internal static class FieldMerger
{
    /// <summary>Merges the values one field takes in the mentions.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="items">For each mention that has the field: its id, whether it is a lead mention, and the value.</param>
    /// <param name="rules">How the values compare.</param>
    /// <returns>Whether any mention had a value, the merged value, and the conflict when there is one.</returns>
    public static (bool Found, T Value, FieldConflict? Conflict) Merge<T>(IEnumerable<(string MentionId, bool IsLead, T Value)> items, IFieldRules<T> rules) =>
        Merge(items.Select(i => (i.MentionId, i.IsLead, i.Value, true)), rules);

    /// <summary>Merges the values one field takes in the mentions, where a mention may give its value without telling it: a place
    /// taken from the outlet's name or web address rather than from the report's words. In a conflict, values that mentions tell
    /// outweigh values only inferred, whatever their number: a station's home town is not where the incident happened because
    /// two of its pages carry its name.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="items">For each mention that has the field: its id, whether it is a lead mention, the value, and whether the
    /// mention's report tells the value in its own words.</param>
    /// <param name="rules">How the values compare.</param>
    /// <returns>Whether any mention had a value, the merged value, and the conflict when there is one.</returns>
    public static (bool Found, T Value, FieldConflict? Conflict) Merge<T>(IEnumerable<(string MentionId, bool IsLead, T Value, bool Told)> items, IFieldRules<T> rules)
    {
        var groups = items
            .GroupBy(i => rules.Key(i.Value), StringComparer.Ordinal)
            .Select(g => new ValueGroup<T>(
                g.Key,
                g.OrderBy(i => rules.Display(i.Value), StringComparer.Ordinal).First().Value,
                [.. g.Select(i => i.MentionId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                g.Count(i => i.IsLead),
                g.Where(i => i.Told).Select(i => i.MentionId).Distinct(StringComparer.Ordinal).Count()))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (groups.Count == 0)
        {
            return (false, default!, null);
        }

        bool allCompatible = true;
        foreach (ValueGroup<T> a in groups)
        {
            allCompatible &= groups.TrueForAll(b => rules.Compatible(a.Value, b.Value));
        }

        if (allCompatible)
        {
            ValueGroup<T> deepest = groups
                .OrderByDescending(g => rules.Depth(g.Value))
                .ThenByDescending(g => g.MentionIds.Count)
                .ThenByDescending(g => g.Leads)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First();
            return (true, deepest.Value, null);
        }

        ValueGroup<T> winner = groups
            .Where(v => !groups.Exists(w => !ReferenceEquals(v, w) && rules.Compatible(v.Value, w.Value) && rules.Depth(w.Value) > rules.Depth(v.Value)))
            .OrderByDescending(v => groups.Where(w => rules.Compatible(v.Value, w.Value)).Sum(w => w.Told))
            .ThenByDescending(v => groups.Where(w => rules.Compatible(v.Value, w.Value)).Sum(w => w.MentionIds.Count))
            .ThenByDescending(v => groups.Where(w => rules.Compatible(v.Value, w.Value)).Sum(w => w.Leads))
            .ThenByDescending(v => rules.Depth(v.Value))
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .First();
        var conflict = new FieldConflict
        {
            Field = rules.Field,
            Values = [.. groups
                .Where(v => groups.Exists(w => !rules.Compatible(v.Value, w.Value)))
                .Select(v => new ConflictingValue { Value = rules.Display(v.Value), MentionIds = v.MentionIds })
                .OrderBy(v => v.Value, StringComparer.Ordinal)
                .ThenBy(v => v.MentionIds[0], StringComparer.Ordinal)],
        };
        return (true, winner.Value, conflict);
    }

    private sealed record ValueGroup<T>(string Key, T Value, IReadOnlyList<string> MentionIds, int Leads, int Told);
}
