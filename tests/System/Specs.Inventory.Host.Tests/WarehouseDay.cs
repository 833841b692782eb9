using Specs.Inventory.Domain.Sales;

namespace Specs.Inventory.Host.Tests;

/// <summary>One request of the day: a command, its body, and the status the API must answer.</summary>
/// <param name="Command">The command's contract name.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="Status">The expected HTTP status (200 accepted, 422 refused...).</param>
/// <param name="Key">Its Idempotency-Key; every step sends one, as a careful client does.</param>
/// <param name="Capture">
/// When set, the id the server gave (the last segment of the answer's stream, e.g. <c>picklist/&lt;id&gt;</c>) is
/// remembered under this name, and later bodies say <c>{name}</c> where they cite it.
/// </param>
public sealed record DayStep(string Command, string Body, int Status, string Key, string? Capture = null);

/// <summary>
/// A day in a small warehouse, as the API sees it: what the staff and the systems send, in order, and what each
/// must answer — reference data at seven, locations and products, a purchase order received and put away, kits
/// assembled, sales imported from the web shop, allocated, picked, checked and shipped, a return, a transfer to
/// the west warehouse, a hold, quantities pushed to the channel, a lot of milk, and a cycle count in the evening.
/// <see cref="WarehouseDayTests"/> drives all of it, restarts the server and checks every view and the log.
/// </summary>
public static class WarehouseDay
{
    /// <summary>The web shop's first order: what the day picks, checks and ships.</summary>
    public static readonly Guid FirstOrder = SaleIds.Of("Web shop", "WEB-1001");

    private const long FarFuture = 4_102_444_800_000; // 2100-01-01, so a lot registered today has not expired

    public static IReadOnlyList<DayStep> Steps { get; } = Build();

