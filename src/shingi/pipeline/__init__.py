"""The diagnosis pipeline: parse -> retrieve -> evaluate -> aggregate."""
