"""Renderers: one small interface per output format."""
