"""The pages in a real browser: Playwright driving Debian's Chromium against a uvicorn server
on 127.0.0.1 serving the demo store (plus our hand-made and hostile articles).

Chromium comes from $CHRONIK_CHROMIUM (default /usr/bin/chromium); the tests skip with the
reason when it or Playwright is missing. Screenshots go to $CHRONIK_SCREENSHOTS or a temp
folder, printed at the start.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHRONIK_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
DEMO_ARTICLE = "001_schoigu_bei_kim_2023"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn
    from stores import demo_store

    from chronik.web.app import create_app

    path = tmp_path_factory.mktemp("browser") / "demo.db"
    demo_store(path).close()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHRONIK_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install playwright)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("CHRONIK_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("dialog", lambda d: (pg.errors.append("dialog: " + d.message), d.dismiss()))
    yield pg
    ctx.close()


def _pwned(pg) -> bool:
    return pg.evaluate("window.__pwned !== undefined") or "PWNED" in pg.title()


@pytest.mark.parametrize("path, heading", [
    ("/", "What happened"), ("/timeline", "Timeline"), ("/search?q=Schoigu", "Search"),
    ("/entities", "Entities"), (f"/articles/{DEMO_ARTICLE}", "Kim"), ("/analyze", "Analyze"),
    ("/docs", "JSON API"),
])
def test_browser_pages_load(page, server, path, heading):
    resp = page.goto(server + path)
    assert resp.status == 200
    assert heading in page.locator("h1").first.inner_text()
    assert page.errors == []
    assert not _pwned(page)


def test_browser_timeline_filters_and_evidence(page, server, shots):
    page.goto(server + "/timeline")
    page.fill("input[name=actor]", "Kim Jong Un")
    page.click("button[type=submit]")
    page.wait_for_url("**actor=Kim*")
    entries = page.locator("ol.entries li.entry")
    assert entries.count() >= 2
    assert "Kim Jong" in entries.first.inner_text()
    assert "with=" not in page.url  # empty fields are left out of the URL (JS)
    # a select applies at once (JS enhancement): choose the event type
    page.select_option("select[name=type]", "CONSULT")
    page.wait_for_url("**type=CONSULT*")
    text = page.locator("ol.entries").inner_text()
    assert "CONSULT" in text and "13 September 2023" in text
    assert re.search(r"\b[2-9]\d* sources\b", text)  # the fused meeting has several sources
    # the chart draws the events; a double-click zooms in one level (JS), a date label too
    assert page.locator("svg.tl g.ev").count() >= 2
    box = page.locator("svg.tl").bounding_box()
    page.mouse.dblclick(box["x"] + box["width"] * 0.6, box["y"] + 40)
    page.wait_for_url("**zoom=year*")
    page.locator("svg.tl text.tick-label").nth(2).click()  # a month label
    page.wait_for_url("**zoom=month*")
    page.goto(server + "/timeline?zoom=month&at=2023-09&actor=Kim+Jong+Un")
    assert "September 2023" in page.locator(".zoombar .window").inner_text()
    multi = page.locator("li.entry").filter(has_text=re.compile(r"\b[2-9]\d* articles\b"))
    assert multi.count() >= 1
    multi.first.locator("a.evidence-link").click()
    page.wait_for_url("**/events/*")
    quotes = page.locator("ol.evidence blockquote.sentence")
    assert quotes.count() >= 2
    meta = page.locator("ol.evidence .meta").all_inner_texts()
    assert all(re.search(r"\d{4}", m) for m in meta)  # every report shows its article's date
    assert len({m.split(" · ")[2] for m in meta}) >= 1  # and its publisher
    assert page.locator("ol.evidence .hl-trigger").count() >= 2
    assert page.errors == []


def test_browser_screenshots(page, server, shots):
    page.goto(server + "/timeline")
    chart = page.locator("svg.tl")
    assert chart.is_visible()
    assert page.locator("svg.tl g.ev").count() >= 4
    listing = page.locator("ol.entries").inner_text()
    assert re.search(r"\d{1,2} (January|February|March|April|May|June|July|August|September|"
                     r"October|November|December) 20\d\d", listing)
    assert re.search(r"\b\d+ sources?\b", listing) and "Demo-Zeitung" in listing
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)

    page.goto(server + f"/articles/{DEMO_ARTICLE}")
    head = page.locator(".article-head").inner_text()
    assert "27 July 2023" in head and "Demo-Zeitung" in head
    assert page.locator(".text mark.hl-timex").count() >= 1
    assert page.locator(".text .hl-entity").count() >= 2
    assert page.locator("a.ext").get_attribute("href").startswith("https://")
    page.screenshot(path=str(shots / "article.png"), full_page=True)
    assert (shots / "timeline.png").stat().st_size > 10_000


def test_browser_hostile_article_runs_nothing(page, server, shots):
    for path in ("/articles/web-evil", "/search?q=Angriff", "/", "/timeline",
                 "/entities?q=img+src"):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert not _pwned(page), path
        assert page.locator("a[href^='javascript:' i], [onerror], [onload], iframe").count() == 0
    page.goto(server + "/articles/web-evil")
    assert "<script>" in page.locator(".text").inner_text()  # shown as text
    page.hover(".article-head .sub")
    page.screenshot(path=str(shots / "hostile.png"), full_page=True)
    assert not _pwned(page) and page.errors == []
