"""Sharp re-rendering after zoom, the panel's refusal to load anything, settings, --screenshot."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from explainer import settings
from explainer.content import explain
from explainer.model import Annotation
from explainer.ui import page_view
from explainer.ui.panel import ExplanationPanel
from tests import pdf_fixture as fixture
from tests.viewer_support import open_window


def test_zoom_in_rerenders_sharp_after_debounce(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    view = window.view
    page = window.scene.pages[0]
    before = page.pixmap().width()
    dpr = view.devicePixelRatioF()
    assert before == pytest.approx(fixture.PAGE_SIZE[0] * view.zoom * dpr, abs=1)
    view.zoom_in()
    # the old image is still shown (scaled) until the debounce fires
    assert page.pixmap().width() == before
    assert not view.is_sharp()
    qtbot.waitUntil(view.is_sharp, timeout=3000)
    assert page.pixmap().width() == pytest.approx(fixture.PAGE_SIZE[0] * view.zoom * dpr, abs=1)
    assert page.pixmap().width() > before
    assert page.pixmap().devicePixelRatio() == dpr
    assert page.rendered_scale == pytest.approx(view.zoom * dpr)


def test_zoom_is_capped_and_huge_zoom_renders_a_clip(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(page_view, "MAX_PAGE_PIXELS", 2_000_000)
    window = open_window(qtbot, tmp_path / "fx")
    view = window.view
    view.set_zoom(100.0)
    assert view.zoom == page_view.ZOOM_MAX
    qtbot.waitUntil(view.is_sharp, timeout=5000)
    page = window.scene.pages[view.visible_pages()[0]]
    assert page.pixmap().width() * page.pixmap().height() <= 2_000_000 * 1.01
    assert page.detail_scale == pytest.approx(view.device_scale())


def test_fit_width_and_fit_page(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    view = window.view
    view.fit_page()
    page_rect = view.mapFromScene(window.scene.page_scene_rect(0)).boundingRect()
    assert page_rect.height() <= view.viewport().height()
    view.fit_width()
    assert view.mode == "fit-width"
    assert view.mapFromScene(window.scene.sceneRect()).boundingRect().width() <= view.viewport().width()


class RecordingPanel(ExplanationPanel):
    def __init__(self):
        super().__init__()
        self.requests: list[tuple[int, str, object]] = []

    def loadResource(self, kind, name):
        result = super().loadResource(kind, name)
        self.requests.append((kind, name.toString(), result))
        return result


def _annotation(body: str) -> Annotation:
    data = fixture.annotation_set()["annotations"][0]
    return Annotation.model_validate({**data, "body": body})


def test_panel_never_loads_remote_resources(qtbot):
    panel = RecordingPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 600)
    panel.show()
    body = "Look: ![x](http://example.com/a.png) and ![y](https://example.com/b.png) [link](https://example.com)"
    panel.show_explanation(explain.explanation(_annotation(body)))
    panel.grab()  # lay out and paint: images would be requested now
    assert panel.requests == [], "no image is even referenced: each is written as its alt text"
    assert "[image: x]" in panel.toPlainText()
    assert "[image: y]" in panel.toPlainText()
    assert panel.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("https://example.com/c.png")) is None
    assert not panel.openLinks()
    assert "Database check only" in panel.toPlainText()


def test_settings_tolerant_load_and_unknown_keys_kept(tmp_path, capsys):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"jurisdiction": "ZZ", "recent_files": ["/a.pdf"], "future_key": {"x": 1}}))
    loaded = settings.load(path)
    assert loaded.jurisdiction == "US"
    assert loaded.recent_files == ["/a.pdf"]
    assert "jurisdiction" in capsys.readouterr().err
    settings.save(loaded, path)
    assert json.loads(path.read_text())["future_key"] == {"x": 1}
    path.write_text("{ not json")
    assert settings.load(path) == settings.Settings()
    assert "invalid JSON" in capsys.readouterr().err


def test_settings_recent_files_switch(tmp_path):
    path = tmp_path / "s.json"
    prefs = settings.SettingsStore(settings.Settings(), path)
    heard: list[frozenset[str]] = []
    prefs.subscribe(heard.append)
    prefs.add_recent(tmp_path / "a.pdf")
    prefs.add_recent(tmp_path / "b.pdf")
    prefs.add_recent(tmp_path / "a.pdf")
    assert [os.path.basename(p) for p in prefs.current.recent_files] == ["a.pdf", "b.pdf"]
    assert heard == [frozenset({"recent_files"})] * 3
    prefs.update(remember_recent=False)
    prefs.add_recent(tmp_path / "c.pdf")
    assert json.loads(path.read_text())["recent_files"] == []
    assert heard[-1] == frozenset({"remember_recent"})


def test_settings_store_is_the_one_writer(tmp_path):
    path = tmp_path / "s.json"
    prefs = settings.SettingsStore(settings.Settings(), path)
    with pytest.raises(ValueError, match="USPS"):
        prefs.update(jurisdiction="ZZ")
    assert not path.exists()  # an invalid change saves nothing
    assert prefs.update(jurisdiction="il") == frozenset({"jurisdiction"})
    assert json.loads(path.read_text())["jurisdiction"] == "IL"
    assert prefs.update(jurisdiction="IL") == frozenset()  # no change, no save, no signal
    with pytest.raises(ValidationError):
        prefs.current.jurisdiction = "CA"  # a copy, and frozen: only update() changes settings


@pytest.mark.slow
def test_screenshot_subprocess_writes_png(tmp_path):
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXPLAINER_HOME": str(tmp_path / "home")}
    args = [sys.executable, "-m", "explainer", "--state", "CA", "--screenshot", str(out)]
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    image = QImage(str(out))
    assert image.width() >= 800
    assert image.height() >= 600
    colors = {image.pixelColor(x, y).name() for x in range(0, image.width(), 37) for y in range(0, image.height(), 41)}
    assert len(colors) > 5  # not blank
    assert json.loads((tmp_path / "home" / "config" / "settings.json").read_text())["jurisdiction"] == "CA"


HIDPI_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from explainer import store
from explainer.app import wait_until_rendered
from tests.pdf_fixture import write_fixture
from explainer.app import create_window
app = QApplication([])
folder = Path(sys.argv[1])
write_fixture(folder)
lib = store.load_library([], forms_folder=folder, bundled_sets=folder / "sets", user_sets=folder / "none")
w = create_window(lib)
w.open_form("test-form")
w.show()
assert wait_until_rendered(w)
pix = w.scene.pages[0].pixmap()
print(w.view.devicePixelRatioF(), w.view.zoom, pix.width(), pix.devicePixelRatio())
"""


