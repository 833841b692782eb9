using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Host.Tests;

/// <summary>The OpenAPI document, the metrics, and the paging of the read endpoints.</summary>
public sealed partial class DocumentTests
{
    [Fact]
    public async Task The_openapi_document_has_a_typed_schema_for_every_command_of_the_catalog()
    {
        await using var host = await ApiHost.StartAsync();

        var document = await host.GetJsonAsync("/openapi.json");

        Assert.Equal("3.1.0", document.GetProperty("openapi").GetString());
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var commands = ContractCatalog.Contracts.Where(contract => contract.Kind == ContractKind.Command).ToArray();
        Assert.NotEmpty(commands);
        foreach (var command in commands)
        {
            var operation = document.GetProperty("paths").GetProperty("/api/commands/" + command.SchemaName).GetProperty("post");
            Assert.Equal(command.Description, operation.GetProperty("summary").GetString());
            var reference = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString();
            Assert.Equal("#/components/schemas/" + command.SchemaName, reference);
            AssertTyped(schemas, command);
        }

        foreach (var table in ContractCatalog.Tables)
        {
            AssertTyped(schemas, table);
        }
    }

    [Fact]
    public async Task The_openapi_document_types_fields_precisely()
    {
        await using var host = await ApiHost.StartAsync();

        var schemas = (await host.GetJsonAsync("/openapi.json")).GetProperty("components").GetProperty("schemas");

        var reason = schemas.GetProperty("CreateReason");
        Assert.Equal(["name"], reason.GetProperty("required").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal("string", reason.GetProperty("properties").GetProperty("name").GetProperty("type").GetString());
        Assert.Equal("null", reason.GetProperty("properties").GetProperty("description").GetProperty("oneOf")[1].GetProperty("type").GetString());
        var kind = schemas.GetProperty("DeactivateReference").GetProperty("properties").GetProperty("kind");
        Assert.Equal(["Reason", "Supplier", "Channel"], kind.GetProperty("enum").EnumerateArray().Select(item => item.GetString()));
        var lines = schemas.GetProperty("ReceiveItems").GetProperty("properties").GetProperty("lines");
        Assert.Equal("array", lines.GetProperty("type").GetString());
        Assert.Equal("#/components/schemas/ReceiptLine", lines.GetProperty("items").GetProperty("$ref").GetString());
        var quantity = schemas.GetProperty("ReceiptLine").GetProperty("properties").GetProperty("quantity");
        Assert.Equal("integer", quantity.GetProperty("type").GetString());
        Assert.Equal("int64", quantity.GetProperty("format").GetString());
        Assert.Equal("uuid", schemas.GetProperty("AssignPicklist").GetProperty("properties").GetProperty("picklistId").GetProperty("format").GetString());
    }

    private static void AssertTyped(JsonElement schemas, ContractDescriptor contract)
    {
        var schema = schemas.GetProperty(contract.SchemaName);
        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        var properties = schema.GetProperty("properties");
        Assert.Equal(contract.Fields.Count, properties.EnumerateObject().Count());
        foreach (var field in contract.Fields)
        {
            var property = properties.GetProperty(JsonNamingPolicy.CamelCase.ConvertName(field.Name));
            Assert.Equal(field.Description, property.GetProperty("description").GetString());
            var typed = property.TryGetProperty("oneOf", out var options) ? options[0] : property;
            Assert.True(
                typed.TryGetProperty("$ref", out _) || typed.GetProperty("type").GetString() is "string" or "integer" or "number" or "boolean" or "array",
                $"{contract.SchemaName}.{field.Name} has no precise type: {property.GetRawText()}");
        }
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/metrics")]
    [InlineData("/api/views/stock")]
    public async Task A_read_answers_head_with_the_status_and_headers_of_get_and_no_body(string path)
    {
        await using var host = await ApiHost.StartAsync();

        using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), TestContext.Current.CancellationToken);
        using var get = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_repeat_answered_from_its_key_counts_as_replayed_not_as_another_command()
    {
        await using var host = await ApiHost.StartAsync();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using (await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}", idempotencyKey: "first"))
            using (await host.PostAsync("CreateReason", "{\"name\":\"damaged\"}", idempotencyKey: "second"))
            {
            }
        }

        var metrics = await host.Client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Contains("specs_commands_total{command=\"CreateReason\",outcome=\"accepted\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("specs_commands_total{command=\"CreateReason\",outcome=\"refused\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("specs_commands_total{command=\"CreateReason\",outcome=\"replayed\"} 2\n", metrics, StringComparison.Ordinal);
        Assert.Contains("specs_refusals_total{rule=\"R-14.1\"} 1\n", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_are_prometheus_text_with_commands_refusals_batches_queue_depth_and_latency()
    {
        await using var host = await ApiHost.StartAsync();
        using (await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}"))
        using (await host.PostAsync("CreateReason", "{\"name\":\"damaged\"}"))
        using (await host.PostAsync("CreateReason", "{}"))
        {
        }

        using var response = await host.Client.GetAsync("/metrics", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                Assert.Matches(CommentLine(), line);
                continue;
            }

            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"not a Prometheus sample: {line}");
            samples[match.Groups["series"].Value] = double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        }

        Assert.Equal(1, samples["specs_commands_total{command=\"CreateReason\",outcome=\"accepted\"}"]);
        Assert.Equal(1, samples["specs_commands_total{command=\"CreateReason\",outcome=\"refused\"}"]);
        Assert.Equal(1, samples["specs_commands_total{command=\"CreateReason\",outcome=\"invalid\"}"]);
        Assert.Equal(1, samples["specs_refusals_total{rule=\"R-14.1\"}"]);
        Assert.Equal(2, samples["specs_commit_batches_total"]);
        Assert.Equal(1, samples["specs_commit_batch_size_max"]);
        Assert.Equal(2, samples["specs_commit_batch_size_bucket{le=\"1\"}"]);
        Assert.Equal(2, samples["specs_commit_batch_size_bucket{le=\"+Inf\"}"]);
        Assert.Equal(2, samples["specs_commit_batch_size_count"]);
        Assert.Equal(0, samples["specs_queue_depth"]);
        Assert.Equal(3, samples["specs_command_duration_seconds_count"]);
        Assert.Equal(3, samples["specs_command_duration_seconds_bucket{le=\"+Inf\"}"]);
        var buckets = samples.Where(sample => sample.Key.StartsWith("specs_command_duration_seconds_bucket", StringComparison.Ordinal)).Select(sample => sample.Value).ToArray();
        Assert.Equal(buckets.Order(), buckets);
        Assert.Equal(1, samples["specs_log_head"]);
    }

    [Fact]
    public async Task Events_and_view_rows_are_read_page_by_page_to_the_end()
    {
        await using var host = await ApiHost.StartAsync();
        for (var i = 0; i < 7; i++)
        {
            using var created = await host.PostAsync("CreateChannel", $"{{\"name\":\"Channel {i}\"}}");
        }

        var positions = new List<ulong>();
        string? next = "1";
        while (next is not null)
        {
            var page = await host.GetJsonAsync($"/api/events?from={next}&limit=3");
            positions.AddRange(page.GetProperty("events").EnumerateArray().Select(item => item.GetProperty("position").GetUInt64()));
            next = page.GetProperty("next").GetString();
        }

        Assert.Equal(Enumerable.Range(1, 7).Select(i => (ulong)i), positions);

        var names = new List<string>();
        string? after = null;
        do
        {
            var page = await host.GetJsonAsync("/api/views/reference-data?limit=2" + (after is null ? string.Empty : "&after=" + after));
            names.AddRange(page.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("value").GetProperty("name").GetString()!));
            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"Channel {i}"), names);
    }

