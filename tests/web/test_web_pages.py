"""Every page renders the store; the timeline chart places events by their period."""

from __future__ import annotations

import re
from datetime import date

import pytest

from chronik.web import chart as ch


@pytest.mark.parametrize("path, expect", [
    ("/", ["Latest events", "Vladimir Putin"]),
    ("/timeline", ["13 September 2023", "June 2024", "2 sources", "Testblatt"]),
    ("/timeline?zoom=year&at=2023", ["2023", "Sergei Lavrov"]),
    ("/timeline?zoom=month&at=2023-09", ["September 2023", "Kim Jong Un"]),
    ("/timeline?zoom=day&at=2023-09-13", ["13 September 2023"]),
    ("/timeline?lanes=actor", ["Vladimir Putin", "European Union"]),
    ("/timeline?actor=Putin&with=Kim+Jong+Un", ["Vladimir Putin", "1 event"]),
    ("/search?q=Sanktionen", ["Sanktionen", "SANCTION"]),
    ("/search?q=Kim&lang=en", ["Sample Wire"]),
    ("/entities", ["Kim Jong Un"]),
    ("/entities?q=lavrov", ["Sergei Lavrov"]),
    ("/articles/web-a1", ["Putin empfängt Kim", "hl-timex", "Wir werden helfen", "original article"]),
    ("/analyze", ["Paste"]),
    ("/docs", ["/api/timeline", "/api/analyze"]),
])
def test_pages_render(client, path, expect):
    resp = client.get(path)
    assert resp.status_code == 200, resp.text[:500]
    for text in expect:
        assert text in resp.text, text


def test_entity_page(client):
    eid = client.get("/api/entities/Vladimir Putin").json()["entity"]["id"]
    html = client.get(f"/entities/{eid}").text
    assert "Events per" in html and "<svg class=\"bars\"" in html
    assert "Kim Jong Un" in html and "Wir werden helfen" in html and "Putin" in html
    assert "Roles over time" in html and "President of Russia" in html and "13 September 2023" in html
    assert client.get("/entities/Q7747", follow_redirects=False).status_code == 303


def test_event_page_shows_each_report(client):
    tid = client.get("/api/timeline", params={"actor": "Putin"}).json()["entries"][0]["id"]
    html = client.get(f"/events/{tid}").text
    assert html.count('<blockquote class="sentence">') == 2
    assert "Testblatt" in html and "Sample Wire" in html and 'class="hl hl-trigger' in html
    assert 'hl-entity-actor' in html and 'hl-entity-recipient' in html


def test_timeline_unknown_actor_is_shown_with_the_form(client):
    resp = client.get("/timeline?actor=Putn")
    assert resp.status_code == 400 and "Did you mean" in resp.text and 'id="filters"' in resp.text


def test_timeline_bad_zoom_falls_back(client):
    assert client.get("/timeline?zoom=week&at=garbage").status_code == 200
    assert client.get("/timeline?zoom=month&at=2024-13").status_code == 200


def test_timeline_month_event_is_a_band_over_the_month():
    w = ch.window_for("year", "2024", None)
    items = [ch.Item(1, date(2024, 6, 1), date(2024, 6, 30), "month", "AGREE", ("AGREE",), 1, "m"),
             ch.Item(2, date(2024, 6, 19), date(2024, 6, 19), "day", "AGREE", ("AGREE",), 3, "d")]
    c = ch.layout(w, items, [("AGREE", "AGREE", None)], lambda z, a: f"/t?{z}={a}")
    band = next(m for m in c.marks if m.id == 1)
    dot = next(m for m in c.marks if m.id == 2)
    px = (ch.WIDTH - ch.RIGHT - ch.LEFT) / 366
    assert band.shape == "band" and band.x == pytest.approx(ch.LEFT + 152 * px)
    assert band.w == pytest.approx(30 * px)
    assert dot.shape == "dot" and band.x < dot.x < band.x + band.w
    assert band.y != dot.y or abs(band.y - dot.y) > 0  # packed in separate rows when they overlap


def test_timeline_aggregates_when_too_many(client, monkeypatch):
    from chronik.web import timeline_view

    monkeypatch.setattr(timeline_view, "CHART_CAP", 1)
    html = client.get("/timeline").text
    assert "too many to draw one by one" in html and 'class="bucket' in html
    counts = [int(x) for x in re.findall(r'<g class="bucket lvl\d"><title>[^<]*: (\d+) events', html)]
    bands = len(re.findall(r'class="ev fam-[^"]* band"', html))
    assert sum(counts) + bands == 5
    html = client.get("/timeline?q=Kim").text
    assert "too many to draw one by one" in html


def test_analyze_page_paste_and_upload(client):
    form = {"text": "Die Ministerin besuchte am 4. Juni 2025 Kiew.", "date": "2025-06-05", "lang": "de"}
    html = client.post("/analyze", data=form).text
    assert "hl-timex" in html and "2025-06-04" in html
    rec = "date 2025-06-05 Besuch in Kiew\n\nDie Ministerin besuchte am 4. Juni 2025 Kiew.\n"
    html = client.post("/analyze", files={"file": ("a.txt", rec.encode(), "text/plain")}).text
    assert "Besuch in Kiew" in html and "2025-06-04" in html
    plain = client.post("/analyze", data={"date": "2025-06-05"},
                        files={"file": ("b.txt", b"Die Ministerin besuchte gestern Kiew.", "text/plain")})
    assert plain.status_code == 200 and "2025-06-04" in plain.text
    assert client.post("/analyze", data={"text": ""}).status_code == 400


def test_serve_get_prints_one_response(small_db):
    import json

    from typer.testing import CliRunner

    from chronik.cli.app import app

    out = CliRunner().invoke(app, ["serve", "--db", str(small_db), "--get", "/api/timeline?limit=1"])
    assert out.exit_code == 0 and json.loads(out.stdout)["total"] == 5
    out = CliRunner().invoke(app, ["serve", "--db", str(small_db), "--get", "/api/events/999"])
    assert out.exit_code == 1 and json.loads(out.stdout)["status"] == 404
    out = CliRunner().invoke(app, ["serve", "--db", str(small_db), "--allow-write"])
    assert out.exit_code == 2
