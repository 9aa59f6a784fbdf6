using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds actors (armed groups, forces, "a gunman") by their aliases and decides whether a sentence makes them the perpetrator.</summary>
internal static class ActorRecognizer
{
    /// <summary>Adds the actors of one sentence to <paramref name="results"/>, in text order.</summary>
    public static void Find(string text, TextSpan sentence, List<ActorFinding> results)
    {
        throw new NotImplementedException();
    }
}
