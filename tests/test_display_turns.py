"""Pages as displayed: a PDF page's ``/Rotate`` and the viewer's own quarter turns apply to page sizes,
words, search hits and rendered images alike, so markers land on the words the user sees."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from explainer import anchors, settings, store
from explainer.app import create_window
from explainer.app import review as review_of
from explainer.model import Anchor
from explainer.pdf.document import Document
from explainer.pdf.render import render_page
from explainer.review.geometry import rect_distance
from tests import review_docs

QUOTES = ["IMMIGRATION DETAINER", "NOT TO EXCEED 48 HOURS", "IT IS THEREFORE REQUESTED THAT YOU"]


@pytest.fixture(scope="module")
def library() -> store.Library:
    return store.load_library(user_sets=Path("/nonexistent"))


@pytest.fixture(scope="module")
def turned(library, tmp_path_factory) -> dict[str, review_docs.Variant]:
    folder = tmp_path_factory.mktemp("turned")
    with pymupdf.open(library.pdf_path("i-247a")) as src:
        return {
            "rotate-flag": review_docs.make_rotate_flag(src, folder / "rotate-flag.pdf"),
            "rot90": review_docs.make_rot90(src, folder / "rot90.pdf"),
        }


def _darkness(image, rect, scale: float) -> float:
    """The share of dark pixels of ``image`` (rendered at ``scale``) inside ``rect`` (points)."""
    x0, y0, x1, y1 = (round(v * scale) for v in rect)
    dark = total = 0
    for y in range(max(0, y0), min(image.height(), y1)):
        for x in range(max(0, x0), min(image.width(), x1)):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 128
    return dark / max(total, 1)


def test_rotate_flag_words_and_search_come_as_displayed(library, turned):
    variant = turned["rotate-flag"]
    with Document(library.pdf_path("i-247a")) as sample, Document(variant.path) as doc:
        assert doc.page_size(0) == pytest.approx((792.0, 612.0))  # shown landscape
        width, height = doc.page_size(0)
        for word in doc.words(0):
            assert 0 <= word.rect[0] < word.rect[2] <= width + 0.5
            assert 0 <= word.rect[1] < word.rect[3] <= height + 0.5
        for quote in QUOTES:
            (expected,) = sample.search(0, quote)
            (found,) = doc.search(0, quote)
            assert rect_distance(found, variant.transform.map_rect(expected)) <= 1.0
        text = doc.text(0, variant.transform.map_rect(sample.search(0, "IMMIGRATION DETAINER")[0]))
        assert "IMMIGRATION DETAINER" in text  # a clip in displayed points finds the displayed words


def test_the_viewer_places_quote_anchors_on_a_rotate_90_copy(qtbot, library, turned):
    """Opened in the plain viewer (its own resolver), quotes land within 5 pt of where they are shown."""
    variant = turned["rotate-flag"]
    form = library.forms["i-247a"]
    template = library.sets_for("i-247a")[0].annotations[0]
    quoted = [
        template.model_copy(update={"id": f"q{n}", "anchor": Anchor(quote=q), "extra_anchors": []})
        for n, q in enumerate(QUOTES)
    ]
    with Document(library.pdf_path("i-247a")) as sample:
        truth = anchors.place_all(quoted, sample, form, is_form_pdf=True)
    window = create_window(library, settings.load())
    qtbot.addWidget(window)
    assert window.open_document(variant.path)
    placed = anchors.place_all(quoted, window.document, form, is_form_pdf=False)
    for ann in quoted:
        assert placed[ann.id].method == "text"
        assert rect_distance(placed[ann.id].bounds, variant.transform.map_rect(truth[ann.id].bounds)) <= 5.0
    image = render_page(window.document, 0, 1.0)
    assert (image.width(), image.height()) == (792, 612)
    assert _darkness(image, placed["q0"].bounds, 1.0) > 0.1  # the rendered page has the words there
    window.close()


def test_turning_a_sideways_page_turns_its_image_and_markers_together(qtbot, library, turned):
    variant = turned["rot90"]  # the I-247A turned a quarter counter-clockwise on a landscape page
    window = create_window(library, settings.load())
    qtbot.addWidget(window)
    window.show()
    assert window.open_document(variant.path)
    controller = review_of(window)
    assert controller.review.ready
    before = window.scene.marker_scene_rect("box1-c-database-only")
    controller.panel.turn.click()  # one quarter clockwise: upright again
    assert window.document.turns == 1
    page = window.scene.pages[0]
    assert page.size == pytest.approx((612.0, 792.0))
    box = library.forms["i-247a"].region("box1.c").rect
    rect = window.scene.marker_scene_rect("box1-c-database-only")
    assert rect != before
    origin = page.pos()
    on_page = (rect.left() - origin.x(), rect.top() - origin.y(), rect.right() - origin.x(), rect.bottom() - origin.y())
    assert rect_distance(on_page, box) <= 5.0  # upright, the page is laid out like the sample form
    words = [w for w in window.document.words(0) if w.text in ("Biometric", "confirmation")]
    assert words
    for word in words:  # the marker covers the turned page's words...
        cx, cy = (word.rect[0] + word.rect[2]) / 2, (word.rect[1] + word.rect[3]) / 2
        assert on_page[0] <= cx <= on_page[2]
        assert on_page[1] <= cy <= on_page[3]
    image = render_page(window.document, 0, 1.0)  # ...and the turned image has them there too
    assert (image.width(), image.height()) == (612, 792)
    inked = _darkness(image, words[0].rect, 1.0)
    assert inked > 0.1
    with Document(variant.path) as unturned:  # unturned, that spot holds something else (not the word)
        assert _darkness(render_page(unturned, 0, 1.0), words[0].rect, 1.0) < inked / 2
    window.close()


def test_both_render_paths_turn_and_clip_alike(qapp, turned):
    from explainer.pdf import render as render_mod

    with Document(turned["rotate-flag"].path) as doc:
        doc.set_turns(1)
        page, turn = doc.page(0), doc.turn_matrix(0)
        for clip in (None, (50.0, 60.0, 200.0, 160.0)):
            direct = render_mod._render_into_qimage(page, 0.5, clip, False, turn)
            copied = render_mod._render_by_copy(page, 0.5, clip, False, turn)
            assert copied.convertToFormat(direct.format()) == direct
        assert (direct.width(), direct.height()) == (75, 50)
