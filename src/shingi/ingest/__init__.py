"""Ingest: documents to draft evidence."""
