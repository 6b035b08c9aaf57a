using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;

namespace Allies.Web.Api;

/// <summary>
/// One sentence for a request the framework could not read (bad JSON, wrong JSON type, unknown enum name, bad query value),
/// naming the field and what it expects. Framework messages name .NET types, which mean nothing to a script author.
/// </summary>
public static partial class RequestProblems
{
    public static string Describe(BadHttpRequestException bad, Endpoint? endpoint)
    {
        if (bad.InnerException is JsonException json)
        {
            return DescribeJson(json, endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType);
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return "Send the body as JSON, with the header Content-Type: application/json.";
        }

        if (bad.Message.Contains("was not provided from body", StringComparison.Ordinal) || bad.Message.Contains("but no body was provided", StringComparison.Ordinal))
        {
            return "This request needs a JSON object in its body.";
        }

        if (FailedToBind().Match(bad.Message) is { Success: true } m)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(m.Groups["name"].Value);
            return $"The query parameter '{name}' cannot be '{m.Groups["value"].Value}': {Expected(ParameterType(m.Groups["type"].Value, endpoint, m.Groups["name"].Value))}.";
        }

        return bad.Message;
    }

    static string DescribeJson(JsonException json, Type? bodyType)
    {
        var path = json.Path ?? "$";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        if (json.Message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            var expected = JsonPathType(bodyType, path);
            return field.Length == 0
                ? "The request body must be a JSON object."
                : $"The field '{field}' has a value of the wrong type or an unknown name: {Expected(expected)}.";
        }

        // A syntax error: keep the reader's reason, drop its .NET-flavoured suffix and say where.
        var reason = json.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();
        var where = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1}{(field.Length > 0 ? $", near '{field}'" : "")})" : "";
        return $"The request body is not valid JSON{where}: {reason}";
    }

    /// <summary>Follows a JSON path such as $.exchanges[0].kind through the body's type, to say what the field expects.</summary>
    public static Type? JsonPathType(Type? root, string path)
    {
        var type = root;
        foreach (var segment in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (type is null)
            {
                return null;
            }

            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            if (name.Length > 0)
            {
                type = type.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
            }

            for (var i = bracket; type is not null && i >= 0; i = segment.IndexOf('[', i + 1))
            {
                type = ElementType(type);
            }
        }

        return type;
    }

    static Type? ParameterType(string typeName, Endpoint? endpoint, string name) =>
        endpoint?.Metadata.OfType<System.Reflection.MethodInfo>().FirstOrDefault()?.GetParameters()
            .SelectMany(p => p.ParameterType.GetProperties().Select(x => (x.Name, x.PropertyType)).Append((p.Name ?? "", p.ParameterType)))
            .FirstOrDefault(p => string.Equals(p.Item1, name, StringComparison.OrdinalIgnoreCase)).Item2
        ?? typeName switch
        {
            "int" or "int?" => typeof(int),
            "bool" or "bool?" => typeof(bool),
            "Guid" or "Guid?" => typeof(Guid),
            "DateTimeOffset" or "DateTimeOffset?" => typeof(DateTimeOffset),
            _ => null,
        };

    static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? element
        : null;

    static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => "see the OpenAPI document at /openapi/v1.json for its type",
            { IsEnum: true } => $"expected one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(string) => "expected a string",
            _ when type == typeof(Guid) => "expected an id (a GUID such as \"0193f1d2-7c4e-7b3a-9d2e-1f0a2b3c4d5e\")",
            _ when type == typeof(DateTimeOffset) => "expected a date and time with its offset (ISO 8601, e.g. \"2026-03-01T09:30:00+01:00\")",
            _ when type == typeof(DateOnly) => "expected a date (yyyy-mm-dd)",
            _ when type == typeof(int) => "expected a whole number",
            _ when type == typeof(bool) => "expected true or false",
            _ when type != typeof(string) && ElementType(type) is not null => "expected an array",
            _ => "expected a JSON object",
        };
    }

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>\w+)" from "(?<value>.*)"\.$""")]
    private static partial Regex FailedToBind();
}
