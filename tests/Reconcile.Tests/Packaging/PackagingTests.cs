using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
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
