using System.Net;

namespace Specs.Inventory.Host.Tests;

/// <summary>Commands over HTTP: accepted, refused with the typed error, idempotent, and optimistically concurrent.</summary>
public sealed class CommandTests
{
    [Fact]
    public async Task An_accepted_command_answers_200_with_the_response_after_the_commit()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.PostAsync("CreateReason", "{\"name\":\"Damaged\",\"description\":\"Broken in transit\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var body = await ApiHost.ReadJsonAsync(response);
        Assert.Equal("accepted", body.GetProperty("status").GetString());
        Assert.Equal("CreateReason", body.GetProperty("command").GetString());
        Assert.Equal(1, body.GetProperty("eventCount").GetInt32());
        Assert.Equal(1UL, body.GetProperty("firstPosition").GetUInt64());
        Assert.Equal(1UL, body.GetProperty("streamVersion").GetUInt64());
        Assert.False(body.GetProperty("repeat").GetBoolean());

        var events = (await host.GetJsonAsync("/api/events")).GetProperty("events");
        var recorded = Assert.Single(events.EnumerateArray());
        Assert.Equal("ReasonCreated", recorded.GetProperty("type").GetString());
        Assert.Equal(body.GetProperty("stream").GetString(), recorded.GetProperty("stream").GetString());
        Assert.Equal("Damaged", recorded.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("Broken in transit", recorded.GetProperty("data").GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_body_starting_with_a_byte_order_mark_is_read_as_json()
    {
        // RFC 8259 lets a parser ignore it, and some Windows clients send it.
        await using var host = await ApiHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/commands/CreateReason")
        {
            Content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. "{\"name\":\"Damaged\"}"u8.ToArray()]),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1UL, await host.HeadAsync());
    }

    [Fact]
    public async Task An_accepted_answer_names_the_ids_a_client_cites_next()
    {
        await using var host = await ApiHost.StartAsync();
        using (await host.PostAsync("CreateWarehouse", """{"code":"MAIN","name":"Main"}""")) { }
        using (await host.PostAsync("CreateLocation", """{"warehouse":"MAIN","location":"A-01","type":"Pick"}""")) { }
        using (await host.PostAsync("CreateProduct", """{"sku":"SKU-100","name":"Blue mug"}""")) { }
        using (await host.PostAsync("CreateChannel", """{"name":"Web shop"}""")) { }
        using (await host.PostAsync("CreateReason", """{"name":"Count correction"}""")) { }

        using var sale = await host.PostAsync("SyncSale", """{"channel":"Web shop","externalId":"WEB-1","lines":[{"sku":"SKU-100","quantity":1}]}""");
        using var count = await host.PostAsync("StartCount", """{"warehouse":"MAIN","locations":["A-01"],"reason":"Count correction"}""");

        var saleAnswer = await ApiHost.ReadJsonAsync(sale);
        Assert.Equal(Specs.Inventory.Domain.Sales.SaleIds.Of("Web shop", "WEB-1").ToString("D"), saleAnswer.GetProperty("saleId").GetString());
        var countAnswer = await ApiHost.ReadJsonAsync(count);
        var countId = countAnswer.GetProperty("countId").GetString();
        Assert.Equal($"count/{Guid.Parse(countId!):N}", countAnswer.GetProperty("stream").GetString());
        using var recorded = await host.PostAsync("RecordCount", $$"""{"countId":"{{countId}}","sku":"SKU-100","location":"A-01","quantity":0}""");
        Assert.Equal(System.Net.HttpStatusCode.OK, recorded.StatusCode);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("3e0")]
    [InlineData("0.3e1")]
    [InlineData("3.000")]
    [InlineData("300e-2")]
    [InlineData("3E+0")]
    public async Task A_whole_number_is_read_in_any_json_spelling_as_its_exact_value(string quantity)
    {
        // JSON Schema's "integer", the OpenAPI document's type for a quantity, is any number without a fraction, and
        // serializers write whole numbers as 3e0 or 3.0: refusing them (as "must be a whole number; it is 3e0") refused
        // what the document declared valid.
        await using var host = await ApiHost.StartAsync();
        using (await host.PostAsync("CreateProduct", """{"sku":"SKU-100","name":"Blue mug"}""")) { }
        using (await host.PostAsync("CreateChannel", """{"name":"Web shop"}""")) { }

        using var sale = await host.PostAsync("SyncSale", $$"""{"channel":"Web shop","externalId":"WEB-1","lines":[{"sku":"SKU-100","quantity":{{quantity}}}]}""");

        Assert.Equal(HttpStatusCode.OK, sale.StatusCode);
        var row = Assert.Single((await host.GetJsonAsync("/api/views/sales")).GetProperty("rows").EnumerateArray());
        Assert.Equal(3, Assert.Single(row.GetProperty("value").GetProperty("lines").EnumerateArray()).GetProperty("quantity").GetInt64());
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("25e-1")]
    [InlineData("1e-3")]
    [InlineData("3.0000000000000000000000001")]
    [InlineData("1e19")]
    [InlineData("1e1000000000000000")]
    public async Task A_fraction_or_a_number_out_of_range_is_a_400_saying_what_the_field_takes(string quantity)
    {
        // Read exactly: 3.0000000000000000000000001 is not 3 (a decimal or a double would round it to 3).
        await using var host = await ApiHost.StartAsync();

        using var sale = await host.PostAsync("SyncSale", $$"""{"channel":"Web shop","externalId":"WEB-1","lines":[{"sku":"SKU-100","quantity":{{quantity}}}]}""");

        var problem = await ApiHost.ProblemAsync(sale, 400);
        Assert.Equal("lines[0].quantity", problem.GetProperty("field").GetString());
        Assert.Equal(
            $"Field 'lines[0].quantity': must be a whole number from -9223372036854775808 to 9223372036854775807; it is {quantity}.",
            problem.GetProperty("detail").GetString());
        Assert.Equal(0UL, await host.HeadAsync());
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    public async Task An_id_is_read_with_or_without_hyphens_as_the_server_writes_both(string picklistId)
    {
        // A count's stream name carries its id as 32 hex digits (count/0f8fad5b...): sent back as it is, it must be read.
        await using var host = await ApiHost.StartAsync();

        using var response = await host.PostAsync("AssignPicklist", $$"""{"picklistId":"{{picklistId}}","picker":"Ann"}""");

        var problem = await ApiHost.ProblemAsync(response, 422);
        Assert.Equal("UnknownPicklist", problem.GetProperty("error").GetString());
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", problem.GetProperty("errorFields").GetProperty("picklistId").GetString());
    }

    [Fact]
    public async Task A_refused_command_answers_422_with_the_typed_error_and_writes_no_event()
    {
        await using var host = await ApiHost.StartAsync();
        using var first = await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}");

        using var second = await host.PostAsync("CreateReason", "{\"name\":\"DAMAGED\"}");

        var problem = await ApiHost.ProblemAsync(second, 422);
        Assert.Equal("urn:specs-inventory:problem:refused", problem.GetProperty("type").GetString());
        Assert.Equal("NameAlreadyUsed", problem.GetProperty("error").GetString());
        Assert.Equal("R-14.1", problem.GetProperty("ruleId").GetString());
        Assert.Equal("Damaged", problem.GetProperty("errorFields").GetProperty("existingName").GetString());
        Assert.Equal("Reason", problem.GetProperty("errorFields").GetProperty("kind").GetString());
        // Each fact once: the rule's id is the top-level ruleId, not also a member of errorFields.
        Assert.Equal(["existingName", "kind", "name"], problem.GetProperty("errorFields").EnumerateObject().Select(field => field.Name).Order(StringComparer.Ordinal));
        Assert.Contains("'Damaged' already exists", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1UL, await host.HeadAsync());
    }

    [Fact]
    public void A_stored_refusal_of_a_type_this_build_lacks_gives_no_error_fields_repeating_its_rule_type_or_message()
    {
        // Its record holds the rule id, type name and message: the problem's ruleId, error and detail already.
        var fields = RefusalFields.Of(new Pipeline.UnrecognizedRefusal("R-14.1", "RenamedError", "'Damaged' already exists."));

        Assert.Empty(fields);
    }

    [Fact]
    public async Task A_repeat_with_the_same_key_and_body_returns_the_first_answer_and_writes_nothing_also_after_a_restart()
    {
        await using var host = await ApiHost.StartAsync();
        using var first = await host.PostAsync("CreateSupplier", "{\"name\":\"Acme\",\"contact\":\"orders@acme.test\"}", idempotencyKey: "supplier-acme");
        var firstBody = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        using var repeat = await host.PostAsync("CreateSupplier", "{\"contact\":\"orders@acme.test\",\"name\":\"Acme\"}", idempotencyKey: "supplier-acme");
        await host.RestartAsync();
        using var afterRestart = await host.PostAsync("CreateSupplier", "{\"name\":\"Acme\",\"contact\":\"orders@acme.test\"}", idempotencyKey: "supplier-acme");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        foreach (var again in new[] { repeat, afterRestart })
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal("true", Assert.Single(again.Headers.GetValues("Idempotent-Replayed")));
            var body = await ApiHost.ReadJsonAsync(again);
            Assert.True(body.GetProperty("repeat").GetBoolean());
            Assert.Equal(firstBody.Replace("\"repeat\":false", "\"repeat\":true", StringComparison.Ordinal), body.GetRawText());
        }

        Assert.Equal(1UL, await host.HeadAsync());
    }

