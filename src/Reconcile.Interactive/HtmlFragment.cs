namespace Reconcile.Interactive;

/// <summary>A piece of HTML made by <see cref="ReconcileHtml"/>, shown as HTML by a notebook once <see cref="ReconcileFormatters.Register"/>
/// has run (loading the package does it). Its own type rather than Microsoft.AspNetCore.Html's <c>HtmlString</c>, so that
/// the package does not bind to a version of that assembly other than the one the notebook kernel carries.</summary>
public sealed class HtmlFragment
{
    /// <summary>Wraps HTML that is already encoded.</summary>
    /// <param name="html">The HTML.</param>
    public HtmlFragment(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        Html = html;
    }

    /// <summary>Gets the HTML.</summary>
    public string Html { get; }

    /// <summary>Returns the HTML.</summary>
    /// <returns>The HTML.</returns>
    public override string ToString() => Html;
}
