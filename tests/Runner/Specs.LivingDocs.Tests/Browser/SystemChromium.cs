using Microsoft.Playwright;

namespace Specs.LivingDocs.Tests.Browser;

/// <summary>
/// The browser the site is tested in: Debian's chromium package, driven by Microsoft.Playwright with
/// <c>ExecutablePath</c>. Why Playwright and the system browser: the Playwright package ships its driver
/// (a Node.js build inside the NuGet package) so it restores like any package and works offline, and it gives
/// request events, clicks, waits and screenshots; `playwright install` would download a browser build,
/// which this project never does, so the browser comes from apt (.ci/run installs it). Chromium's own
/// `--dump-dom` cannot click or observe requests. Without chromium a test skips, except under CI=true
/// where a missing browser is a failure.
/// </summary>
public sealed class SystemChromium : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public static string? ExecutablePath =>
        new[] { Environment.GetEnvironmentVariable("SPECS_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    public IBrowser? Browser { get; private set; }

    /// <summary>Where screenshots go: beside the test results of this run.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "living-docs");

    public async ValueTask InitializeAsync()
    {
        if (ExecutablePath is not { } path)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        // --no-sandbox: CI and these machines run as root, where Chromium refuses its sandbox.
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>The browser, or a skip (a failure under CI=true) saying how to install it.</summary>
    public IBrowser Require()
    {
        if (Browser is not null)
        {
            return Browser;
        }

        var message = "chromium is not installed (apt-get install chromium; .ci/run installs it); set SPECS_CHROMIUM to use another path";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
