"""Role nouns ("der russische Verteidigungsminister", "Russia's defence minister").

The nouns and their KB role keys are data (`resources/<lang>/role_nouns.yaml`); one
precompiled regex per language finds them. Which state a role belongs to and whether it is a
past role are read by the linker from the gazetteer hits and `former_words` around the match.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from chronik.resources import has_resource, load_yaml


@dataclass(frozen=True, slots=True)
class RoleNoun:
    start: int
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class RoleMatcher:
    regex: re.Pattern[str] | None
    phrases: tuple[tuple[re.Pattern[str], str], ...]  # (one phrase's regex, role key)

    def find(self, text: str) -> list[RoleNoun]:
        if self.regex is None:
            return []
        out = []
        for m in self.regex.finditer(text):
            head = m.group("head")
            for rx, key in self.phrases:
                if rx.fullmatch(head):
                    out.append(RoleNoun(m.start(), m.end(), key))
                    break
        return out


def _phrase_pattern(phrase: str) -> str:
    words = phrase.split()
    parts = [re.escape(words[0])]
    for w in words[1:]:
        # one optional adjective before each later word ("des russischen Sicherheitsrats")
        parts.append(r"\s+(?:[a-zäöüß][\w-]*\s+)?" + re.escape(w))
    return "".join(parts)


@functools.cache
def role_matcher(lang: str) -> RoleMatcher:
    if not has_resource(lang, "role_nouns.yaml"):
        return RoleMatcher(None, ())
    data = load_yaml(lang, "role_nouns.yaml") or {}
    roles: dict[str, str] = {str(k): str(v) for k, v in (data.get("roles") or {}).items()}
    endings = sorted((str(e) for e in data.get("endings") or ("",)), key=len, reverse=True)
    flags = re.IGNORECASE if lang == "en" else 0
    ends = "(?:" + "|".join(re.escape(e) for e in endings if e) + ")?"
    ordered = sorted(roles, key=len, reverse=True)
    alts = "|".join(_phrase_pattern(p) for p in ordered)
    # the first letters of the phrases, tested before anything else: most positions fail
    # there at once, not after trying every phrase (a third less time on German news)
    first = "(?=[" + "".join(sorted({re.escape(p[0]) for p in ordered})) + "])" if ordered else ""
    pattern = first + r"(?<!\w)(?P<head>(?:" + alts + r")" + ends + r")(?!\w)"
    phrases = tuple((re.compile(_phrase_pattern(p) + ends, flags), roles[p]) for p in ordered)
    return RoleMatcher(re.compile(pattern, flags), phrases)
