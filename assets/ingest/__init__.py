"""Ingest: inbox files → decoded, normalized raw documents, or quarantine rows with a reason."""
