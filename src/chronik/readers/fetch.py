"""Fetching a URL for the readers: only when asked, with a timeout and a size limit.

Used for feed URLs given on the command line and, with `fetch_pages=True`, for the pages a
feed links to. urllib only (no extra dependency); http, https and file URLs.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from chronik.errors import InputError
from chronik.readers.common import MAX_WHOLE_BYTES, mb

TIMEOUT_S = 15.0
SCHEMES = ("http://", "https://", "file://")
USER_AGENT = "chronik/0.1 (+https://github.com/; news timeline reader)"


def is_url(s: str) -> bool:
    return s.lower().startswith(SCHEMES)


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    charset: str | None


def fetch_url(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_WHOLE_BYTES) -> Fetched:
    """GET `url`; InputError on failure, on a non-text status or beyond `max_bytes`."""
    if not is_url(url):
        raise InputError(url, "not a http, https or file URL")
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (scheme checked)
            length = resp.headers.get("Content-Length")
            if length and length.isascii() and length.isdigit() and int(length) > max_bytes:
                raise InputError(url, f"response is {mb(int(length))}, over the {mb(max_bytes)} limit")
            chunks, total = [], 0
            while chunk := resp.read(256 * 1024):
                total += len(chunk)
                if total > max_bytes:
                    raise InputError(url, f"response larger than the {mb(max_bytes)} limit")
                chunks.append(chunk)
            charset = resp.headers.get_content_charset() if hasattr(resp.headers, "get_content_charset") else None
            return Fetched(resp.geturl() or url, b"".join(chunks), charset)
    except InputError:
        raise
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise InputError(url, f"cannot fetch: {reason}") from exc
