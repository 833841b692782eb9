using System.Text.Json;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host.Tests;

/// <summary>
/// <c>GET /api/views/{name}</c> after the day in a small warehouse: every row of every view says what kind of row
/// it is and names every element of its key and value, enums by member name, as the view describes its rows
/// (<see cref="IViewColumns"/>); a key prefix finds one SKU's rows; a parameter the endpoint does not know, or a
/// prefix it cannot read, is a 400 naming it rather than an unfiltered page that looks like an answer.
/// </summary>
public sealed class ViewRowsTests(DrivenDay day) : IClassFixture<DrivenDay>
{
    [Fact]
    public async Task Every_row_of_every_view_names_every_element_and_shows_enums_by_name()
    {
        foreach (var view in InventoryViews.All)
        {
            var kinds = Assert.IsAssignableFrom<IViewColumns>(view).RowKinds;
            var rows = await AllRowsAsync(view.Name);
            Assert.True(rows.Count > 0, $"The day leaves the {view.Name} view empty, so it checks nothing there.");
            foreach (var row in rows)
            {
                var where = $"{view.Name}: {row.GetRawText()}";
                Assert.Equal(["kind", "key", "value"], row.EnumerateObject().Select(property => property.Name));
                var kind = kinds.SingleOrDefault(kind => kind.Name == row.GetProperty("kind").GetString());
                Assert.True(kind is not null, $"{where}: no such kind");
                AssertNamed(kind.Key.Where(column => column.Type != ViewColumnType.Tag).ToArray(), [], row.GetProperty("key"), where);
                AssertNamed(kind.Value, kind.Repeats, row.GetProperty("value"), where);
            }
        }
    }

    [Fact]
    public async Task Enum_columns_show_the_members_the_day_set()
    {
        var places = await AllRowsAsync("places");
        var dock = Assert.Single(places, row => row.GetProperty("kind").GetString() == "location" && row.GetProperty("key").GetProperty("location").GetString() == "rcv-01");
        Assert.Equal("Receiving", dock.GetProperty("value").GetProperty("type").GetString());
        var milk = Assert.Single(await AllRowsAsync("products"), row => row.GetProperty("kind").GetString() == "product" && row.GetProperty("key").GetProperty("sku").GetString() == "milk");
        Assert.Equal("Lot", milk.GetProperty("value").GetProperty("tracking").GetString());
    }

    [Fact]
    public async Task A_prefix_finds_exactly_one_skus_rows_in_any_case_and_pages_like_the_whole_view()
    {
        var expected = (await AllRowsAsync("stock"))
            .Where(row => row.GetProperty("kind").GetString() == "location" && row.GetProperty("key").GetProperty("sku").GetString() == "sku-100")
            .Select(row => row.GetRawText())
            .ToArray();
        Assert.True(expected.Length >= 1, "SKU-100 is at no location after the day");

        var found = await AllRowsAsync("stock", """["location","SKU-100"]""");
        var pagedByOne = await AllRowsAsync("stock", """["location","sku-100"]""", limit: 1);

        Assert.Equal(expected, found.Select(row => row.GetRawText()));
        Assert.Equal(expected, pagedByOne.Select(row => row.GetRawText()));
        var sku = Assert.Single(await AllRowsAsync("stock", """["sku","SKU-100"]"""));
        Assert.Equal("SKU-100", sku.GetProperty("value").GetProperty("sku").GetString());
        Assert.True(sku.GetProperty("value").GetProperty("onHand").GetInt64() > 0);
        // A prefix holds whole key elements: "sku-10" is not a prefix of the code "sku-100".
        Assert.Empty(await AllRowsAsync("stock", """["sku","sku-10"]"""));
    }

    [Fact]
    public async Task A_prefix_finds_a_picklists_lines_under_its_id()
    {
        var rows = await AllRowsAsync("picklists");
        var picklistId = rows.First(row => row.GetProperty("kind").GetString() == "picklist").GetProperty("key").GetProperty("picklistId").GetString();
        var lines = rows
            .Where(row => row.GetProperty("kind").GetString() == "line" && row.GetProperty("key").GetProperty("picklistId").GetString() == picklistId)
            .Select(row => row.GetRawText())
            .ToArray();
        Assert.NotEmpty(lines);

        var found = await AllRowsAsync("picklists", $"""["line","{picklistId}"]""");

        Assert.Equal(lines, found.Select(row => row.GetRawText()));
    }

