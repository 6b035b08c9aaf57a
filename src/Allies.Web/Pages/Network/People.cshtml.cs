using Allies.Data.Network;

namespace Allies.Web.Pages.Network;

/// <summary>/network/people: everyone on the map as a table, with the map's filters (the map itself lists the first 50).</summary>
public sealed class PeopleModel(NetworkService network) : MapPageModel(network);
