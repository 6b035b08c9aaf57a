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

if (args is ["map-page", .. var pageArgs])
{
    return await MapPageBench.RunAsync(pageArgs);
}

if (args is ["reciprocity", .. var recip])
{
    return await Allies.Bench.Reciprocity.ReciprocityBench.RunAsync(recip);
}

if (args is ["mbox-parse", .. var mboxArgs])
{
    return Allies.Bench.Imports.MboxParseBench.Run(mboxArgs);
}

if (args is ["agenda", .. var agenda])
{
    return await Allies.Bench.Agenda.AgendaBench.RunAsync(agenda);
}

return await ListBench.RunAsync(args);
