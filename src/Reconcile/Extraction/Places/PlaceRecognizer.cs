using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds place names and resolves them against the embedded GeoNames-derived gazetteer, using the whole report as context.</summary>
internal sealed class PlaceRecognizer
{
    /// <summary>Gets the shared recognizer over the embedded gazetteer (loaded once, thread-safe).</summary>
    public static PlaceRecognizer Default => throw new NotImplementedException();

    /// <summary>Returns the places named in the report's sentences, in text order.</summary>
    public IReadOnlyList<PlaceFinding> Find(string text, IReadOnlyList<TextSpan> sentences)
    {
        throw new NotImplementedException();
    }
}
