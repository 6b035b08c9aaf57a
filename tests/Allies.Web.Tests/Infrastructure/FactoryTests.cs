using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Infrastructure;

public sealed class FactoryTests
{
    [Fact]
    public async Task App_starts_on_a_fresh_sqlite_file_with_the_schema_migrated()
    {
        await using var factory = new AlliesWebFactory();
        var owner = await factory.CreateAccountAsync("ada@example.com");
        var contact = await factory.WithServicesAsync(sp => sp.GetRequiredService<ContactService>()
            .CreateAsync(owner, new ContactInput { FirstName = "Grace", LastName = "Hopper" }, TestContext.Current.CancellationToken));
        Assert.True(File.Exists(factory.DatabasePath));
        Assert.Equal("Grace Hopper", contact.DisplayName);
    }
}
