namespace Allies.Interop.VCards;

/// <summary>One property of a card as written: group, name, parameters and the still-encoded value.</summary>
sealed record VCardProperty(string? Group, string Name, IReadOnlyList<VCardParameter> Parameters, string RawValue, long Line)
{
    public IEnumerable<string> Values(string parameter) =>
        Parameters.Where(p => p.Name.Equals(parameter, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value);

    public string? Value(string parameter) => Values(parameter).FirstOrDefault();

    public bool Has(string parameter, string value) =>
        Values(parameter).Any(v => v.Equals(value, StringComparison.OrdinalIgnoreCase));

    public bool IsNamed(string name) => Name.Equals(name, StringComparison.OrdinalIgnoreCase);
}

/// <summary>One parameter value; TYPE=work,voice gives two.</summary>
sealed record VCardParameter(string Name, string Value);
