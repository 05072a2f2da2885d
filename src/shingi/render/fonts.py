"""The Japanese font every format uses: IPAexGothic, as shipped by the PyPI package japanize-matplotlib.

Taking the font from a Python package means Japanese glyphs render on a fresh machine with no
system font installed (nothing from apt). The package is found without importing it, because
importing japanize_matplotlib imports matplotlib.pyplot, which is slow.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from shingi.model import ShingiError

#: The family name inside the font file, as CSS, matplotlib and PowerPoint call it.
FAMILY = "IPAexGothic"
#: What slides and pages fall back to for Latin text when the font is missing on the viewer's machine.
LATIN_FALLBACK = "Arial"


@cache
def ipaex_path() -> Path:
    """The path of ipaexg.ttf inside the installed japanize-matplotlib package."""
    spec = importlib.util.find_spec("japanize_matplotlib")
    if spec is not None and spec.origin:
        path = Path(spec.origin).resolve().parent / "fonts" / "ipaexg.ttf"
        if path.is_file():
            return path
    raise ShingiError(
        "the Japanese font IPAexGothic was not found: install the report extra "
        "(pip install 'shingi[report]', which brings japanize-matplotlib)"
    )


@cache
def matplotlib_family() -> str:
    """Register the IPAex file with matplotlib (once) and return its family name."""
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(ipaex_path()))
    return FAMILY
