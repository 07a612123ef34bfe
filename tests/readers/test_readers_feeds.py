"""RSS and Atom feeds: entries become Articles; pages are fetched only when asked."""

from __future__ import annotations

from chronik.readers import read_file, read_paths
from chronik.readers.feeds import html_fragment_text


def test_feeds_rss_entries(fixtures, errors):
    arts = list(read_file(fixtures / "feed.rss", on_error=errors))
    assert errors == []
    first, second = arts
    assert first.title == "Envoy arrives for talks"
    assert first.text == ("Envoy arrives for talks\n\nThe special envoy arrived on Wednesday for "
                          "two days of talks.\nBoth sides hope to agree on a new framework.")
    assert first.date == "2025-06-04"  # the feed's local day, not UTC (which is 06-05)
    assert first.url == "https://wire.example/world/envoy-arrives"
    assert first.source == "Example Wire: World"
    assert first.lang == "en"
    assert first.origin.endswith("feed.rss#1") and second.origin.endswith("feed.rss#2")
    assert second.date == "2025-06-03"


def test_feeds_atom_entry_prefers_full_content(fixtures):
    (art,) = read_file(fixtures / "feed.atom")
    assert art.source == "Beispielzeitung – Politik"
    assert art.date == "2025-06-06"
    assert art.url == "https://zeitung.example/politik/gespraeche"
    assert "Ein Termin steht noch nicht fest" in art.text
    assert "Kurzfassung" not in art.text
    assert art.lang == "de"


def _feed_linking(tmp_path, page_url: str) -> str:
    feed = tmp_path / "local.rss"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>Short teaser</title><link>{page_url}</link><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate>
<description>Only a teaser.</description></item></channel></rss>""", "utf-8")
    return str(feed)


def test_feeds_pages_not_fetched_by_default(tmp_path, fixtures):
    feed = _feed_linking(tmp_path, (fixtures / "page.html").resolve().as_uri())
    (art,) = read_paths([feed])
    assert art.text == "Short teaser\n\nOnly a teaser."


def test_feeds_fetch_pages_reads_linked_page(tmp_path, fixtures, monkeypatch):
    from chronik.readers import fetch

    page_url = "https://times.example/world/trade-pact"
    asked = []

    def fake_fetch(url, **kw):  # the network is never touched in tests
        asked.append(url)
        return fetch.Fetched(url, (fixtures / "page.html").read_bytes(), "utf-8")

    monkeypatch.setattr(fetch, "fetch_url", fake_fetch)
    (art,) = read_paths([_feed_linking(tmp_path, page_url)], fetch_pages=True)
    assert asked == [page_url]
    assert "signed a trade agreement" in art.text
    assert art.date == "2025-06-02"  # the feed's date wins over the page's
    assert art.source == "Local" and art.url == page_url


def test_feeds_fetch_url_reads_file_url_with_size_limit(fixtures):
    from chronik.errors import InputError
    from chronik.readers.fetch import fetch_url

    url = (fixtures / "page.html").resolve().as_uri()
    assert b"trade pact" in fetch_url(url).data
    import pytest

    with pytest.raises(InputError, match="limit"):
        fetch_url(url, max_bytes=50)


def test_feeds_fetch_failure_falls_back_to_entry(tmp_path):
    missing = (tmp_path / "missing.html").as_uri()
    (art,) = read_paths([_feed_linking(tmp_path, missing)], fetch_pages=True)
    assert art.text == "Short teaser\n\nOnly a teaser."
    assert "cannot fetch" in art.metadata["page_error"]


def test_feeds_url_input_via_file_scheme(fixtures):
    arts = list(read_paths([(fixtures / "feed.rss").resolve().as_uri()]))
    assert len(arts) == 2


def test_feeds_broken_feed_rejected(tmp_path, errors):
    p = tmp_path / "broken.rss"
    p.write_text("<?xml version='1.0'?><rss><channel><title>x</title>", "utf-8")
    assert list(read_file(p, on_error=errors)) == []
    assert "feed" in errors[0].reason


def test_feeds_fragment_text():
    assert html_fragment_text("<p>Eins &amp; zwei</p><p>drei<br>vier</p>") == "Eins & zwei\ndrei\nvier"
