using Microsoft.DotNet.Interactive.Formatting;
using Reconcile.Model;

namespace Reconcile.Interactive;

/// <summary>Registers HTML formatters for Reconcile's types with .NET Interactive (Polyglot Notebooks, Jupyter through
/// dotnet-interactive, dotnet-repl), so that a cell ending in a result, a list of incidents or one incident shows it as a table.</summary>
/// <remarks>
/// <para>Loading the package with <c>#r "nuget: Reconcile.Interactive"</c> registers them (the package carries an
/// <c>extension.dib</c> that calls <see cref="Register"/>); call <see cref="Register"/> yourself when the assembly is referenced
/// another way. Registering again does no harm.</para>
/// <para>Shown as HTML: <see cref="ReconcileResult"/> (<see cref="ReconcileHtml.Result"/>), any sequence of
/// <see cref="IncidentRecord"/> such as <c>result.Incidents</c> (<see cref="ReconcileHtml.Incidents"/>), one
/// <see cref="IncidentRecord"/> (<see cref="ReconcileHtml.Incident"/>) and one <see cref="Figure"/>
/// (<see cref="ReconcileHtml.Figure"/>); an <see cref="HtmlFragment"/> (such as <see cref="ReconcileHtml.RangeChart"/>) as its HTML.</para>
/// </remarks>
public static class ReconcileFormatters
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Registers the HTML formatters once; later calls do nothing until <see cref="Formatter.ResetToDefault"/> clears them.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered && Formatter.RegisteredFormatters(includeDefaults: false).Any(f => f.Type == typeof(ReconcileResult)))
            {
                return;
            }

            Formatter.Register<ReconcileResult>((result, writer) => Write(writer, ReconcileHtml.Result(result)), HtmlFormatter.MimeType);
            Formatter.Register<IEnumerable<IncidentRecord>>((incidents, writer) => Write(writer, ReconcileHtml.Incidents(incidents)), HtmlFormatter.MimeType);
            Formatter.Register<IncidentRecord>((incident, writer) => Write(writer, ReconcileHtml.Incident(incident)), HtmlFormatter.MimeType);
            Formatter.Register<Figure>((figure, writer) => Write(writer, ReconcileHtml.Figure(figure)), HtmlFormatter.MimeType);
            Formatter.Register<HtmlFragment>((fragment, writer) => Write(writer, fragment), HtmlFormatter.MimeType);
            _registered = true;
        }
    }

    private static void Write(TextWriter writer, HtmlFragment html) => writer.Write(html.Html);
}
