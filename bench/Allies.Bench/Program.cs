using Allies.Bench;

return await ListBench.RunAsync(args);
