// Statements said by or about an entity, and events involving it, in time order.
// $entity: a name or alias, normalised like graphbuild.api.normalise_name (run_cypher does it);
// $start, $end: ISO dates or null; an item is kept when its interval overlaps [start, end].
MATCH (e:Entity) WHERE $entity IN e.name_keys
CALL (e) {
  MATCH (e)-[:SAID]->(s:Statement) RETURN s AS item
  UNION
  MATCH (s:Statement)-[:ABOUT]->(e) RETURN s AS item
  UNION
  MATCH (v:Event)-[:INVOLVES]->(e) RETURN v AS item
}
WITH DISTINCT item
WITH item,
     CASE WHEN item:Statement THEN 'statement' ELSE 'event' END AS kind,
     CASE WHEN item:Statement THEN item.said_start ELSE item.when_start END AS first_day,
     CASE WHEN item:Statement THEN item.said_end ELSE item.when_end END AS last_day
WHERE ($start IS NULL OR (last_day IS NOT NULL AND last_day >= date($start)))
  AND ($end IS NULL OR (first_day IS NOT NULL AND first_day <= date($end)))
RETURN kind, item.id AS id, toString(first_day) AS start, toString(last_day) AS end, item.text AS text,
       CASE WHEN item:Statement THEN item.speaker_name ELSE null END AS speaker
ORDER BY start, end, kind, id
