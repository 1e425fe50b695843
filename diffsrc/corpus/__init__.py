"""Corpus mode: `candidates` (which pairs are worth aligning), `run` (prepare, compare, in workers),
`provenance` (directions and direct sources: the graph) and `output` (the output folder)."""