    [Fact]
    public async Task A_key_reused_with_another_body_or_command_answers_422_and_writes_nothing()
    {
        await using var host = await ApiHost.StartAsync();
        using var first = await host.PostAsync("CreateChannel", "{\"name\":\"Web shop\"}", idempotencyKey: "channel-1");

        using var otherBody = await host.PostAsync("CreateChannel", "{\"name\":\"Marketplace\"}", idempotencyKey: "channel-1");
        using var otherCommand = await host.PostAsync("CreateReason", "{\"name\":\"Web shop\"}", idempotencyKey: "channel-1");

        foreach (var reused in new[] { otherBody, otherCommand })
        {
            var problem = await ApiHost.ProblemAsync(reused, 422);
            Assert.Equal("urn:specs-inventory:problem:idempotency-key-reused", problem.GetProperty("type").GetString());
            Assert.Equal("Idempotency-Key", problem.GetProperty("field").GetString());
        }

        Assert.Equal(1UL, await host.HeadAsync());
        var rows = (await host.GetJsonAsync("/api/views/reference-data")).GetProperty("rows");
        Assert.Single(rows.EnumerateArray());
    }

    [Fact]
    public async Task A_refusal_is_remembered_under_its_key_and_repeated_as_422()
    {
        await using var host = await ApiHost.StartAsync();
        using var missing = await host.PostAsync("DeactivateReference", "{\"kind\":\"Reason\",\"name\":\"Lost\"}", idempotencyKey: "deactivate-lost");
        using var created = await host.PostAsync("CreateReason", "{\"name\":\"Lost\"}");

        using var repeat = await host.PostAsync("DeactivateReference", "{\"kind\":\"Reason\",\"name\":\"Lost\"}", idempotencyKey: "deactivate-lost");

        var first = await ApiHost.ProblemAsync(missing, 422);
        var again = await ApiHost.ProblemAsync(repeat, 422);
        Assert.Equal("UnknownReference", first.GetProperty("error").GetString());
        Assert.Equal(first.GetProperty("errorFields").GetRawText(), again.GetProperty("errorFields").GetRawText());
        Assert.True(again.GetProperty("repeat").GetBoolean());
        Assert.Equal(1UL, await host.HeadAsync());
    }

    [Fact]
    public async Task If_match_with_another_stream_version_answers_409_and_writes_nothing()
    {
        await using var host = await ApiHost.StartAsync();
        using var created = await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}");
        var version = created.Headers.ETag!.Tag;

        using var stale = await host.PostAsync("DeactivateReference", "{\"kind\":\"Reason\",\"name\":\"Damaged\"}", ifMatch: "\"0\"");
        var problem = await ApiHost.ProblemAsync(stale, 409);
        Assert.Equal(0UL, problem.GetProperty("expectedVersion").GetUInt64());
        Assert.Equal(1UL, problem.GetProperty("actualVersion").GetUInt64());
        Assert.Equal(1UL, await host.HeadAsync());

        using var current = await host.PostAsync("DeactivateReference", "{\"kind\":\"Reason\",\"name\":\"Damaged\"}", ifMatch: version);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal("\"2\"", current.Headers.ETag?.Tag);
    }
}