    [Theory]
    [InlineData("/api/views/stock?sku=SKU-100", "sku")]
    [InlineData("/api/views/stock?limit=5&Limit=5", "Limit")]
    [InlineData("/api/views/reference-data?after=AQ&name=x", "name")]
    public async Task An_unknown_query_parameter_is_answered_400_naming_it(string path, string field)
    {
        using var response = await day.Host.Client.GetAsync(path, TestContext.Current.CancellationToken);

        var problem = await ApiHost.ProblemAsync(response, 400);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("stock", "not json")]
    [InlineData("stock", "")]
    [InlineData("stock", "{}")]
    [InlineData("stock", "[]")]
    [InlineData("stock", "[0,\"sku-100\"]")]
    [InlineData("stock", "[\"shelf\"]")]
    [InlineData("stock", "[\"sku\",100]")]
    [InlineData("stock", "[\"sku\",\"sku-100\",\"main\"]")]
    [InlineData("picklists", "[\"line\"]")]
    [InlineData("picklists", "[\"line\",\"not-a-uuid\"]")]
    [InlineData("picklists", "[\"line\",\"00000000-0000-0000-0000-000000000000\",\"one\"]")]
    public async Task A_malformed_prefix_is_answered_400_naming_prefix(string view, string prefix)
    {
        using var response = await day.Host.Client.GetAsync($"/api/views/{view}?prefix={Uri.EscapeDataString(prefix)}", TestContext.Current.CancellationToken);

        var problem = await ApiHost.ProblemAsync(response, 400);
        Assert.Equal("prefix", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_prefix_given_twice_is_answered_400()
    {
        var prefix = Uri.EscapeDataString("""["sku"]""");
        using var response = await day.Host.Client.GetAsync($"/api/views/stock?prefix={prefix}&prefix={prefix}", TestContext.Current.CancellationToken);

        Assert.Equal("prefix", (await ApiHost.ProblemAsync(response, 400)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_after_from_outside_the_prefix_is_answered_400()
    {
        var first = await day.Host.GetJsonAsync("/api/views/stock?limit=1&prefix=" + Uri.EscapeDataString("""["sku"]"""));
        var after = first.GetProperty("next").GetString();
        Assert.NotNull(after);

        using var response = await day.Host.Client.GetAsync(
            "/api/views/stock?prefix=" + Uri.EscapeDataString("""["location","sku-200"]""") + "&after=" + after, TestContext.Current.CancellationToken);

        Assert.Equal("after", (await ApiHost.ProblemAsync(response, 400)).GetProperty("field").GetString());
    }

    /// <summary>
    /// An object whose fields are exactly the columns, then the flat lines, in order (the day writes no row short
    /// of a counter); every enum a member name; nothing left unnamed.
    /// </summary>
    private static void AssertNamed(IReadOnlyList<ViewColumn> columns, IReadOnlyList<ViewRepeat> repeats, JsonElement json, string where)
    {
        Assert.True(json.ValueKind == JsonValueKind.Object, $"{where}: {json.GetRawText()} is not an object");
        Assert.Equal([.. columns.Select(column => column.Name), .. repeats.Select(repeat => repeat.Name)], json.EnumerateObject().Select(property => property.Name).ToArray());
        foreach (var column in columns)
        {
            var element = json.GetProperty(column.Name);
            if (element.ValueKind == JsonValueKind.Null)
            {
                Assert.True(column.IsNullable, $"{where}: {column.Name} is null");
                continue;
            }

            switch (column.Type)
            {
                case ViewColumnType.Enum:
                    Assert.True(element.ValueKind == JsonValueKind.String && column.EnumNames.Contains(element.GetString()), $"{where}: {column.Name} is {element.GetRawText()}, not a member of {column.EnumType!.Name}");
                    break;
                case ViewColumnType.Nested:
                    foreach (var item in element.EnumerateArray())
                    {
                        AssertNamed(column.Items!, [], item, where);
                    }

                    break;
                case ViewColumnType.Number:
                    Assert.Equal(JsonValueKind.Number, element.ValueKind);
                    break;
                case ViewColumnType.Text or ViewColumnType.Id:
                    Assert.Equal(JsonValueKind.String, element.ValueKind);
                    break;
                case ViewColumnType.Flag:
                    Assert.True(element.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{where}: {column.Name} is not a boolean");
                    break;
                case ViewColumnType.TextList:
                    Assert.All(element.EnumerateArray(), item => Assert.Equal(JsonValueKind.String, item.ValueKind));
                    break;
            }
        }

        foreach (var repeat in repeats)
        {
            foreach (var line in json.GetProperty(repeat.Name).EnumerateArray())
            {
                AssertNamed(repeat.Columns, [], line, where);
            }
        }
    }

    /// <summary>Every row of a view, or of a prefix of it, page by page.</summary>
    private async Task<List<JsonElement>> AllRowsAsync(string view, string? prefix = null, int limit = 1000)
    {
        var rows = new List<JsonElement>();
        string? after = null;
        do
        {
            var query = $"?limit={limit}" + (prefix is null ? string.Empty : "&prefix=" + Uri.EscapeDataString(prefix)) + (after is null ? string.Empty : "&after=" + after);
            var page = await day.Host.GetJsonAsync($"/api/views/{view}{query}");
            Assert.Equal(view, page.GetProperty("view").GetString());
            rows.AddRange(page.GetProperty("rows").EnumerateArray());
            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        return rows;
    }
}
