// Everything an entity said. $speaker: a name or alias (normalised, see timeline_for_entity).
MATCH (e:Entity)-[:SAID]->(s:Statement) WHERE $speaker IN e.name_keys
RETURN DISTINCT s.id AS id, e.name AS speaker, s.text AS text, s.mode AS mode, s.cue AS cue,
       toString(s.said_start) AS said_start, toString(s.said_end) AS said_end, s.reports AS reports
ORDER BY said_start, id
