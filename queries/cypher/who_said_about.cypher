// Who said what about an entity. $entity: a name or alias (normalised, see timeline_for_entity).
// speaker is the speaking entity's name, or the statement's speaker_name when no entity said it.
MATCH (s:Statement)-[:ABOUT]->(e:Entity) WHERE $entity IN e.name_keys
WITH DISTINCT s
OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
RETURN coalesce(sp.name, s.speaker_name) AS speaker, sp.id AS speaker_id, s.id AS statement_id,
       s.text AS text, toString(s.said_start) AS said_start
ORDER BY speaker, statement_id, speaker_id
