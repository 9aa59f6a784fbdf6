#!/usr/bin/env dotnet
// A .NET 10 file-based app: `dotnet run -c Release samples/quick-start.cs` from the repository root (add `-- FOLDER` for other reports).
// It reconciles the sample reports beside this file and prints each incident, its figures and the words behind them.
#:project ../src/Reconcile/Reconcile.csproj
#:property InvariantGlobalization=true

using Reconcile;
using Reconcile.Ingestion;
using Reconcile.Model;

string folder = args.Length > 0 ? args[0] : Path.GetDirectoryName(Path.GetFullPath(AppContext.GetData("EntryPointFilePath") as string ?? "samples/quick-start.cs"))!;
IReadOnlyList<Report> reports = new ReportReader().Read([folder]);
ReconcileResult result = new Reconciler().Reconcile(reports);

Console.WriteLine($"{reports.Count} reports, {result.Incidents.Count} incidents");
foreach (IncidentRecord incident in result.Incidents)
{
    Console.WriteLine();
    Console.WriteLine($"{incident.Type?.ToKebabCase() ?? "incident"} on {incident.Date.Earliest} in {incident.Place?.Name ?? "an unknown place"} ({incident.Reports.Count} report(s), {incident.Grade})");
    foreach (Figure figure in incident.Figures)
    {
        Console.WriteLine($"  {figure.Measure}: best {figure.Best?.ToString() ?? "?"} (low {figure.Low?.ToString() ?? "?"}, high {figure.High?.ToString() ?? "open"})");
        foreach (AttributedClaim claim in figure.Claims)
        {
            Console.WriteLine($"    \"{claim.Claim.Quote}\" ({claim.Claim.Source ?? "no source"}, {claim.Status}) in {claim.ReportId}");
        }
    }
}
