using Specs.Runner;

return SpecsCommand.Run(args);
