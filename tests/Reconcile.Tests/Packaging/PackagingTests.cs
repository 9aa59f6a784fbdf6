using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Reconcile.Tests.Packaging;

public class PackagingTests
{
    // The SourceLink custom debug information kind in a portable pdb.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Fact] // the package must carry its page README, icon, notices, the library and its XML docs (IntelliSense), and the
           // metadata a package page shows: licence expression covering the GeoNames data, project and repository URLs
           // with the commit, release notes; the symbols map every source file to that commit (SourceLink)
    [Trait("Category", "Packaging")]
    public async Task Pack_Library_IsAPackagePeopleCanTrust()
    {
        using var tmp = new TempFolder();
        (int code, string output) = await RunAsync("dotnet", "pack", RepoPaths.Combine("src", "Reconcile", "Reconcile.csproj"), "-c", "Release", "-o", tmp.Path, "--nologo");
        code.Should().Be(0, output);

        string package = Directory.GetFiles(tmp.Path, "Reconcile.*.nupkg").Should().ContainSingle(p => !p.EndsWith(".snupkg", StringComparison.Ordinal)).Subject;
        using ZipArchive zip = ZipFile.OpenRead(package);
        zip.Entries.Select(e => e.FullName).Should().Contain(["README.md", "icon.png", "NOTICE.md", "lib/net10.0/Reconcile.dll", "lib/net10.0/Reconcile.xml"]);

        XElement metadata = XDocument.Parse(ReadEntry(zip, "Reconcile.nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        XElement license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        license.Attribute("type")!.Value.Should().Be("expression");
        license.Value.Should().Contain("MIT").And.Contain("CC-BY-4.0", "the embedded gazetteer is GeoNames data under CC BY 4.0");
        Field("icon").Should().Be("icon.png");
        Field("readme").Should().Be("README.md");
        Field("projectUrl").Should().StartWith("https://");
        Field("releaseNotes").Should().NotBeNullOrWhiteSpace();
        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        string repositoryUrl = repository.Attribute("url")!.Value;
        repositoryUrl.Should().StartWith("https://github.com/");
        string commit = repository.Attribute("commit")!.Value;
        commit.Should().MatchRegex("^[0-9a-f]{40}$");

        // The package page cannot follow repository-relative links, nor clone-only steps.
        string readme = ReadEntry(zip, "README.md");
        MatchCollection links = Regex.Matches(readme, @"\]\(([^)\s]+)\)");
        links.Should().NotBeEmpty();
        links.Select(m => m.Groups[1].Value).Should().OnlyContain(url => url.StartsWith("https://", StringComparison.Ordinal), "every link on the package page must be absolute");
        readme.Should().NotContain("git clone").And.NotContain("dotnet run --project", "the package page is read by people who have not cloned the repository");

        string symbols = Directory.GetFiles(tmp.Path, "Reconcile.*.snupkg").Should().ContainSingle().Subject;
        using ZipArchive symbolZip = ZipFile.OpenRead(symbols);
        using var pdb = new MemoryStream();
        using (Stream entry = symbolZip.GetEntry("lib/net10.0/Reconcile.pdb")!.Open())
        {
            entry.CopyTo(pdb);
        }

        pdb.Position = 0;
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        MetadataReader reader = provider.GetMetadataReader();
        string sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(c => reader.GetGuid(c.Kind) == SourceLinkKind)
            .Select(c => Encoding.UTF8.GetString(reader.GetBlobBytes(c.Value)))
            .Should().ContainSingle("the pdb must carry a SourceLink map").Subject;
        sourceLink.Should().Contain("https://raw.githubusercontent.com/" + repositoryUrl["https://github.com/".Length..] + "/" + commit + "/*");
    }

    [Fact] // the command line packs as a .NET tool: installed from the packed folder into a tool path, `reconcile samples/` runs
    [Trait("Category", "Packaging")]
    public async Task PackCli_InstallAsTool_RunsOnSamples()
    {
        using var tmp = new TempFolder();
        string packages = Path.Combine(tmp.Path, "nupkgs");
        string tools = Path.Combine(tmp.Path, "tools");
        (int packCode, string packOut) = await RunAsync("dotnet", "pack", RepoPaths.Combine("src", "Reconcile.Cli", "Reconcile.Cli.csproj"), "-c", "Release", "-o", packages, "--nologo");
        packCode.Should().Be(0, packOut);
        (int installCode, string installOut) = await RunAsync("dotnet", "tool", "install", "Reconcile.Cli", "--tool-path", tools, "--add-source", packages);
        installCode.Should().Be(0, installOut);

        string command = Path.Combine(tools, OperatingSystem.IsWindows() ? "reconcile.exe" : "reconcile");
        (int runCode, string runOut) = await RunAsync(command, RepoPaths.Combine("samples"));
        runCode.Should().Be(0, runOut);
        runOut.Should().StartWith("Reconciled 5 reports into ");
    }

    [Fact] // the .NET 10 file-based sample runs as the README says and prints the samples' incidents with their quotes
    [Trait("Category", "Packaging")]
    public async Task FileBasedApp_QuickStart_PrintsIncidents()
    {
        (int code, string output) = await RunAsync("dotnet", "run", "-c", "Release", RepoPaths.Combine("samples", "quick-start.cs"));
        code.Should().Be(0, output);
        output.Should().Contain("5 reports, ").And.Contain("\"killed at least 75 displaced people\"");
    }

    [Fact] // the notebook runs headless (dotnet-repl, as CI does) from the freshly packed packages with no cell error, and its
           // last cell checks that the package registered the HTML formatters and that both sets gave incidents
    [Trait("Category", "Packaging")]
    public async Task Notebook_RunHeadless_NoCellError()
    {
        using var tmp = new TempFolder();
        // The notebook takes the packages from ../artifacts/package, where the README and .ci/run pack them.
        string packages = RepoPaths.Combine("artifacts", "package");
        foreach (string project in new[] { "Reconcile", "Reconcile.Interactive" })
        {
            (int packCode, string packOut) = await RunAsync("dotnet", "pack", RepoPaths.Combine("src", project, project + ".csproj"), "-c", "Release", "-o", packages, "--nologo");
            packCode.Should().Be(0, packOut);
        }

        string tools = Path.Combine(tmp.Path, "tools");
        (int installCode, string installOut) = await RunAsync("dotnet", "tool", "install", "dotnet-repl", "--version", DotnetReplVersion, "--tool-path", tools);
        installCode.Should().Be(0, installOut);

        // A fresh home and package folder: the kernel's NuGet cache and its restore cache (~/.packagemanagement) would
        // otherwise serve an earlier build of the same version.
        string home = Path.Combine(tmp.Path, "home");
        Directory.CreateDirectory(home);
        var environment = new Dictionary<string, string> { ["HOME"] = home, ["NUGET_PACKAGES"] = Path.Combine(home, "nuget-packages") };
        string output = Path.Combine(tmp.Path, "reconcile.out.ipynb");
        (int code, string stdout, string stderr) = await TestProcess.RunAsync(TimeSpan.FromMinutes(6), RepoPaths.Combine("notebooks"), environment,
            Path.Combine(tools, OperatingSystem.IsWindows() ? "dotnet-repl.exe" : "dotnet-repl"),
            "--run", "reconcile.ipynb", "--exit-after-run", "--output-path", output);

        using JsonDocument notebook = JsonDocument.Parse(File.ReadAllText(output));
        JsonElement[] outputs = notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray())
            .ToArray();
        string[] errors = outputs.Where(o => o.GetProperty("output_type").GetString() == "error").Select(o => o.GetProperty("evalue").GetString()!).ToArray();
        errors.Should().BeEmpty();
        code.Should().Be(0, stdout + stderr);
        string last = outputs[^1].GetProperty("data").GetProperty("text/plain").EnumerateArray().Select(l => l.GetString()).Aggregate(string.Concat)!;
        last.Should().StartWith("5 sample reports gave ");
        outputs.Should().Contain(o => o.GetRawText().Contains("reconcile reconcile-chart", StringComparison.Ordinal), "the chart is drawn");
    }

    /// <summary>The dotnet-repl version CI runs the notebook with.</summary>
    private const string DotnetReplVersion = "0.3.259";

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        (int code, string stdout, string stderr) = await TestProcess.RunAsync(TimeSpan.FromMinutes(6), file, args);
        return (code, stdout + stderr);
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
