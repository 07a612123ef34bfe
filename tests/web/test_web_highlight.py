"""Highlighting from offsets: escaped pieces, well-nested tags, the text unchanged."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import pytest

from chronik.web.highlight import Mark, analysis_marks, render


class _Nesting(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True
        self.links_nested = False

    def handle_starttag(self, tag, attrs):
        if tag == "a" and "a" in self.stack:
            self.links_nested = True
        self.stack.append(tag)

    def handle_endtag(self, tag):
        self.ok = self.ok and bool(self.stack) and self.stack.pop() == tag


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize("marks", [
    [],
    [Mark(0, 5, "entity", "x", "PER")],
    [Mark(0, 20, "evidence"), Mark(3, 8, "entity", "a", "PER", "/entities/1"), Mark(6, 12, "timex")],
    [Mark(2, 9, "quote"), Mark(5, 15, "evidence"), Mark(5, 15, "evidence", "second event")],
    [Mark(0, 10, "entity", href="/entities/1"), Mark(4, 6, "trigger", href="/events/2")],
    [Mark(-1, 3, "timex"), Mark(5, 500, "timex"), Mark(4, 4, "timex")],  # out of range: ignored
])
def test_highlight_keeps_text_and_nesting(marks):
    text = "A <b>&amp; 'x' \"y\" </script> ends."
    html = str(render(text, marks))
    assert _text(html) == text
    check = _Nesting()
    check.feed(html)
    assert check.ok and not check.stack and not check.links_nested
    assert "<b>" not in html and "</script>" not in html


def test_highlight_escapes_labels_and_refuses_outside_links():
    html = str(render("Kim met Putin", [
        Mark(0, 3, "entity", '"><script>x</script>', "PER", "javascript:alert(1)"),
        Mark(8, 13, "entity", "ok", "PER", "//evil.example/"),
        Mark(4, 7, "trigger", "t", "ONE TWO")]))
    assert "<script>" not in html and "&#34;&gt;&lt;script&gt;" in html
    assert "href" not in html  # neither link is site-relative
    assert "hl-trigger-ONE" not in html  # class suffixes are checked


def test_highlight_analysis_marks_cover_every_layer():
    from stores import hand_made

    a = hand_made()[0]
    html = str(render(a.article.text, analysis_marks(a, entity_ids={"e1": 7}, timeline_ids={"v1": 3})))
    for cls in ("hl-timex", "hl-entity-PER", "hl-evidence", "hl-trigger", "hl-quote"):
        assert cls in html
    assert 'href="/entities/7"' in html and 'href="/events/3"' in html
    assert _text(html) == a.article.text