    [Fact]
    public async Task A_view_shows_each_row_with_its_kind_and_named_fields()
    {
        await using var host = await ApiHost.StartAsync();
        using (await host.PostAsync("CreateReason", "{\"name\":\"Damaged\",\"description\":\"Broken\"}"))
        {
        }

        var row = Assert.Single((await host.GetJsonAsync("/api/views/reference-data")).GetProperty("rows").EnumerateArray());

        Assert.Equal("{\"kind\":\"reason\",\"key\":{\"name\":\"damaged\"},\"value\":{\"name\":\"Damaged\",\"isActive\":true,\"description\":\"Broken\"}}", row.GetRawText());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_view_prefix_and_each_views_rows()
    {
        await using var host = await ApiHost.StartAsync();

        var document = await host.GetJsonAsync("/openapi.json");

        var parameters = document.GetProperty("paths").GetProperty("/api/views/{name}").GetProperty("get").GetProperty("parameters").EnumerateArray();
        Assert.Equal(["name", "prefix", "after", "limit"], parameters.Select(parameter => parameter.GetProperty("name").GetString()));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var view in Views.InventoryViews.All)
        {
            Assert.True(schemas.TryGetProperty("ViewRows." + view.Name, out _), $"no row schema for {view.Name}");
        }

        var location = schemas.GetProperty("ViewRows.places").GetProperty("oneOf").EnumerateArray().Single(kind => kind.GetProperty("title").GetString() == "location");
        var type = location.GetProperty("properties").GetProperty("value").GetProperty("properties").GetProperty("type");
        Assert.Equal(Enum.GetNames<LocationType>(), type.GetProperty("enum").EnumerateArray().Select(member => member.GetString()));
    }

    [Theory]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=1001", "limit")]
    [InlineData("/api/events?from=x", "from")]
    [InlineData("/api/events?form=5", "form")]
    [InlineData("/api/views/reference-data?after=%%%", "after")]
    [InlineData("/api/views/reference-data?after=AQ", "after")]
    public async Task A_bad_query_parameter_is_answered_400_naming_it(string path, string field)
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);

        var problem = await ApiHost.ProblemAsync(response, 400);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_query_parameter_given_twice_is_told_as_twice_not_as_a_bad_number()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Client.GetAsync("/api/events?from=1&from=2", TestContext.Current.CancellationToken);

        var problem = await ApiHost.ProblemAsync(response, 400);
        Assert.Equal("'from' is given 2 times; give it once, a whole number from 1 to 9223372036854775807.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Every_view_of_the_registry_is_listed_with_its_checkpoint()
    {
        await using var host = await ApiHost.StartAsync();
        using (await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}"))
        {
        }

        var views = (await host.GetJsonAsync("/api/views")).GetProperty("views").EnumerateArray().ToArray();

        Assert.Equal(Views.InventoryViews.All.Select(view => view.Name), views.Select(view => view.GetProperty("name").GetString()));
        Assert.All(views, view => Assert.Equal(1UL, view.GetProperty("checkpointPosition").GetUInt64()));
    }

    [GeneratedRegex("^# (HELP|TYPE) [a-z_]+ .+$")]
    private static partial Regex CommentLine();

    [GeneratedRegex("^(?<series>[a-z_]+(\\{[a-z]+=\"[^\"]*\"(,[a-z]+=\"[^\"]*\")*\\})?) (?<value>-?[0-9.]+(E[-+]?[0-9]+)?)$")]
    private static partial Regex SampleLine();
}
