namespace Allies.Web.Localization;

/// <summary>Marker for the shared UI strings in Resources/Localization/Strings.resx (English) and Strings.fr.resx.</summary>
public sealed class Strings;
