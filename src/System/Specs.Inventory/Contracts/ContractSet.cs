using Specs.Inventory.Contracts;

// The inventory's contract set: every [EventContract] in this assembly is a member of the
// EventRecord payload union, and the exported schema (contracts.fbs) is generated from them.
[assembly: ContractSet("Specs.Inventory.Contracts", "SPEV")]
