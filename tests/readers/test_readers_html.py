"""HTML pages through trafilatura: text, title, date, site, url; pages without text."""

from __future__ import annotations

import pytest

from chronik.errors import InputError
from chronik.readers import read_file
from chronik.readers.html import read_html_bytes


def test_html_main_text_and_metadata(fixtures, errors):
    (art,) = read_file(fixtures / "page.html", on_error=errors)
    assert errors == []
    assert art.title == "Leaders sign trade pact"
    assert art.date == "2024-06-19"
    assert art.source == "Example Times"
    assert art.url == "https://times.example/world/trade-pact"
    assert art.lang == "en"
    assert "signed a trade agreement on Wednesday" in art.text
    assert "next round of talks" in art.text
    assert "Sport" not in art.text and "Copyright" not in art.text  # boilerplate dropped


def test_html_without_text_is_rejected(fixtures, errors):
    assert list(read_file(fixtures / "no_text.html", on_error=errors)) == []
    (err,) = errors
    assert err.path.endswith("no_text.html") and "HTML without text" in err.reason


def test_html_declared_charset_is_used():
    page = ("<html><head><meta charset='windows-1252'><title>Köln</title></head><body><article>"
            "<p>Die Außenministerin reiste am Dienstag nach Köln, um dort über Zölle und Märkte "
            "zu sprechen. Die Gespräche dauerten länger als geplant.</p></article></body></html>")
    art = read_html_bytes(page.encode("cp1252"), "p.html")
    assert "Außenministerin" in art.text and "Zölle" in art.text


def test_html_caller_url_and_date_win():
    page = (b"<html><body><article><p>The talks ended on Monday with a joint statement on "
            b"trade and security, according to both delegations.</p></article></body></html>")
    art = read_html_bytes(page, "p.html", url="https://x.example/a", date="2025-01-02")
    assert (art.url, art.date) == ("https://x.example/a", "2025-01-02")


def test_html_over_size_limit(fixtures, errors):
    assert list(read_file(fixtures / "page.html", on_error=errors, max_bytes=100)) == []
    assert "limit" in errors[0].reason


def test_html_empty_markup_raises():
    with pytest.raises(InputError, match="HTML without text"):
        read_html_bytes(b"<html><body><div></div></body></html>", "e.html")
