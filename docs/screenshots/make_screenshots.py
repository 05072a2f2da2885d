"""Screenshots of every report format in both languages, for the README and for review.

    python docs/screenshots/make_screenshots.py            # writes docs/screenshots/*.png

Needs Debian's chromium (HTML, headless), poppler-utils (pdftoppm: PDF pages) and LibreOffice
(soffice: the slides, converted to PDF first; it draws them with the fonts of this machine, so
Yu Gothic shows as its substitute). Pillow (a matplotlib dependency) lays pages side by side.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
PACK = "japan-ai-2026"


def shingi(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "shingi.cli", *args], check=True, capture_output=True)


def chromium(html: Path, png: Path, width: int, height: int) -> None:
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--screenshot={png}", f"--window-size={width},{height}", html.as_uri()],
        check=True, capture_output=True,
    )


def pages(pdf: Path, prefix: Path, dpi: int, first: int, last: int) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(first), "-l", str(last), str(pdf),
                    str(prefix)], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(prefix.parent.glob(prefix.name + "-*.png"))]


def sheet(images: list[Image.Image], columns: int, gap: int = 12) -> Image.Image:
    w, h = images[0].size
    rows = (len(images) + columns - 1) // columns
    out = Image.new("RGB", (columns * w + (columns + 1) * gap, rows * h + (rows + 1) * gap), "#d8dee4")
    for k, im in enumerate(images):
        out.paste(im, (gap + (k % columns) * (w + gap), gap + (k // columns) * (h + gap)))
    return out


def main() -> None:
    for tool in ("chromium", "pdftoppm", "soffice"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed (apt-get install chromium poppler-utils libreoffice-impress)")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for lang in ("ja", "en"):
            html = tmp / f"report-{lang}.html"
            shingi("report", "--pack", PACK, "--format", "html", "--lang", lang, "-o", str(html))
            chromium(html, HERE / f"html-{lang}.png", 1100, 1500)
            pdf = tmp / f"report-{lang}.pdf"
            shingi("report", "--pack", PACK, "--format", "pdf", "--lang", lang, "-o", str(pdf))
            sheet(pages(pdf, tmp / f"pdf-{lang}", 45, 1, 3), 3).save(HERE / f"pdf-{lang}.png", optimize=True)
            deck = tmp / f"slides-{lang}.pptx"
            shingi("report", "--pack", PACK, "--format", "pptx", "--lang", lang, "-o", str(deck))
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(deck)],
                           check=True, capture_output=True, timeout=300)
            slides = pages(tmp / f"slides-{lang}.pdf", tmp / f"slide-{lang}", 30, 1, 9)
            sheet(slides, 3).save(HERE / f"slides-{lang}.png", optimize=True)
        phone = tmp / "report-en.html"
        chromium(phone, HERE / "html-phone-en.png", 390, 1100)


if __name__ == "__main__":
    main()
