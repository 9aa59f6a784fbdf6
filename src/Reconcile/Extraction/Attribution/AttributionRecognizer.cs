using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds who each sentence's statements are attributed to, resolving "a monitor" and "the Britain-based monitor" to the source named elsewhere in the report.</summary>
internal static class AttributionRecognizer
{
    /// <summary>Returns one finding per attributed sentence, in text order.</summary>
    public static IReadOnlyList<SourceFinding> Find(string text, IReadOnlyList<TextSpan> sentences)
    {
        throw new NotImplementedException();
    }
}
