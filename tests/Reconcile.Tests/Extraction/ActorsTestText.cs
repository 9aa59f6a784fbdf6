using System.Reflection;
using System.Text.RegularExpressions;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction;

/// <summary>Test helpers for the type, actor and attribution recognizers: a naive sentence splitter and the embedded sample reports.</summary>
internal static partial class ActorsTestText
{
    /// <summary>Splits at line breaks and after ". ", "! ", "? " (optionally followed by a closing quote) before a capital or an opening quote.</summary>
    public static List<TextSpan> Sentences(string text)
    {
        var spans = new List<TextSpan>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            int start = lineStart;
            foreach (Match m in Boundary().Matches(text[lineStart..lineEnd]))
            {
                int cut = lineStart + m.Index;
                Add(spans, text, start, cut);
                start = lineStart + m.Index + m.Length;
            }

            Add(spans, text, start, lineEnd);
            lineStart = lineEnd + 1;
        }

        return spans;
    }

    /// <summary>Returns the text of an embedded sample report by its id ("000_f76b70445732279e").</summary>
    public static string Seed(string id)
    {
        Assembly assembly = typeof(ActorsTestText).Assembly;
        string name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(id + ".txt", StringComparison.Ordinal));
        using Stream stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Returns the embedded gold annotations.</summary>
    public static System.Text.Json.JsonDocument Gold()
    {
        Assembly assembly = typeof(ActorsTestText).Assembly;
        string name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("seeds.gold.json", StringComparison.Ordinal));
        using Stream stream = assembly.GetManifestResourceStream(name)!;
        return System.Text.Json.JsonDocument.Parse(stream);
    }

    private static void Add(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }

    [GeneratedRegex(@"(?<!\b(?:Sgt|Lt|Dr|Mr|Mrs|Ms|Capt|Det|Gov|Rev|Gen|Col|St|U\.S)\.)(?<=[.!?][""”’]?)\s+(?=[""“‘]?[A-Z])")]
    private static partial Regex Boundary();
}
