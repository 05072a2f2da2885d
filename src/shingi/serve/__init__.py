"""``shingi serve``: the web app and JSON API of a fact-checking desk.

Layout (each module small and named for what it holds):

- :mod:`~shingi.serve.settings`  where the database, the packs and the uploads live
- :mod:`~shingi.serve.db`        the tables (SQLAlchemy) and the session factory
- :mod:`~shingi.serve.migrate`   Alembic migrations, run before the app starts
- :mod:`~shingi.serve.auth`      passwords (argon2), sessions, API tokens, roles, CSRF
- :mod:`~shingi.serve.packs`     the packs folder: listing, cached loading, validation status
- :mod:`~shingi.serve.desk`      the desk's work: diagnoses, the claims queue, drafts, merges, activity
- :mod:`~shingi.serve.api`       the JSON API under ``/api/v1``
- :mod:`~shingi.serve.pages`     the server-rendered pages (Jinja2, Japanese and English)
- :mod:`~shingi.serve.app`       the application factory
- :mod:`~shingi.serve.commands`  ``shingi serve`` and ``shingi users``

Everything here needs the ``serve`` extra (``pip install 'shingi[serve]'``) and is imported only
by those two commands, so ``shingi diagnose`` starts as fast as before.
"""
