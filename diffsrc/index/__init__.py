"""The near-duplicate index: `fingerprint` (word shingles, the one MinHash/LSH of the package), `store` (the
SQLite file: `Index`) and `ingest` (files in, fingerprints written; what `diffsrc index add` and `check` call)."""
