// Pairs of statements that contradict each other (CONFLICTS_WITH), with the reason and the values.
MATCH (a:Statement)-[c:CONFLICTS_WITH]->(b:Statement)
RETURN a.id AS a_id, a.speaker_name AS a_speaker, a.text AS a_text,
       b.id AS b_id, b.speaker_name AS b_speaker, b.text AS b_text,
       c.reason AS reason, c.values AS conflict_values
ORDER BY a_id, b_id, reason
