using System.Text;

namespace Specs.Inventory.Host.Tests;

/// <summary>Every class of bad input is answered 400 (or 413/415) with problem+json naming the field, and writes nothing.</summary>
public sealed class BadInputTests
{
    private const string ReceiveBody =
        "{\"purchaseOrder\":\"PO-1\",\"receiptId\":\"GRN-1\",\"warehouse\":\"MAIN\",\"location\":\"A-1\",\"lines\":[{\"sku\":\"SKU-1\",\"quantity\":LINE_QUANTITY}]}";

    public static TheoryData<string, string, string> BadBodies => new()
    {
        // command, body, the field the answer must name ("" = the body as a whole)
        { "CreateReason", "{\"name\":", "" },
        { "CreateReason", "not json", "" },
        { "CreateReason", "", "" },
        { "CreateReason", "[\"Damaged\"]", "" },
        { "CreateReason", "{}", "name" },
        { "CreateReason", "{\"name\":null}", "name" },
        { "CreateReason", "{\"name\":5}", "name" },
        { "CreateReason", "{\"name\":\"Damaged\",\"colour\":\"red\"}", "colour" },
        { "CreateReason", "{\"Name\":\"Damaged\"}", "Name" },
        { "CreateReason", "{\"name\":\"Damaged\",\"name\":\"Broken\"}", "name" },
        { "CreateReason", "{\"name\":\"Damaged\",\"description\":[1]}", "description" },
        { "DeactivateReference", "{\"kind\":\"Colour\",\"name\":\"Damaged\"}", "kind" },
        { "DeactivateReference", "{\"kind\":\"1\",\"name\":\"Damaged\"}", "kind" },
        { "DeactivateReference", "{\"kind\":1,\"name\":\"Damaged\"}", "kind" },
        { "ReceiveItems", ReceiveBody.Replace("LINE_QUANTITY", "\"3\"", StringComparison.Ordinal), "lines[0].quantity" },
        { "ReceiveItems", ReceiveBody.Replace("LINE_QUANTITY", "1.5", StringComparison.Ordinal), "lines[0].quantity" },
        { "ReceiveItems", ReceiveBody.Replace("LINE_QUANTITY", "9223372036854775808", StringComparison.Ordinal), "lines[0].quantity" },
        { "ReceiveItems", ReceiveBody.Replace("\"sku\":\"SKU-1\",", string.Empty, StringComparison.Ordinal).Replace("LINE_QUANTITY", "3", StringComparison.Ordinal), "lines[0].sku" },
        { "AssignPicklist", "{\"picklistId\":\"PL-1\",\"picker\":\"Ana\"}", "picklistId" },
        { "ReceiveItems", "{\"receiptId\":\"GRN-1\",\"warehouse\":\"MAIN\",\"location\":\"A-1\"}", "purchaseOrder" },
        { "ReceiveItems", "{\"purchaseOrder\":\"PO-1\",\"receiptId\":\"GRN-1\",\"warehouse\":\"MAIN\",\"location\":\"A-1\",\"lines\":[null]}", "lines[0]" },
        // Half of a surrogate pair, escaped: the body parses, but the string is not Unicode text (it was a 500).
        { "CreateReason", "{\"name\":\"Damaged \\ud800\"}", "name" },
        { "CreateReason", "{\"name\":\"\\udc00\"}", "name" },
        { "CreateReason", "{\"\\ud800\":\"x\",\"name\":\"Damaged\"}", "(a field name)" },
        { "DeactivateReference", "{\"kind\":\"\\ud800\",\"name\":\"Damaged\"}", "kind" },
        { "AssignPicklist", "{\"picklistId\":\"\\udfff\",\"picker\":\"Ana\"}", "picklistId" },
        { "ReceiveItems", ReceiveBody.Replace("LINE_QUANTITY", "\"\\ud800\"", StringComparison.Ordinal), "lines[0].quantity" },
        { "NoSuchCommand", "{\"name\":\"Damaged\"}", "commandName" },
        { "createReason", "{\"name\":\"Damaged\"}", "commandName" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_answered_400_naming_the_field_and_writes_nothing(string command, string body, string field)
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.PostAsync(command, body, idempotencyKey: "bad-1");

        var problem = await ApiHost.ProblemAsync(response, 400);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal("urn:specs-inventory:problem:bad-request", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(0UL, await host.HeadAsync());

        // The rejected request claimed nothing: the same key now works for a good request.
        using var good = await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}", idempotencyKey: "bad-1");
        Assert.Equal(System.Net.HttpStatusCode.OK, good.StatusCode);
    }

    [Theory]
    [InlineData("Idempotency-Key", "")]
    [InlineData("Idempotency-Key", "TOO-LONG")]
    [InlineData("If-Match", "\"three\"")]
    [InlineData("If-Match", "-1")]
    public async Task A_bad_header_is_answered_400_naming_the_header(string header, string value)
    {
        await using var host = await ApiHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/commands/CreateReason")
        {
            Content = new StringContent("{\"name\":\"Damaged\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, value == "TOO-LONG" ? new string('k', 201) : value);

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await ApiHost.ProblemAsync(response, 400);
        Assert.Equal(header, problem.GetProperty("field").GetString());
        Assert.Equal(0UL, await host.HeadAsync());
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_inside_a_string_are_answered_400_naming_the_field()
    {
        await using var host = await ApiHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/commands/CreateReason")
        {
            Content = new ByteArrayContent([.. "{\"name\":\"Dam"u8, 0xFF, 0xFE, .. "\"}"u8]),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        // JsonDocument may refuse the bytes while parsing (the whole body) or only when the string is read (the field).
        var problem = await ApiHost.ProblemAsync(response, 400);
        Assert.Contains(problem.GetProperty("field").GetString(), new[] { "", "name" });
        Assert.Equal(0UL, await host.HeadAsync());
    }

    [Theory]
    [InlineData("GET", "/api/nope", 404, "no such endpoint")]
    [InlineData("DELETE", "/api/commands/CreateReason", 405, "this endpoint takes POST")]
    [InlineData("POST", "/api/clock/advance", 404, "--allow-clock-advance true")]
    public async Task An_unknown_path_or_method_is_answered_with_a_problem_saying_what_to_use(string method, string path, int status, string says)
    {
        await using var host = await ApiHost.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
        };

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await ApiHost.ProblemAsync(response, status);
        Assert.Contains(says, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0UL, await host.HeadAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_answered_415_and_writes_nothing()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.PostAsync("CreateReason", "name=Damaged", contentType: "application/x-www-form-urlencoded");

        await ApiHost.ProblemAsync(response, 415);
        Assert.Equal(0UL, await host.HeadAsync());
    }

    [Fact]
    public async Task A_body_in_another_charset_than_utf8_is_answered_415_saying_utf8()
    {
        // It was accepted by its header and refused as "'0x00' is an invalid start of a property name".
        await using var host = await ApiHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/commands/CreateReason")
        {
            Content = new ByteArrayContent(Encoding.Unicode.GetBytes("{\"name\":\"Damaged\"}")),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-16");

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await ApiHost.ProblemAsync(response, 415);
        Assert.Contains("send it in UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0UL, await host.HeadAsync());

        // ApiHost's StringContent says "application/json; charset=utf-8".
        using var utf8 = await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}");
        Assert.Equal(System.Net.HttpStatusCode.OK, utf8.StatusCode);
    }

    [Theory]
    [InlineData("", "The body is empty; CreateReason takes a JSON object with its fields (GET /openapi.json describes them).")]
    [InlineData("{\"name\":", "The body is not valid JSON (line 1, byte 9): it ends before an object or array is closed.")]
    public async Task A_body_that_is_not_json_is_told_in_the_callers_words_not_the_parsers(string body, string detail)
    {
        // The parser's own text named its parameters ("when isFinalBlock is true").
        await using var host = await ApiHost.StartAsync();

        using var response = await host.PostAsync("CreateReason", body);

        var problem = await ApiHost.ProblemAsync(response, 400);
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_url_parameter_on_a_command_is_answered_400_naming_it_and_writes_nothing()
    {
        // It was ignored and the command committed: ?dryRun=true wrote what its caller meant only to try.
        await using var host = await ApiHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/commands/CreateReason?dryRun=true")
        {
            Content = new StringContent("{\"name\":\"Damaged\"}", Encoding.UTF8, "application/json"),
        };

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await ApiHost.ProblemAsync(response, 400);
        Assert.Equal("dryRun", problem.GetProperty("field").GetString());
        Assert.Equal(0UL, await host.HeadAsync());
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_answered_415_and_writes_nothing()
    {
        // What a page's no-cors fetch of raw bytes sends: no preflight, so it must not reach the pipeline.
        await using var host = await ApiHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/commands/CreateReason") { Content = new ByteArrayContent("{\"name\":\"Damaged\"}"u8.ToArray()) };

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await ApiHost.ProblemAsync(response, 415);
        Assert.Equal("The request has no Content-Type; send application/json.", problem.GetProperty("detail").GetString());
        Assert.Equal(0UL, await host.HeadAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_answered_413_with_or_without_a_content_length()
    {
        await using var host = await ApiHost.StartAsync(options => options with { MaxBodyBytes = 64 });
        var large = "{\"name\":\"Damaged\",\"description\":\"" + new string('x', 100) + "\"}";

        using var withLength = await host.PostAsync("CreateReason", large);
        var problem = await ApiHost.ProblemAsync(withLength, 413);
        Assert.Equal(64, problem.GetProperty("limit").GetInt64());

        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/commands/CreateReason")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(large))),
        };
        chunked.Content.Headers.ContentType = new("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        using var withoutLength = await host.Client.SendAsync(chunked, TestContext.Current.CancellationToken);
        await ApiHost.ProblemAsync(withoutLength, 413);

        using var small = await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}");
        Assert.Equal(System.Net.HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(1UL, await host.HeadAsync());
    }

    [Fact]
    public async Task Mangled_bodies_are_never_answered_with_a_server_error()
    {
        await using var host = await ApiHost.StartAsync();
        string[] commands = ["CreateReason", "CreateSupplier", "DeactivateReference", "ReceiveItems", "AddItem", "CreateProduct"];
        string[] bodies =
        [
            "{\"name\":\"Damaged\",\"description\":\"broken in transit\"}",
            "{\"kind\":\"Supplier\",\"name\":\"Acme\"}",
            ReceiveBody.Replace("LINE_QUANTITY", "3", StringComparison.Ordinal),
            "{\"sku\":\"SKU-1\",\"location\":\"A-1\",\"quantity\":2,\"reason\":\"Found\",\"serials\":[\"S1\",\"S2\"]}",
        ];
        const string alphabet = "{}[]\":,0123456789.-eE nulltruefalse\\u00\u00e9\ud83d\ude00ab";
        var random = new Random(20_260_301);
        for (var i = 0; i < 300; i++)
        {
            var body = new StringBuilder(bodies[random.Next(bodies.Length)]);
            var edits = 1 + random.Next(4);
            for (var edit = 0; edit < edits && body.Length > 0; edit++)
            {
                var at = random.Next(body.Length);
                switch (random.Next(3))
                {
                    case 0: body.Remove(at, 1); break;
                    case 1: body.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: body[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            using var response = await host.PostAsync(commands[random.Next(commands.Length)], body.ToString(), idempotencyKey: $"fuzz-{i}");
            Assert.True((int)response.StatusCode is 200 or 400 or 422 or 501, $"'{body}' was answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_server_listens_on_loopback_by_default()
    {
        var options = new ServerOptions { DataFolder = "unused" };

        Assert.Equal("http://127.0.0.1:5080", options.Urls);
        await using var host = await ApiHost.StartAsync();
        Assert.Equal("127.0.0.1", host.Server.Addresses[0].Host);
    }
}
