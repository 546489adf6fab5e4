"""Client-like documents made from the sample forms, with the exact map from form to document.

Test helper (tests may use PyMuPDF directly). Each variant records how a point of the sample form
moves onto it, so a test can compute where every region *belongs* independently of the code under
test:

- ``shifted``: same page size, content moved right and down;
- ``a4``: scaled to fit A4 and centred, as a printer does;
- ``rot90``: a landscape page with the form turned a quarter (as a sideways scan comes out);
- ``rotate-flag``: the pages unchanged but flagged ``/Rotate 90`` (as scanner apps save them);
- ``reflow``: re-typeset in another font size and line width, so every line breaks elsewhere and
  quotes still exist but move (no single map: each word's new rect is recorded instead);
- ``photo``: page 1 shrunk and offset on the page, rendered to a PNG with no text layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from explainer.review.geometry import Affine, Rect

A4 = (595.28, 841.89)
SHIFT = (24.0, 18.0)
PHOTO_MAP = Affine.scale_shift(0.9, 0.9, 34.0, 27.0)
PHOTO_DPI = 100
REFLOW_FONT = 0.8  # new font size / old
REFLOW_WIDTH = 0.78  # new line width / old block width
_ASCENT, _DESCENT = 1.075, 0.299
_HELV = pymupdf.Font("helv")


@dataclass
class Variant:
    name: str
    path: Path
    transform: Affine | None  # None for the reflowed document
    # reflow only: (page index, word index in the source's word list) -> rect on the new document
    word_rects: dict[tuple[int, int], Rect] = field(default_factory=dict)
    pages: int = 0


def _placed_copy(src: pymupdf.Document, out: Path, size: tuple[float, float], place) -> None:
    doc = pymupdf.open()
    for number in range(src.page_count):
        page = doc.new_page(width=size[0], height=size[1])
        target, rotate = place(src[number].rect)
        page.show_pdf_page(target, src, number, rotate=rotate)
    doc.save(out, garbage=3, deflate=True)
    doc.close()


def make_shifted(src: pymupdf.Document, out: Path) -> Variant:
    dx, dy = SHIFT
    size = (src[0].rect.width, src[0].rect.height)
    _placed_copy(src, out, size, lambda r: (pymupdf.Rect(r.x0 + dx, r.y0 + dy, r.x1 + dx, r.y1 + dy), 0))
    return Variant("shifted", out, Affine.scale_shift(1, 1, dx, dy), pages=src.page_count)


def make_a4(src: pymupdf.Document, out: Path) -> Variant:
    width, height = src[0].rect.width, src[0].rect.height
    s = min(A4[0] / width, A4[1] / height)
    dx, dy = (A4[0] - width * s) / 2, (A4[1] - height * s) / 2
    _placed_copy(src, out, A4, lambda r: (pymupdf.Rect(0, 0, *A4), 0))
    return Variant("a4", out, Affine.scale_shift(s, s, dx, dy), pages=src.page_count)


def make_rot90(src: pymupdf.Document, out: Path) -> Variant:
    width, height = src[0].rect.width, src[0].rect.height
    _placed_copy(src, out, (height, width), lambda r: (pymupdf.Rect(0, 0, height, width), 90))
    # PyMuPDF's rotate=90 turns the content counter-clockwise: (x, y) -> (y, width - x)
    return Variant("rot90", out, Affine(0.0, -1.0, 1.0, 0.0, 0.0, width), pages=src.page_count)


def make_rotate_flag(src: pymupdf.Document, out: Path) -> Variant:
    """The same pages with ``/Rotate 90`` set (as scanner apps save sideways pages): text stays unrotated."""
    doc = pymupdf.open()
    doc.insert_pdf(src)
    for page in doc:
        page.set_rotation(90)
    matrix = doc[0].rotation_matrix  # unrotated page space -> the page as displayed
    doc.save(out, garbage=3, deflate=True)
    doc.close()
    return Variant(
        "rotate-flag", out, Affine(matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), pages=src.page_count
    )


def make_photo(src: pymupdf.Document, out: Path) -> Variant:
    """Page 1, shrunk and offset on a same-size page, as pixels only (no text layer)."""
    tmp = pymupdf.open()
    page = tmp.new_page(width=src[0].rect.width, height=src[0].rect.height)
    page.show_pdf_page(pymupdf.Rect(PHOTO_MAP.map_rect(tuple(src[0].rect))), src, 0)
    pix = page.get_pixmap(dpi=PHOTO_DPI, alpha=False)
    pix.set_dpi(PHOTO_DPI, PHOTO_DPI)
    pix.save(out)
    tmp.close()
    return Variant("photo", out, PHOTO_MAP, pages=1)


def make_photo_sideways(src: pymupdf.Document, out: Path) -> Variant:
    """Page 1 scanned sideways: turned a quarter on a landscape page, shrunk and offset, pixels only."""
    width, height = src[0].rect.width, src[0].rect.height
    tmp = pymupdf.open()
    page = tmp.new_page(width=height, height=width)
    shrink = Affine.scale_shift(0.9, 0.9, 30.0, 20.0)
    page.show_pdf_page(pymupdf.Rect(shrink.map_rect((0.0, 0.0, height, width))), src, 0, rotate=90)
    pix = page.get_pixmap(dpi=PHOTO_DPI, alpha=False)
    pix.set_dpi(PHOTO_DPI, PHOTO_DPI)
    pix.save(out)
    tmp.close()
    turn = Affine(0.0, -1.0, 1.0, 0.0, 0.0, width)  # as in make_rot90
    return Variant("photo-sideways", out, turn.then(shrink), pages=1)


def _lines_of_block(words: list[tuple], width: float, size: float) -> list[list[int]]:
    """Greedy line breaking of a block's words (indices into ``words``) for the new width."""
    lines: list[list[int]] = [[]]
    used = 0.0
    space = _HELV.text_length(" ", size)
    for index, word in enumerate(words):
        w = _HELV.text_length(word[4], size)
        if lines[-1] and used + space + w > width:
            lines.append([])
            used = 0.0
        used += (space if lines[-1] else 0.0) + w
        lines[-1].append(index)
    return lines


