using Specs.LivingDocs.Tests.Support;

// The runner keeps Reqnroll's per-assembly state in statics: one `specs verify` at a time in this process.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
[assembly: AssemblyFixture(typeof(FixtureSite))]
