using System.Diagnostics;
using System.IO.Compression;

namespace Reconcile.Tests.Packaging;

public class PackagingTests
{
    [Fact] // the package must carry the README (NuGet shows it), the library and its XML docs (IntelliSense)
    [Trait("Category", "Packaging")]
    public async Task Pack_Library_ContainsReadmeDllAndDocs()
    {
        using var tmp = new TempFolder();
        var psi = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "pack", RepoPaths.Combine("src", "Reconcile", "Reconcile.csproj"), "-c", "Release", "-o", tmp.Path, "--nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(psi)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, await stdout + await stderr);

        string package = Directory.GetFiles(tmp.Path, "Reconcile.*.nupkg").Should().ContainSingle(p => !p.EndsWith(".snupkg", StringComparison.Ordinal)).Subject;
        using ZipArchive zip = ZipFile.OpenRead(package);
        zip.Entries.Select(e => e.FullName).Should().Contain(["README.md", "lib/net10.0/Reconcile.dll", "lib/net10.0/Reconcile.xml"]);
    }
}
