// Statements whose "said" interval overlaps [$start, $end] (ISO dates, inclusive).
MATCH (s:Statement)
WHERE s.said_start IS NOT NULL AND s.said_end IS NOT NULL
  AND s.said_end >= date($start) AND s.said_start <= date($end)
RETURN s.id AS id, s.speaker_name AS speaker, s.text AS text, s.said_text AS said_text,
       toString(s.said_start) AS said_start, toString(s.said_end) AS said_end
ORDER BY said_start, said_end, id
