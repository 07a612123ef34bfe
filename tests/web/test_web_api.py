"""The JSON API: pagination, filters, records, and the one error shape."""

from __future__ import annotations

import pytest

from chronik.schema.validate import record_errors


def _error_shape(resp, status: int) -> dict:
    assert resp.status_code == status
    body = resp.json()
    assert body["ok"] is False and body["status"] == status and body["error"]
    return body


def test_api_timeline_paginates_with_total(client):
    first = client.get("/api/timeline", params={"limit": 2}).json()
    assert first["ok"] is True and first["total"] == 5 and len(first["entries"]) == 2
    rest = client.get("/api/timeline", params={"limit": 2, "offset": 4}).json()
    assert [e["id"] for e in rest["entries"]] not in ([e["id"] for e in first["entries"]],)
    assert len(rest["entries"]) == 1


@pytest.mark.parametrize("params, dates", [
    ({"actor": "Kim Jong Un"}, ["2023-09-13", "2024-05-01"]),
    ({"actor": "Putin", "with": "Kim Jong Un"}, ["2023-09-13"]),
    ({"type": "SANCTION"}, ["2024-12"]),
    ({"since": "2024-06", "until": "2024-12"}, ["2024-06", "2024-12"]),
])
def test_api_timeline_filters(client, params, dates):
    body = client.get("/api/timeline", params=params).json()
    assert [e["date"] for e in body["entries"]] == dates


def test_api_timeline_min_sources(client):
    every = client.get("/api/timeline").json()["entries"]
    multi = client.get("/api/timeline", params={"min_sources": 2}).json()["entries"]
    assert [e["id"] for e in multi] == [e["id"] for e in every if e["n_sources"] >= 2]
    assert "2023-09-13" in [e["date"] for e in multi]  # two publishers report the meeting


def test_api_timeline_month_event_keeps_its_precision(client):
    entry = client.get("/api/timeline", params={"type": "AGREE"}).json()["entries"][0]
    assert entry["date"] == "2024-06" and entry["precision"] == "month"
    assert (entry["date_start"], entry["date_end"]) == ("2024-06-01", "2024-06-30")


def test_api_event_has_every_report(client):
    tid = client.get("/api/timeline", params={"actor": "Putin"}).json()["entries"][0]["id"]
    body = client.get(f"/api/events/{tid}").json()
    assert body["event"]["n_sources"] == 2
    assert {e["article_source"] for e in body["evidence"]} == {"Testblatt", "Sample Wire"}
    assert all(e["sentence"] for e in body["evidence"])


def test_api_entity_by_name_kb_and_id(client):
    by_name = client.get("/api/entities/Vladimir Putin").json()
    by_kb = client.get("/api/entities/Q7747").json()
    assert by_name["entity"]["id"] == by_kb["entity"]["id"]
    assert by_name["quotes"][0]["text"] == "Wir werden helfen"
    roles = by_name["roles_over_time"]
    assert roles == [{"role": "President of Russia", "first": "2023-09-13", "last": "2023-09-14",
                      "articles": 2}]
    assert client.get(f"/api/entities/{by_name['entity']['id']}").json()["entity"]["name"] == "Vladimir Putin"


def test_api_search_filters(client):
    all_hits = client.get("/api/search", params={"q": "Kim"}).json()
    assert all_hits["total"] >= 2 and any(e["name"] == "Kim Jong Un" for e in all_hits["entities"])
    en = client.get("/api/search", params={"q": "Kim", "lang": "en"}).json()
    assert en["total"] >= 1 and all(r["lang"] == "en" for r in en["results"])
    src = client.get("/api/search", params={"q": "Kim", "source": "Testblatt"}).json()
    assert all(r["source"] == "Testblatt" for r in src["results"])
    typed = client.get("/api/search", params={"q": "Nordkorea", "type": "SANCTION"}).json()
    assert typed["total"] == 1 and typed["results"][0]["event_types"] == ["SANCTION"]
    late = client.get("/api/search", params={"q": "Kim", "since": "2024"}).json()
    assert all(r["date"] >= "2024" for r in late["results"])


def test_api_article_is_a_valid_analysis_record(client):
    rec = client.get("/api/articles/web-a1").json()
    assert rec["schema"] == "chronik.analysis/1"
    assert record_errors(rec) == []
    text = rec["article"]["text"]
    for t in rec["timexes"]:
        assert text[t["start"]:t["end"]] == t["text"]
    assert rec["events"][0]["actors"] and rec["quotes"][0]["speaker"]


def test_api_analyze_returns_the_record_without_storing(client):
    body = {"text": "Der Außenminister traf am 3. März 2025 in Berlin seinen Amtskollegen.",
            "date": "2025-03-04", "lang": "de"}
    rec = client.post("/api/analyze", json=body).json()
    assert rec["schema"] == "chronik.analysis/1" and record_errors(rec) == []
    assert rec["article"]["date"] == "2025-03-04"
    assert client.get(f"/api/articles/{rec['article']['id']}").status_code == 404


@pytest.mark.parametrize("path, status", [
    ("/api/events/999", 404), ("/api/entities/Nobody At All", 404), ("/api/articles/nope", 404),
    ("/api/timeline?type=PARTY", 400), ("/api/timeline?since=2025&until=2024", 400),
    ("/api/timeline?limit=-1", 422), ("/api/events/abc", 422), ("/api/nothing", 404),
])
def test_api_errors_have_one_shape(client, path, status):
    _error_shape(client.get(path), status)


def test_api_bad_analyze_input_is_400(client):
    _error_shape(client.post("/api/analyze", json={"text": "  "}), 400)
    body = _error_shape(client.post("/api/analyze", json={"text": "x", "date": "gestern"}), 400)
    assert "YYYY" in body["error"]
    _error_shape(client.post("/api/analyze", json={"date": "2024"}), 422)


def test_api_openapi_and_local_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/timeline", "/api/events/{event_id}", "/api/entities/{entity}",
                 "/api/search", "/api/analyze", "/api/articles/{article_id}"):
        assert path in spec["paths"]
    page = client.get("/docs").text
    assert "/api/timeline" in page and "cdn" not in page.lower() and "http://" not in page
