using System.Text.Json;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host.Tests;

/// <summary>
/// <c>GET /api/views/{name}</c> after the day in a small warehouse: every row of every view says what kind of row
/// it is and names every element of its key and value, enums by member name, as the view describes its rows
/// (<see cref="IViewColumns"/>).
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

    /// <summary>Every row of a view, page by page.</summary>
    private async Task<List<JsonElement>> AllRowsAsync(string view, int limit = 1000)
    {
        var rows = new List<JsonElement>();
        string? after = null;
        do
        {
            var query = $"?limit={limit}" + (after is null ? string.Empty : "&after=" + after);
            var page = await day.Host.GetJsonAsync($"/api/views/{view}{query}");
            Assert.Equal(view, page.GetProperty("view").GetString());
            rows.AddRange(page.GetProperty("rows").EnumerateArray());
            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        return rows;
    }
}
