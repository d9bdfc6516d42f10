// Statements only one outlet reports (a document without an outlet counts as its own source).
MATCH (d:Document)-[:REPORTS]->(s:Statement)
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(o:Outlet)
WITH s, collect(DISTINCT coalesce(o.name, d.outlet, d.id)) AS sources
WHERE size(sources) = 1
RETURN s.id AS id, s.speaker_name AS speaker, s.text AS text, sources[0] AS outlet, s.reports AS reports
ORDER BY id
