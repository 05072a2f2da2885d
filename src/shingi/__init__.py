"""shingi (真偽): evidence-grounded claim diagnosis.

The public API::

    import shingi
    pack = shingi.load_pack("japan-ai-2026")          # a folder or a bundled pack id
    diagnosis = shingi.diagnose("2026年4月、日本のAIは世界の最前線へ一挙に飛躍した", pack=pack)
    diagnosis.rating, diagnosis.holds, diagnosis.exaggerated

Heavy parts (morphology, reports, ingest) load lazily, on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Diagnosis", "Pack", "PackError", "__version__", "check_pack", "diagnose", "load_pack"]

if TYPE_CHECKING:
    from shingi.model import Diagnosis, Pack, PackError
    from shingi.pack.load import check_pack, load_pack
    from shingi.pipeline.diagnose import diagnose


def __getattr__(name: str) -> Any:
    # Lazy so that `import shingi` stays cheap.
    if name in ("load_pack", "check_pack"):
        from shingi.pack import load

        return getattr(load, name)
    if name == "diagnose":
        from shingi.pipeline.diagnose import diagnose

        return diagnose
    if name in ("Diagnosis", "Pack", "PackError"):
        from shingi import model

        return getattr(model, name)
    raise AttributeError(f"module 'shingi' has no attribute {name!r}")
