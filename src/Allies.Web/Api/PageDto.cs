using Allies.Data.Contacts;

namespace Allies.Web.Api;

/// <summary>One page of a list: the rows, how many match in all, and the page actually served (out-of-range sizes are clamped).</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public static class PageDtoMapping
{
    public static PageDto<TDto> ToDto<TRow, TDto>(this Paged<TRow> page, Func<TRow, TDto> map) =>
        new([.. page.Items.Select(map)], page.Total, page.Page, page.PageSize);
}
