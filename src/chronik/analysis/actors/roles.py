"""Role nouns ("der russische Verteidigungsminister", "Russia's defence minister").

The nouns and their KB role keys are data (`resources/<lang>/role_nouns.yaml`); one
precompiled regex per language finds them. Which state a role belongs to and whether it is a
past role are read by the linker from the gazetteer hits and `former_words` around the match.
A noun may also name the kind of office (`office`: "König" a monarch, "Präsident" a
president, checked against the holder's title so "the king" never resolves to a president),
the states or bodies it belongs to when the text names none (`scope`: "Bundeskanzler"), or
that it names a holder only with its state or body named (`bound`: "Chef" alone is anybody's
boss, "SPD-Chef" the party's); a plural ending ("foreign ministers") marks a mention of
several people, none of them linked; a feminine ending ("Kanzlerin") or a feminine noun
(`gender: f`: "chairwoman") names a woman, linked to no man; a masculine singular ending
where the language has a feminine form ("der Kanzler") makes a man the likelier holder
(`gender: any`: a noun of both genders, "Außenbeauftragte").
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
    office: str | None = None  # kind of office the noun names (role_keys.yaml `offices`)
    scope: tuple[str, ...] = ()  # states/bodies meant when the text names none; first = default
    plural: bool = False
    bound: bool = False  # names a holder only with its state or body named ("SPD-Chef")
    gender: str | None = None  # "f": a feminine form ("Kanzlerin", "chairwoman"): a woman holds it
    form: str | None = None  # "m": a masculine form where a feminine one exists ("der Kanzler")


@dataclass(frozen=True, slots=True)
class NounSpec:
    key: str
    office: str | None = None
    scope: tuple[str, ...] = ()
    bound: bool = False
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class RoleMatcher:
    regex: re.Pattern[str] | None
    phrases: tuple[tuple[re.Pattern[str], NounSpec], ...]  # (one phrase's regex, its spec)
    plural_endings: frozenset[str] = frozenset()
    feminine_endings: frozenset[str] = frozenset()
    masculine_endings: frozenset[str] = frozenset()

    def find(self, text: str) -> list[RoleNoun]:
        if self.regex is None:
            return []
        out = []
        for m in self.regex.finditer(text):
            head = m.group("head")
            for rx, spec in self.phrases:
                pm = rx.fullmatch(head)
                if pm:
                    end = pm.group("end") or ""
                    gender = "f" if end in self.feminine_endings or spec.gender == "f" else None
                    form = "m" if (gender is None and spec.gender != "any"
                                   and end in self.masculine_endings) else None
                    out.append(RoleNoun(m.start(), m.end(), spec.key, spec.office, spec.scope,
                                        end in self.plural_endings, spec.bound, gender, form))
                    break
        return out


def _spec(val) -> NounSpec:
    """A table value: a role key, or {key, office, scope, bound, gender} (scope one id or a
    list)."""
    if isinstance(val, dict):
        scope = val.get("scope") or ()
        scope = (scope,) if isinstance(scope, str) else tuple(str(x) for x in scope)
        office = val.get("office")
        return NounSpec(str(val["key"]), str(office) if office else None, scope,
                        bool(val.get("bound")), str(val["gender"]) if val.get("gender") else None)
    return NounSpec(str(val))


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
    roles: dict[str, NounSpec] = {str(k): _spec(v) for k, v in (data.get("roles") or {}).items()}
    endings = sorted((str(e) for e in data.get("endings") or ("",)), key=len, reverse=True)
    flags = re.IGNORECASE if lang == "en" else 0
    ends = "(?:" + "|".join(re.escape(e) for e in endings if e) + ")?"
    ordered = sorted(roles, key=len, reverse=True)
    alts = "|".join(_phrase_pattern(p) for p in ordered)
    # the first letters of the phrases, tested before anything else: most positions fail
    # there at once, not after trying every phrase (a third less time on German news)
    first = "(?=[" + "".join(sorted({re.escape(p[0]) for p in ordered})) + "])" if ordered else ""
    pattern = first + r"(?<!\w)(?P<head>(?:" + alts + r")" + ends + r")(?!\w)"
    end_group = "(?P<end>" + ends + ")"
    phrases = tuple((re.compile(_phrase_pattern(p) + end_group, flags), roles[p]) for p in ordered)
    plural = frozenset(str(e) for e in data.get("plural_endings") or ())
    feminine = frozenset(str(e) for e in data.get("feminine_endings") or ())
    masculine = frozenset(str(e) for e in data.get("masculine_endings") or ())
    return RoleMatcher(re.compile(pattern, flags), phrases, plural, feminine, masculine)
