using Microsoft.Playwright;

namespace Specs.LivingDocs.Tests.Browser;

/// <summary>
/// One page of the site opened from disk, recording every request it makes: the site must load only its own
/// files (file://) and nothing from any network. Anything else is aborted and kept for the assertion.
/// </summary>
public sealed class SitePage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private SitePage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> Requests { get; } = [];

    public List<string> LeavingRequests => Requests.Where(url => !url.StartsWith("file://", StringComparison.Ordinal)).ToList();

    public List<string> Errors { get; } = [];

    public static async Task<SitePage> OpenAsync(IBrowser browser, string indexPath, string fragment = "", ViewportSize? viewport = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var site = new SitePage(context, page);
        page.Request += (_, request) => site.Requests.Add(request.Url);
        page.PageError += (_, error) => site.Errors.Add(error);
        await context.RouteAsync(url => !url.StartsWith("file://", StringComparison.Ordinal), route => route.AbortAsync());
        await page.GotoAsync(new Uri(indexPath).AbsoluteUri + fragment);
        await page.WaitForSelectorAsync("#main h1");
        return site;
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(SystemChromium.ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SystemChromium.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
