using Allies.Bench;
using Allies.Bench.Graph;

if (args is ["graph", .. var rest])
{
    return GraphBench.Run(rest);
}

return await ListBench.RunAsync(args);
