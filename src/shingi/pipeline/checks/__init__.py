"""The checks of ``evaluate``, one module per kind of statement: ``metrics`` (values, categories,
shares), ``comparisons``, ``changes``, ``superlatives``, ``events``, ``plans``, ``delegated``
(turning point, parity, leap); ``common`` holds the tolerances and the shared helpers, ``texts``
the statement texts. ``shingi.pipeline.evaluate`` chooses the check for each statement."""
