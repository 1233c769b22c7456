"""Reading a document as a person and a machine would: its text (pypdf), its fonts, its first page
as a PNG under var/documents/ (pdftoppm) for a person to look at."""

import io
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader

from shared.documents.rendering import embedded_content

ROOT = Path(__file__).resolve().parents[3]
PNG_DIR = ROOT / "var" / "documents"


def text_of(pdf: bytes) -> str:
    """Every page's text, lines joined by spaces (a table cell may wrap)."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Each font the pages use, by base name without its subset tag, and whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for described in descendants:
                descriptor = described["/FontDescriptor"].get_object()
                name = str(font["/BaseFont"]).split("+", 1)[-1]
                found[name] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def first_page_png(pdf: bytes, name: str) -> Path:
    """The first page as var/documents/<name>.png."""
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    # A file of its own for pdftoppm: the same document rendered on another test worker at once
    # (the sqlite and postgres runs of a test) must not take this one's away.
    with tempfile.NamedTemporaryFile(suffix=".pdf") as source:
        source.write(pdf)
        source.flush()
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", source.name, str(PNG_DIR / name)],
            check=True,
            timeout=60,
        )
    return PNG_DIR / f"{name}.png"


def assert_printable(pdf: bytes, name: str, *expected: str) -> str:
    """The PDF names everything expected in its text, uses only embedded Noto fonts (Vietnamese and
    Chinese covered: no fallback font, no missing glyph), carries its signed content, and its first
    page renders; its text."""
    text = text_of(pdf)
    unwrapped = "".join(text.split())  # a table cell wraps Chinese anywhere
    missing = [e for e in expected if "".join(e.split()) not in unwrapped]
    assert not missing, f"{missing} not in {text[:2000]}"
    fonts = fonts_of(pdf)
    assert fonts and all(embedded for embedded in fonts.values()), fonts
    assert all(f.startswith("Noto-Sans") for f in fonts), fonts
    assert embedded_content(pdf) is not None
    png = first_page_png(pdf, name)
    assert png.stat().st_size > 5000
    return text
