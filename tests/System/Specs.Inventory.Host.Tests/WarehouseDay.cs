namespace Specs.Inventory.Host.Tests;

/// <summary>One request of the day: a command, its body, and the status the API must answer.</summary>
/// <param name="Command">The command's contract name.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="Status">The expected HTTP status (200 accepted, 422 refused...).</param>
/// <param name="Key">Its Idempotency-Key; every step sends one, as a careful client does.</param>
public sealed record DayStep(string Command, string Body, int Status, string Key);

/// <summary>
/// A day in a small warehouse, as the API sees it: what the staff and the systems send, in order, and
/// what each must answer. Today it covers reference data (area 14); each area adds its part of the
/// day here (products and locations in the morning, a purchase order received, sales imported,
/// picked and shipped, a count in the evening), and <see cref="WarehouseDayTests"/> drives all of it,
/// restarts the server and checks every view and the log.
/// </summary>
public static class WarehouseDay
{
    public static IReadOnlyList<DayStep> Steps { get; } = Build();

    private static List<DayStep> Build()
    {
        var steps = new List<DayStep>();
        void Step(string command, string body, int status = 200) => steps.Add(new DayStep(command, body, status, $"day-{steps.Count + 1:D4}"));

        // 07:00 the admin sets up the reference data every later area cites by name.
        Step("CreateReason", """{"name":"Received","description":"Goods received from a supplier"}""");
        Step("CreateReason", """{"name":"Damaged","description":"Broken in the warehouse or in transit"}""");
        Step("CreateReason", """{"name":"Count correction"}""");
        Step("CreateReason", """{"name":"damaged"}""", 422);
        Step("CreateSupplier", """{"name":"Acme Ceramics","contact":"orders@acme.test"}""");
        Step("CreateSupplier", """{"name":"Nordic Glass"}""");
        Step("CreateChannel", """{"name":"Web shop"}""");
        Step("CreateChannel", """{"name":"Marketplace"}""");
        Step("CreateChannel", """{"name":""}""", 422);

        // 17:00 a supplier is dropped, and a retired channel is switched off.
        Step("DeactivateReference", """{"kind":"Supplier","name":"Nordic Glass"}""");
        Step("DeactivateReference", """{"kind":"Channel","name":"Marketplace"}""");
        Step("DeactivateReference", """{"kind":"Channel","name":"Pop-up store"}""", 422);
        return steps;
    }
}
