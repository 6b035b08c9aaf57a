using Allies.Web;

await AlliesWebApp.Build(args).RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
