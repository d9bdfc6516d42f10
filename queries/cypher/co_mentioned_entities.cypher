// Entities mentioned in the same documents as an entity, most shared documents first.
// $entity: a name or alias (normalised, see timeline_for_entity); $limit: at most this many rows.
MATCH (e:Entity) WHERE $entity IN e.name_keys
MATCH (e)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(o:Entity)
WHERE NOT $entity IN o.name_keys
WITH o, count(DISTINCT d) AS documents
RETURN o.id AS id, o.name AS name, o.type AS type, documents
ORDER BY documents DESC, name, id
LIMIT $limit
