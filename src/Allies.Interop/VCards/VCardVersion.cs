namespace Allies.Interop.VCards;

/// <summary>The vCard version to write: 4.0 (RFC 6350) by default, 3.0 (RFC 2426) for older programs.</summary>
public enum VCardVersion
{
    V4,
    V3,
}
