// The entities a name or alias resolves to, with all their aliases.
// $entity: a name or alias (normalised, see timeline_for_entity).
MATCH (e:Entity) WHERE $entity IN e.name_keys
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.mentions AS mentions
ORDER BY coalesce(mentions, 0) DESC, id
