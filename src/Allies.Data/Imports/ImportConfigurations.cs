using Allies.Core.Contacts;
using Allies.Core.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Allies.Data.Imports;

sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> b)
    {
        b.Property(r => r.FileName).HasMaxLength(500);
        b.Property(r => r.Error).HasMaxLength(2000);
        b.Property(r => r.ErrorCode).HasMaxLength(100);
        b.HasIndex(r => new { r.OwnerId, r.StartedAt });
    }
}

sealed class ImportReportItemConfiguration : IEntityTypeConfiguration<ImportReportItem>
{
    public void Configure(EntityTypeBuilder<ImportReportItem> b)
    {
        b.Property(i => i.File).HasMaxLength(500);
        b.Property(i => i.Text).HasMaxLength(2000);
        b.Property(i => i.Code).HasMaxLength(100);
        b.Property(i => i.Email).HasMaxLength(320);
        b.HasOne<ImportRun>().WithMany().HasForeignKey(i => i.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Contact>().WithMany().HasForeignKey(i => i.ContactId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(i => new { i.OwnerId, i.ImportRunId, i.Kind });
    }
}

sealed class DuplicateCandidateConfiguration : IEntityTypeConfiguration<DuplicateCandidate>
{
    public void Configure(EntityTypeBuilder<DuplicateCandidate> b)
    {
        b.Property(d => d.Reason).HasMaxLength(500);
        b.HasOne<Contact>().WithMany().HasForeignKey(d => d.ContactAId).OnDelete(DeleteBehavior.Cascade);
        // No foreign key on B: a merged pair keeps, for the record, the id of the contact merged away.
        b.HasIndex(d => new { d.OwnerId, d.ContactAId, d.ContactBId }).IsUnique();
        b.HasIndex(d => new { d.OwnerId, d.Status });
    }
}
