"""Writers: graph.json, HTML explorer, Neo4j, GraphML, CSV."""
