using Allies.Core.Contacts;
using Allies.Data.Imports;
using Allies.Data.Tests.Infrastructure;

namespace Allies.Data.Tests.Imports;

/// <summary>
/// Guards for entities added later by other features: every owned entity type must be in the JSON backup (or
/// deliberately excluded), and every reference to a contact must be moved when two contacts are merged.
/// </summary>
public sealed class ModelGuardTests(SqliteDatabase database) : DataTest(database), IClassFixture<SqliteDatabase>
{
    [Fact]
    public void Every_owned_entity_type_is_in_the_backup()
    {
        using var db = Db();
        var tables = BackupService.Tables(db.Model).Select(t => t.Type.ClrType).ToHashSet();
        var missing = db.Model.GetEntityTypes()
            .Where(t => t.FindProperty("OwnerId") is not null)
            .Where(t => !tables.Contains(t.ClrType) && !BackupService.Excluded.Contains(t.ClrType))
            .Select(t => t.ClrType.Name).ToList();

        Assert.True(missing.Count == 0, $"Owned entity types missing from the backup: {string.Join(", ", missing)}. Add them to BackupService (or to its Excluded list, saying why).");
        var dependents = db.Model.GetEntityTypes()
            .Where(t => t.FindProperty("OwnerId") is null && t.ClrType.Namespace?.StartsWith("Allies.Core", StringComparison.Ordinal) == true)
            .Where(t => !tables.Contains(t.ClrType)).Select(t => t.ClrType.Name).ToList();
        Assert.True(dependents.Count == 0, $"Entity types of the domain reachable by no owner, so not in the backup: {string.Join(", ", dependents)}.");
    }

    [Fact]
    public void Every_reference_to_a_contact_is_moved_by_a_merge()
    {
        using var db = Db();
        var contact = db.Model.FindEntityType(typeof(Contact))!;
        var references = db.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys())
            .Where(f => f.PrincipalEntityType == contact)
            .Select(f => $"{f.DeclaringEntityType.ClrType.Name}.{f.Properties[0].Name}").ToList();

        var missing = references.Except(DuplicateService.MovedReferences).ToList();
        Assert.True(missing.Count == 0, $"References to a contact that a duplicate merge does not move: {string.Join(", ", missing)}. Move them in DuplicateService.MergeContactsAsync.");
    }
}
