// All shortest paths (at most 6 hops, any direction) between two entities, as node ids and names.
// $source, $target: names or aliases (normalised, see timeline_for_entity).
MATCH (a:Entity) WHERE $source IN a.name_keys
MATCH (b:Entity) WHERE $target IN b.name_keys AND a <> b
MATCH p = allShortestPaths((a)-[*..6]-(b))
WITH DISTINCT [n IN nodes(p) | n.id] AS ids,
     [n IN nodes(p) | coalesce(n.name, n.title, n.text, n.id)] AS names, length(p) AS hops
WITH collect({ids: ids, names: names, hops: hops}) AS paths, min(hops) AS best
UNWIND paths AS path
WITH path WHERE path.hops = best
RETURN path.hops AS hops, path.ids AS nodes, path.names AS names
ORDER BY nodes