def _sideways_lines(page: pymupdf.Page) -> set[tuple[int, int]]:
    """(block, line) numbers of text lines that do not run left to right."""
    out = set()
    for b, block in enumerate(page.get_text("dict")["blocks"]):
        for n, line in enumerate(block.get("lines", [])):
            if abs(line["dir"][1]) > 0.01 or line["dir"][0] < 0:
                out.add((b, n))
    return out


def make_reflow(src: pymupdf.Document, out: Path) -> Variant:
    """Re-typeset every text block of every page at a smaller size in a narrower column."""
    doc = pymupdf.open()
    variant = Variant("reflow", out, None, pages=src.page_count)
    for number in range(src.page_count):
        source_words = src[number].get_text("words")
        page = doc.new_page(width=src[number].rect.width, height=src[number].rect.height)
        sideways = _sideways_lines(src[number])
        blocks: dict[int, list[int]] = {}
        for index, word in enumerate(source_words):
            if (word[5], word[6]) not in sideways:  # e.g. a margin watermark: left out of the re-typeset copy
                blocks.setdefault(word[5], []).append(index)
        for indices in blocks.values():
            words = [source_words[i] for i in indices]
            x0 = min(w[0] for w in words)
            y0 = min(w[1] for w in words)
            block_width = max(w[2] for w in words) - x0
            size = max(4.0, REFLOW_FONT * min(w[3] - w[1] for w in words) / (_ASCENT + _DESCENT))
            space = _HELV.text_length(" ", size)
            baseline = y0 + _ASCENT * size
            for line in _lines_of_block(words, max(REFLOW_WIDTH * block_width, 20.0), size):
                x = x0
                texts = []
                for i in line:
                    text = words[i][4].replace("\u2022", "-")  # base-14 Helvetica has no bullet
                    w = _HELV.text_length(text, size)
                    rect = (x, baseline - _ASCENT * size, x + w, baseline + _DESCENT * size)
                    variant.word_rects[(number, indices[i])] = rect
                    texts.append(text)
                    x += w + space
                page.insert_text((x0, baseline), " ".join(texts), fontname="helv", fontsize=size)
                baseline += 1.2 * size
    doc.save(out, garbage=3, deflate=True)
    doc.close()
    return variant


def make_all(source: Path, folder: Path) -> dict[str, Variant]:
    folder.mkdir(parents=True, exist_ok=True)
    src = pymupdf.open(source)
    stem = source.stem
    variants = {
        "shifted": make_shifted(src, folder / f"{stem}-shifted.pdf"),
        "a4": make_a4(src, folder / f"{stem}-a4.pdf"),
        "rot90": make_rot90(src, folder / f"{stem}-rot90.pdf"),
        "rotate-flag": make_rotate_flag(src, folder / f"{stem}-rotate-flag.pdf"),
        "reflow": make_reflow(src, folder / f"{stem}-reflow.pdf"),
        "photo": make_photo(src, folder / f"{stem}-photo.png"),
        "photo-sideways": make_photo_sideways(src, folder / f"{stem}-photo-sideways.png"),
    }
    src.close()
    return variants


def source_words(source: Path, page_index: int) -> list[tuple]:
    with pymupdf.open(source) as doc:
        return doc[page_index].get_text("words")


def _centre_in(word: tuple, rect: Rect) -> bool:
    return rect[0] <= (word[0] + word[2]) / 2 <= rect[2] and rect[1] <= (word[1] + word[3]) / 2 <= rect[3]


def expected_reflow_rect(
    source: Path, variant: Variant, page_index: int, rect: Rect, printed: Path | None = None
) -> Rect | None:
    """Where a part of the form belongs on the reflowed document: around its printed words' new places.

    The part's words are those whose centre lies in ``rect`` on the source; for a filled-in source,
    only the words also printed there on the blank form ``printed`` (typed values and tick marks are
    left out). Their new rects are known from the typesetting; the part's margins around its words
    shrink with the font.
    """
    words = source_words(source, page_index)
    inside = [i for i, w in enumerate(words) if _centre_in(w, rect) and (page_index, i) in variant.word_rects]
    if printed is not None:
        blank = {w[4] for w in source_words(printed, page_index) if _centre_in(w, rect)}
        inside = [i for i in inside if words[i][4] in blank]
    if not inside:
        return None
    old = [tuple(words[i][:4]) for i in inside]
    new = [variant.word_rects[(page_index, i)] for i in inside]
    ox0, oy0 = min(r[0] for r in old), min(r[1] for r in old)
    ox1, oy1 = max(r[2] for r in old), max(r[3] for r in old)
    nx0, ny0 = min(r[0] for r in new), min(r[1] for r in new)
    nx1, ny1 = max(r[2] for r in new), max(r[3] for r in new)
    k = REFLOW_FONT
    return (nx0 - k * (ox0 - rect[0]), ny0 - k * (oy0 - rect[1]), nx1 + k * (rect[2] - ox1), ny1 + k * (rect[3] - oy1))


if __name__ == "__main__":  # write the variants of a form next to each other and render them to look at
    import sys

    made = make_all(Path(sys.argv[1]), Path(sys.argv[2]))
    for v in made.values():
        with pymupdf.open(v.path) as d:
            d[0].get_pixmap(dpi=60).save(Path(sys.argv[2]) / f"{v.path.stem}-look.png")
