using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Splits text into sentences with offsets: handles abbreviations, quotations, dashes, headlines without full stops,
/// and a sentence broken by a blank line.</summary>
internal static class SentenceSplitter
{
    /// <summary>Returns the sentences of <paramref name="text"/>, in order, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        throw new NotImplementedException();
    }
}
