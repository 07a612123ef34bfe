"""The JSON API: the CLI's queries over HTTP, paginated, with one error shape.

Lists take `limit`/`offset` and report `total`; single records 404 when absent; every error
is `{"ok": false, "error": "...", "status": N}` (see app.py).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Query, Request
from pydantic import BaseModel, Field

from chronik.errors import UsageError
from chronik.timeline.dates import parse_bound
from chronik.timeline.queries import entity_profile, event_detail, stats, timeline
from chronik.web import data
from chronik.web.app import Forbidden, NotFound, settings_of, store_of
from chronik.web.security import bearer, token_ok

router = APIRouter(prefix="/api", tags=["api"])
MAX_PAGE = 500


class ArticleIn(BaseModel):
    """An article to analyze (or, with a write token, to store)."""

    text: str = Field(..., description="The article text (plain text).", max_length=200_000)
    date: str | None = Field(None, description="Publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
    lang: str | None = Field(None, description="Language code (de, en); detected when omitted.")
    title: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, description="Publisher.", max_length=500)
    url: str | None = Field(None, description="Original URL (http/https).", max_length=4096)


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(..., max_length=1000)


def _ok(payload: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True, **payload}


@router.get("/timeline", summary="Fused events in timeline order")
def api_timeline(
    request: Request,
    actor: Annotated[list[str], Query(description="Entity name, KB id or id; repeat for ANY of them.")] = [],  # noqa: B006
    with_: Annotated[list[str], Query(alias="with", description="... and EVERY one of these too (a pair of actors).")] = [],  # noqa: B006
    type: Annotated[str | None, Query(description="A PLOVER event type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    q: Annotated[str | None, Query(description="Words an evidence sentence must contain.")] = None,
    min_sources: Annotated[int, Query(ge=1, description="Publishers + cited sources at least.")] = 1,
    limit: Annotated[int, Query(ge=0, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Like `chronik timeline`: events with their actors, date at its precision, sources."""
    page = timeline(store_of(request), actor, with_, type=type, since=since, until=until,
                    query=q, min_sources=min_sources, limit=limit, offset=offset, count=True)
    return _ok(page.to_dict())


@router.get("/events/{event_id}", summary="One fused event with every report of it")
def api_event(request: Request, event_id: int) -> dict[str, Any]:
    """The event and each evidence sentence with its article, date and publisher."""
    try:
        return _ok(event_detail(store_of(request), event_id).to_dict())
    except UsageError as exc:
        raise NotFound(str(exc)) from None


@router.get("/entities", summary="Find entities by name")
def api_entities(
    request: Request,
    q: Annotated[str, Query(min_length=1, description="A name or part of one, any spelling.")],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
) -> dict[str, Any]:
    hits = data.search_entities(store_of(request), q, limit)
    return _ok({"total": len(hits), "limit": limit, "offset": 0,
                "entities": [asdict(h) for h in hits]})


@router.get("/entities/{entity}", summary="An entity's profile")
def api_entity(request: Request, entity: str,
               quotes: Annotated[int, Query(ge=0, le=100)] = 8) -> dict[str, Any]:
    """Canonical name, spellings, roles over time, counterparts, events per month, quotes.
    `entity` is an id, a KB id (Q…) or a name."""
    store = store_of(request)
    try:
        prof = entity_profile(store, entity)
    except UsageError as exc:
        raise NotFound(str(exc)) from None
    out = prof.to_dict()
    out["quotes"] = [asdict(x) for x in data.entity_quotes(store, prof.entity.id, quotes)]
    out["roles_over_time"] = [asdict(x) for x in data.entity_roles(store, prof.entity.id)]
    return _ok(out)


@router.get("/search", summary="Full-text search over sentences and entity names")
def api_search(
    request: Request,
    q: Annotated[str, Query(min_length=1, description="Words (any inflected form).")],
    type: Annotated[str | None, Query(description="Only sentences reporting this PLOVER type.")] = None,
    since: Annotated[str | None, Query(description="Article date from (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, Query(description="Article date until.")] = None,
    lang: Annotated[str | None, Query(description="Article language (de, en).")] = None,
    source: Annotated[str | None, Query(description="Publisher.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    store = store_of(request)
    res = data.search_page(store, q, type=type.upper() if type else None,
                           lo=parse_bound(since), hi=parse_bound(until, end=True), lang=lang,
                           source=source, limit=limit, offset=offset)
    results = []
    for r in res.results:
        rec = asdict(r)
        rec["highlights"] = [list(x) for x in r.highlights]
        rec["event_types"] = res.event_types.get(r.sentence_id, [])
        results.append(rec)
    return _ok({"total": res.total, "capped": res.capped, "limit": limit, "offset": offset,
                "results": results,
                "entities": [asdict(h) for h in data.search_entities(store, q, 10)]})


@router.get("/articles/{article_id}", summary="The stored chronik.analysis/1 record")
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    """The analysis record of a stored article, as `chronik analyze` prints it."""
    try:
        return data.article_view(store_of(request), article_id).analysis.to_record()
    except UsageError as exc:
        raise NotFound(str(exc)) from None


@router.get("/stats", summary="What the store holds")
def api_stats(request: Request) -> dict[str, Any]:
    return _ok(stats(store_of(request)).to_dict())


@router.post("/analyze", summary="Analyze one article without storing it")
def api_analyze(article: Annotated[ArticleIn, Body()]) -> dict[str, Any]:
    """Returns the chronik.analysis/1 record (../shared/spec/analysis.md)."""
    from chronik.web.analyzing import analyze_article, article_from_text

    art = article_from_text(article.text, date=article.date, lang=article.lang,
                            title=article.title, source=article.source, url=article.url)
    return analyze_article(art).to_record()


@router.post("/ingest", summary="Analyze and store articles (needs --allow-write and the token)")
def api_ingest(request: Request, body: Annotated[IngestIn, Body()],
               authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    """Writes need a server started with `--allow-write` and `Authorization: Bearer TOKEN`."""
    from chronik.store.write import Writer
    from chronik.web.analyzing import analyze_article, article_from_text

    settings = settings_of(request)
    if not settings.allow_write:
        raise Forbidden("this server is read-only (start it with --allow-write and a token)")
    if not token_ok(settings.token, bearer(authorization)):
        raise Forbidden("a valid token is needed: send Authorization: Bearer TOKEN")
    analyses = [analyze_article(article_from_text(a.text, date=a.date, lang=a.lang, title=a.title,
                                                  source=a.source, url=a.url))
                for a in body.articles]
    provider = request.app.state.stores
    with provider.write_lock:
        summary = Writer(provider.get()).write_many([(x, True) for x in analyses])
    return _ok({"ingested": summary.ingested, "duplicates": summary.duplicates,
                "failed": [{"article": w, "error": r} for w, r in summary.failed],
                "ids": [x.article.id for x in analyses]})

