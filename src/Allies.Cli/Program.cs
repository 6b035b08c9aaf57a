using Allies.Cli;

return await AlliesCli.RunAsync(args, Console.Out, Console.Error);
