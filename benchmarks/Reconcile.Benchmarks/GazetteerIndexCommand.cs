using System.IO.Compression;
using Reconcile.Extraction;

namespace Reconcile.Benchmarks;

/// <summary><c>gazetteer-index [--tsv FILE] [--out FILE]</c>: compiles <c>gazetteer.tsv.gz</c> (the build script's text) into the compact
/// index the library embeds (<c>gazetteer.idx</c>), by default in place in <c>src/Reconcile/Extraction/Places</c>. Run it after
/// <c>node scripts/gazetteer/build.mjs</c> or after changing how names are keyed (<c>PlaceNames</c>, <c>GazetteerBuilder</c>); the
/// test <c>GazetteerIndexTests</c> fails while the embedded index is out of date.</summary>
internal static class GazetteerIndexCommand
{
    public static int Run(string[] args)
    {
        string dir = Path.Combine(FindRoot(), "src", "Reconcile", "Extraction", "Places");
        string tsv = Path.Combine(dir, "gazetteer.tsv.gz");
        string output = Path.Combine(dir, "gazetteer.idx");
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--tsv":
                    tsv = args[i + 1];
                    break;
                case "--out":
                    output = args[i + 1];
                    break;
                default:
                    Console.Error.WriteLine("usage: gazetteer-index [--tsv FILE] [--out FILE]");
                    return 2;
            }
        }

        var payload = new MemoryStream();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(tsv), CompressionMode.Decompress)))
        {
            GazetteerBuilder.Parse(reader, includeLexicon: false).WritePayload(payload);
        }

        File.WriteAllBytes(output, payload.ToArray());
        Console.WriteLine($"{output}: {payload.Length:N0} bytes");
        return 0;
    }

    private static string FindRoot()
    {
        for (string? d = Directory.GetCurrentDirectory(); d is not null; d = Path.GetDirectoryName(d))
        {
            if (File.Exists(Path.Combine(d, "Reconcile.sln")))
            {
                return d;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
