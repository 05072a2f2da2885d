"""Pack I/O: reading, validating and indexing evidence packs (format v1)."""