    private static List<DayStep> Build()
    {
        var steps = new List<DayStep>();
        void Step(string command, string body, int status = 200, string? capture = null) =>
            steps.Add(new DayStep(command, body, status, $"day-{steps.Count + 1:D4}", capture));

        // 07:00 the admin sets up the reference data every later area cites by name.
        Step("CreateReason", """{"name":"Received","description":"Goods received from a supplier"}""");
        Step("CreateReason", """{"name":"Damaged","description":"Broken in the warehouse or in transit"}""");
        Step("CreateReason", """{"name":"Count correction"}""");
        Step("CreateReason", """{"name":"Customer return"}""");
        Step("CreateReason", """{"name":"damaged"}""", 422);
        Step("CreateSupplier", """{"name":"Acme Ceramics","contact":"orders@acme.test"}""");
        Step("CreateSupplier", """{"name":"Nordic Glass"}""");
        Step("CreateChannel", """{"name":"Web shop"}""");
        Step("CreateChannel", """{"name":"Marketplace"}""");
        Step("CreateChannel", """{"name":""}""", 422);

        // 07:15 two warehouses and their locations.
        Step("CreateWarehouse", """{"code":"MAIN","name":"Main warehouse"}""");
        Step("CreateWarehouse", """{"code":"WEST","name":"West depot"}""");
        Step("CreateLocation", """{"warehouse":"MAIN","location":"RCV-01","type":"Receiving"}""");
        Step("CreateLocation", """{"warehouse":"MAIN","location":"A-01","type":"Pick"}""");
        Step("CreateLocation", """{"warehouse":"MAIN","location":"A-02","type":"Pick"}""");
        Step("CreateLocation", """{"warehouse":"MAIN","location":"B-01","type":"Bulk"}""");
        Step("CreateLocation", """{"warehouse":"WEST","location":"A-01","type":"Pick"}""");
        Step("CreateLocation", """{"warehouse":"MAIN","location":"a-01","type":"Pick"}""", 422);

        // 07:30 the catalog: two mugs, a gift set made of both, and milk kept by lot.
        Step("CreateProduct", """{"sku":"SKU-100","name":"Blue mug"}""");
        Step("CreateProduct", """{"sku":"SKU-200","name":"Green mug","description":"Stoneware, 350 ml"}""");
        Step("AddAlternateSku", """{"sku":"SKU-100","alternateSku":"MUG-BLUE"}""");
        Step("CreateProduct", """{"sku":"GIFT-SET","name":"Mug gift set"}""");
        Step("CreateKit", """{"sku":"GIFT-SET","lines":[{"sku":"MUG-BLUE","quantity":1},{"sku":"SKU-200","quantity":1}]}""");
        Step("CreateProduct", """{"sku":"MILK","name":"Oat milk 1 l","tracking":"Lot"}""");

        // 08:00 a purchase order arrives and is received at the dock, then put away to the pick faces.
        Step("CreatePurchaseOrder", """{"purchaseOrder":"PO-1","supplier":"Acme Ceramics","warehouse":"MAIN","lines":[{"sku":"SKU-100","quantity":40,"unitCostMinor":450},{"sku":"SKU-200","quantity":30,"unitCostMinor":500}]}""");
        Step("ReceiveItems", """{"purchaseOrder":"PO-1","receiptId":"R-1","warehouse":"MAIN","location":"RCV-01","lines":[{"sku":"SKU-100","quantity":40},{"sku":"SKU-200","quantity":30}]}""");
        Step("ReceiveItems", """{"purchaseOrder":"PO-1","receiptId":"R-2","warehouse":"MAIN","location":"RCV-01","lines":[{"sku":"SKU-200","quantity":4}]}""", 422);
        Step("ClosePurchaseOrder", """{"purchaseOrder":"PO-1"}""");
        Step("MoveItem", """{"sku":"SKU-100","warehouse":"MAIN","fromLocation":"RCV-01","toLocation":"A-01","quantity":40}""");
        Step("MoveItem", """{"sku":"SKU-200","warehouse":"MAIN","fromLocation":"RCV-01","toLocation":"A-02","quantity":30}""");
        Step("MoveItem", """{"sku":"SKU-200","warehouse":"MAIN","fromLocation":"A-02","toLocation":"A-01","quantity":5}""");

        // 08:30 five gift sets are assembled at A-01 from the mugs there; one is taken apart again.
        Step("AssembleKit", """{"sku":"GIFT-SET","warehouse":"MAIN","location":"A-01","quantity":5}""");
        Step("AssembleKit", """{"sku":"GIFT-SET","warehouse":"MAIN","location":"A-01","quantity":1}""", 422);
        Step("DisassembleKit", """{"sku":"GIFT-SET","warehouse":"MAIN","location":"A-01","quantity":1}""");

        // 09:00 the lot of milk is registered and put on the shelf.
        Step("RegisterLot", $$"""{"sku":"MILK","lot":"L-2026-11","expiresAtUnixMs":{{FarFuture}}}""");
        Step("AddItem", """{"sku":"MILK","warehouse":"MAIN","location":"A-02","quantity":12,"reason":"Received","lot":"L-2026-11"}""");
        Step("AddItem", """{"sku":"MILK","warehouse":"MAIN","location":"A-02","quantity":1,"reason":"Received"}""", 422);

        // 09:30 the web shop's orders come in; the first is promised stock.
        Step("SyncSale", """{"channel":"Web shop","externalId":"WEB-1001","lines":[{"sku":"MUG-BLUE","quantity":3}]}""");
        Step("SyncSale", """{"channel":"Web shop","externalId":"WEB-1002","lines":[{"sku":"SKU-200","quantity":2},{"sku":"GIFT-SET","quantity":1}],"priority":"High"}""");
        Step("SyncSale", """{"channel":"Web shop","externalId":"WEB-1003","lines":[{"sku":"SKU-999","quantity":1}]}""", 422);
        Step("AllocateSale", """{"channel":"Web shop","externalId":"WEB-1001"}""");

        // 10:00 a customer on the phone has two green mugs put aside, then decides against them.
        Step("CreateHold", """{"holdId":"PHONE-7","sku":"SKU-200","quantity":2,"note":"Mrs Lind, calls back at noon"}""");
        Step("ReleaseHold", """{"holdId":"PHONE-7"}""");

        // 10:30 the first order is picked, checked and shipped.
        Step("CreatePicklist", $$"""{"warehouse":"MAIN","lines":[{"sku":"SKU-100","quantity":3,"saleId":"{{FirstOrder}}"}]}""", capture: "picklist");
        Step("CreatePicklist", $$"""{"warehouse":"MAIN","lines":[{"sku":"SKU-100","quantity":1,"saleId":"{{FirstOrder}}"}]}""", 422);
        Step("AssignPicklist", """{"picklistId":"{picklist}","picker":"Ana"}""");
        Step("PickItem", $$"""{"picklistId":"{picklist}","sku":"SKU-100","location":"A-01","quantity":3,"saleId":"{{FirstOrder}}"}""");
        Step("CompletePicklist", """{"picklistId":"{picklist}"}""");
        Step("ScanItem", $$"""{"picklistId":"{picklist}","sku":"SKU-100","quantity":3,"passed":true,"saleId":"{{FirstOrder}}"}""");
        Step("ShipSale", $$"""{"saleId":"{{FirstOrder}}","trackingNumber":"1Z999AA10123456784","carrier":"UPS"}""");

        // 11:00 one mug comes back chipped.
        Step("ReturnToStock", $$"""{"saleId":"{{FirstOrder}}","sku":"SKU-100","warehouse":"MAIN","location":"RCV-01","quantity":1,"reason":"Customer return"}""");
        Step("ReturnToStock", $$"""{"saleId":"{{FirstOrder}}","sku":"SKU-100","warehouse":"MAIN","location":"RCV-01","quantity":3,"reason":"Customer return"}""", 422);
        Step("RemoveItem", """{"sku":"SKU-100","warehouse":"MAIN","location":"RCV-01","quantity":1,"reason":"Damaged"}""");

        // 12:00 five green mugs go to the west depot.
        Step("CreateTransfer", """{"fromWarehouse":"MAIN","toWarehouse":"WEST","lines":[{"sku":"SKU-200","quantity":5}]}""", capture: "transfer");
        Step("ShipTransfer", """{"transferId":"{transfer}","items":[{"sku":"SKU-200","location":"A-02","quantity":5}]}""");
        Step("ReceiveTransfer", """{"transferId":"{transfer}","items":[{"sku":"SKU-200","location":"A-01","quantity":5}]}""");

        // 13:00 the web shop is connected and told what it may sell, keeping a tenth back.
        Step("ConnectChannel", """{"channel":"Web shop"}""");
        Step("SetChannelRule", """{"channel":"Web shop","bufferPercent":10}""");
        Step("SetChannelRule", """{"channel":"Web shop","bufferPercent":101}""", 422);
        Step("PushQuantities", """{"channel":"Web shop"}""");

        // 16:00 the evening count of A-02: one green mug is missing.
        Step("StartCount", """{"warehouse":"MAIN","locations":["A-02"],"reason":"Count correction"}""", capture: "count");
        Step("RecordCount", """{"countId":"{count}","sku":"SKU-200","location":"A-02","quantity":19}""");
        Step("RecordCount", """{"countId":"{count}","sku":"MILK","location":"A-02","quantity":12,"lot":"L-2026-11"}""");
        Step("ApproveCount", """{"countId":"{count}"}""");

        // 17:00 a supplier is dropped, and a retired channel is switched off.
        Step("DeactivateReference", """{"kind":"Supplier","name":"Nordic Glass"}""");
        Step("DeactivateReference", """{"kind":"Channel","name":"Marketplace"}""");
        Step("DeactivateReference", """{"kind":"Channel","name":"Pop-up store"}""", 422);
        return steps;
    }
}
