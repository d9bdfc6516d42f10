"""Named queries: Python functions with Cypher twins in cypher/*.cypher."""
