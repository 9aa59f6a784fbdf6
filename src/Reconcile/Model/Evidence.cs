namespace Reconcile.Model;

/// <summary>One named, weighted piece of evidence for or against two mentions describing the same incident.</summary>
/// <param name="Name">A stable name, such as <c>date-same-day</c> or <c>place-same-town</c>.</param>
/// <param name="Weight">The log-odds weight it contributed; positive for, negative against.</param>
/// <param name="Detail">A short explanation for a person ("both 2017-11-04").</param>
public readonly record struct Evidence(string Name, double Weight, string Detail);
