using Allies.Bench;
using Allies.Bench.Graph;

if (args is ["graph", .. var rest])
{
    return GraphBench.Run(rest);
}

if (args is ["network", .. var networkArgs])
{
    return await NetworkBench.RunAsync(networkArgs);
}

return await ListBench.RunAsync(args);
