// Every report of one statement: which outlet, which document, and the words as that outlet wrote them.
// $statement: a statement id (stmt:...).
MATCH (d:Document)-[r:REPORTS]->(s:Statement {id: $statement})
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(o:Outlet)
RETURN coalesce(o.name, d.outlet) AS outlet, d.id AS document_id, d.title AS title,
       toString(d.published_start) AS published, r.text AS quote, r.start AS start, r.end AS end
ORDER BY outlet, document_id, start, end