@pytest.mark.slow
def test_hidpi_renders_at_zoom_times_device_pixel_ratio(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": "2",
        "EXPLAINER_HOME": str(tmp_path / "home"),
    }
    result = subprocess.run(
        [sys.executable, "-c", HIDPI_SCRIPT, str(tmp_path / "fx")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    dpr, zoom, width, pixmap_dpr = (float(x) for x in result.stdout.split())
    assert dpr == 2.0
    assert pixmap_dpr == 2.0
    assert width == pytest.approx(fixture.PAGE_SIZE[0] * zoom * dpr, abs=1)


def test_long_documents_keep_only_pages_near_the_view(qtbot, tmp_path):
    from explainer.pdf.document import Document

    window = open_window(qtbot, tmp_path / "fx")
    long_pdf = fixture.write_pdf(tmp_path / "long.pdf", pages=12)
    window.view.set_document(Document(long_pdf))
    qtbot.waitUntil(window.view.is_sharp, timeout=5000)
    qtbot.wait(50)  # let the neighbours render too
    rendered = [i for i, p in enumerate(window.scene.pages) if p.pixmap() is not None]
    assert 0 in rendered
    assert max(rendered) <= max(window.view.visible_pages()) + page_view.KEEP_AROUND
    window.view.reveal(window.scene.page_scene_rect(11))
    qtbot.waitUntil(lambda: window.scene.pages[11].pixmap() is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.scene.pages[0].pixmap() is None, timeout=5000)
    window.view.set_document(None)


def test_ctrl_wheel_zooms_plain_wheel_scrolls(qtbot, tmp_path):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, tmp_path / "fx")
    view = window.view
    before = view.zoom

    def wheel(modifiers):
        pos = QPointF(view.viewport().rect().center())
        event = QWheelEvent(
            pos,
            view.viewport().mapToGlobal(pos),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)

    wheel(Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(before * page_view.ZOOM_STEP)
    assert view.mode == "custom"
    view.verticalScrollBar().setValue(300)
    wheel(Qt.KeyboardModifier.NoModifier)
    assert view.zoom == pytest.approx(before * page_view.ZOOM_STEP)
    assert view.verticalScrollBar().value() < 300
