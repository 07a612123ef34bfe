"""Compile a language's time resources (YAML data) into one scanning regex.

The resource files hold everything language-specific: name tables (months, weekdays, numbers
in words, units, ...), named pattern fragments, tense cues and the rules. Rules are plain regexes
that may reference fragments and tables as `{name}` and capture *slots* as named groups
(`(?P<month>{month})`); the engine knows the slots, never the words. Tables compile longest-first
so "Januar" wins over "Jan". All rules join into one alternation (rule order = priority at a
position), scanned once per text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from chronik.errors import ResourceError
from chronik.resources import load_yaml, resource_path

# Slots a rule may capture; `l_`/`r_` prefixed variants belong to the two sides of a range.
SLOTS = frozenset({
    "year", "yrel", "month", "day", "weekday", "hour", "minute", "part", "season", "quarter",
    "half", "decade", "century", "num", "unit", "rel", "deictic", "mod", "ref", "week",
})
KINDS = frozenset({"date", "relative", "duration", "set", "fixed", "range", "holiday"})
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
# Which name table reads a slot's text when it is not digits.
SLOT_TABLE = {
    "month": "month", "day": "ordinal", "weekday": "weekday", "part": "part", "season": "season",
    "quarter": "ordinal", "half": "ordinal", "num": "number", "unit": "unit", "rel": "rel",
    "yrel": "rel", "deictic": "deictic", "mod": "mod", "ref": "ref", "week": "ordinal",
    "hour": "number",
}
_REF = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_GROUP = re.compile(r"\(\?P<([A-Za-z_][A-Za-z0-9_]*)>")
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: how to find an expression and which resolution step gives its value."""

    name: str
    kind: str
    type: str | None
    anchor: str  # dct | narrative: what relative values count from
    params: dict[str, Any]
    group: str  # outer group name in the combined regex
    slots: tuple[tuple[str, str], ...]  # (group name, slot name)
    span_group: str
    sides: tuple[str, str] | None = None  # group names of a range's two parts
    examples: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Grammar:
    lang: str
    regex: Any  # kept for compatibility: the rules' sources (see `combined` for one regex)
    rules: dict[str, Rule]
    tables: dict[str, dict[str, Any]]
    cues: re.Pattern[str] | None  # groups `past`, `future`; optional `perfect`, `present`, `weak`
    default_direction: dict[str, str] = field(default_factory=dict)
    cued: frozenset[str] = frozenset()  # expression kinds whose direction follows tense cues
    dispatch: Any = None  # Dispatcher: the rules that can start with a given character
    triggers: frozenset[str] = frozenset()  # words (or word starts) an expression must contain
    suffixes: frozenset[str] = frozenset()  # word ends that also trigger ("dreitägig")
    window: dict[str, int] = field(default_factory=dict)  # max cue distance (chars) per kind
    # how the language writes figures ("20,000" in English, "20.000" and "2,5" in German)
    thousands: str = ""
    decimal: str = "."

    @functools.cached_property
    def number_re(self) -> re.Pattern[str]:
        """A whole figure: digits grouped by the thousands mark, an optional decimal part."""
        dec = re.escape(self.decimal)
        grouped = rf"[0-9]{{1,3}}(?:{re.escape(self.thousands)}[0-9]{{3}})+|" if self.thousands else ""
        return re.compile(rf"^(?:{grouped}[0-9]+)(?:{dec}[0-9]+)?$")

    @functools.cached_property
    def prefix4(self) -> frozenset[str]:
        return frozenset(w[:4] for w in self.triggers if len(w) >= 4)

    @functools.cached_property
    def suffix4(self) -> frozenset[str]:
        return frozenset(w[-4:] for w in self.suffixes if len(w) >= 4)

    def lookup(self, table: str, text: str) -> Any:
        return self.tables.get(table, {}).get(key(text))


def caseless(pattern: str) -> str:
    """Make a regex accept either case at the start of each word ("Gestern", "gestern") by
    spelling that letter as `[gG]`, except inside `(?-i:...)`. The rest of a word is matched as
    written (all-caps text is not matched: a cost kept for speed of compiling and scanning).

    Python's re checks the first character of each alternative cheaply only for plain literals
    and character sets, not under re.IGNORECASE; with hundreds of alternatives that check is
    what keeps the scan fast. Character classes and escapes are copied unchanged.
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    exact_depth: list[int] = []  # paren depths at which a (?-i: group opened
    depth = 0
    after_letter = False  # the previous output was a literal letter (not a word start)
    while i < n:
        ch = pattern[i]
        if not ch.isalpha():
            after_letter = False
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        if ch == "(":
            depth += 1
            if pattern.startswith("(?-i:", i):
                exact_depth.append(depth)
                out.append("(?:")
                i += 5
                continue
            m = re.match(r"\(\?(?:P<[A-Za-z_][A-Za-z0-9_]*>|P=[A-Za-z_][A-Za-z0-9_]*\)|[:=!]|<[=!]|[aiLmsux]+\))?",
                         pattern[i:])
            head = m.group(0) if m else "("
            out.append(head)
            i += len(head)
            continue
        if ch == ")":
            if exact_depth and exact_depth[-1] == depth:
                exact_depth.pop()
            depth -= 1
            out.append(ch)
            i += 1
            continue
        if ch == "{":
            j = pattern.find("}", i)
            if j > 0 and re.fullmatch(r"\{[0-9]*,?[0-9]*\}", pattern[i:j + 1]):
                out.append(pattern[i:j + 1])
                i = j + 1
                continue
        lo, up = ch.lower(), ch.upper()
        if not after_letter and not exact_depth and lo != up and len(lo) == 1 and len(up) == 1:
            out.append(f"[{lo}{up}]")
        else:
            out.append(ch)
        after_letter = ch.isalpha()
        i += 1
        continue
    return "".join(out)


def key(text: str) -> str:
    """Table key of a matched word: case-folded, inner whitespace and dots normalized."""
    return _WS.sub(" ", text.strip()).casefold()


def _alternation(words: list[str], exact: bool) -> str:
    """The words as one regex, prefix-factored (a trie): a flat alternation of a hundred cue
    words is tried word by word at every position; the trie branches on the next character.
    Longer words still win (a node's continuations come before its end)."""
    trie: dict[str, dict] = {}
    for w in {" ".join(w.split()) for w in words if w and w.split()}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _trie_regex(trie)
    return f"(?-i:{body})" if exact else f"(?:{body})"


def _trie_regex(node: dict[str, dict]) -> str:
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(node[ch]) for ch in sorted(node) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(alts) == 1 else f"{body}?"


def _resource_files(lang: str) -> list[str]:
    """`time.yaml` plus every `time_*.yaml` of the language, in name order."""
    folder = resource_path(lang, "")
    try:
        names = sorted(p.name for p in folder.iterdir()
                       if p.name == "time.yaml" or (p.name.startswith("time_") and p.name.endswith(".yaml")))
    except FileNotFoundError:
        names = []
    if not names:
        raise ResourceError(f"resources/{lang}/time.yaml", "no time resources for this language")
    return names


def _merge(lang: str) -> tuple[dict[str, Any], dict[str, str]]:
    """Merge the language's files; remember which file each rule came from (for errors)."""
    merged: dict[str, Any] = {"names": {}, "fragments": {}, "rules": [], "tense": {}, "numbers": {},
                              "case_sensitive": [],
                              "weak_tables": [], "triggers": [], "trigger_suffixes": []}
    origin: dict[str, str] = {}
    for name in _resource_files(lang):
        where = f"resources/{lang}/{name}"
        data = load_yaml(lang, name) or {}
        if not isinstance(data, dict):
            raise ResourceError(where, "top level must be a mapping")
        for sect in ("names", "fragments", "tense", "numbers"):
            part = data.get(sect) or {}
            if not isinstance(part, dict):
                raise ResourceError(where, f"'{sect}' must be a mapping")
            for k, v in part.items():
                if sect == "names" and k in merged["names"]:
                    merged["names"][k].update(v)
                else:
                    merged[sect][k] = v
                origin.setdefault(f"{sect}:{k}", where)
        for lst in ("case_sensitive", "weak_tables", "triggers", "trigger_suffixes"):
            merged[lst] += list(data.get(lst) or [])
        for i, rule in enumerate(data.get("rules") or []):
            if not isinstance(rule, dict) or "name" not in rule:
                raise ResourceError(where, "a rule must be a mapping with a 'name'", entry=i)
            if rule["name"] in origin:
                raise ResourceError(where, "duplicate rule name", entry=rule["name"])
            origin[rule["name"]] = where
            merged["rules"].append(rule)
    return merged, origin


def _expand(pattern: str, fragments: dict[str, str], tables: dict[str, str], where: str,
            rule: str, depth: int = 0) -> str:
    if depth > 12:
        raise ResourceError(where, "fragment references nest too deeply (a cycle?)", entry=rule)

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in fragments:
            return "(?:" + _expand(fragments[name], fragments, tables, where, rule, depth + 1) + ")"
        if name in tables:
            return tables[name]
        raise ResourceError(where, f"unknown fragment or name table {{{name}}}", entry=rule)

    return _REF.sub(sub, pattern)


def _tables(merged: dict[str, Any], origin: dict[str, str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for tname, entries in merged["names"].items():
        if not isinstance(entries, dict):
            raise ResourceError(origin.get(f"names:{tname}", "?"), "a name table must map words to values",
                                entry=tname)
        out[tname] = {key(str(w)): v for w, v in entries.items()}
    return out


@functools.cache
def grammar(lang: str) -> Grammar:
    """The compiled grammar of `lang` (cached per process)."""
    merged, origin = _merge(lang)
    tables = _tables(merged, origin)
    exact = set(merged["case_sensitive"])
    table_res = {t: _alternation([str(w) for w in merged["names"][t]], t in exact) for t in merged["names"]}
    fragments = {str(k): str(v) for k, v in merged["fragments"].items()}
    alts: list[str] = []
    compiled: list[re.Pattern[str]] = []
    firsts: list[frozenset[str] | None] = []
    rules: dict[str, Rule] = {}
    from chronik.analysis.time.dispatch import first_chars

    for i, spec in enumerate(merged["rules"]):
        where = origin[spec["name"]]
        rule = _compile_rule(i, spec, fragments, table_res, where)
        rules[rule.group] = rule
        alt = _rule_regex(i, spec, fragments, table_res, where)
        alts.append(alt)
        try:
            compiled.append(re.compile(caseless(rf"(?<![\w.\-])(?:{alt})(?!\w)")))
        except re.error as exc:
            raise ResourceError(where, f"pattern does not compile: {exc}", entry=spec["name"]) from exc
        firsts.append(first_chars(alt))
    regex = tuple(alts)
    tense = merged["tense"]
    cues = None
    past, future = tense.get("past") or [], tense.get("future") or []
    past_re, future_re = tense.get("past_pattern"), tense.get("future_pattern")
    weak_re = tense.get("weak_future_pattern")
    inf_re = tense.get("infinitive_pattern")
    word_groups = [(name, tense.get(name) or []) for name in ("perfect", "present")]
    if past or future:
        p_alt = _alternation(past, False) + (f"|{past_re}" if past_re else "")
        # a participle after these words is passive future or infinitive ("will be held",
        # "to be completed"): no past cue
        blocked = "".join(f"(?<!\\b{re.escape(str(w))}\\s)" for w in tense.get("past_blocked_after") or ())
        p_alt = f"{blocked}(?:{p_alt})" if blocked else p_alt
        f_alt = _alternation(future, False) + (f"|{future_re}" if future_re else "")
        # future first: "expected", "scheduled" are future cues although they end like a past
        # optional groups (see _directions): `perfect` is a past that also puts a deadline
        # behind ("had filed by Wednesday"); `present` leaves the default ("said it is
        # redeeming the notes on Dec. 7"); `weak` is a deadline ("until Friday"), ahead unless
        # a perfect puts it behind
        extra = "".join(f"(?P<{name}>{_alternation(words, False)})|" for name, words in word_groups if words)
        weak = f"|(?P<weak>{weak_re})" if weak_re else ""
        # `inf` is an infinitive of a plan ("ordered him to appear on May 3"): ahead for a month
        # or date, no cue for a weekday ("declined to comment on Friday")
        weak += f"|(?P<inf>{inf_re})" if inf_re else ""
        cues = re.compile(caseless(
            rf"(?<!\w)(?:(?P<future>{f_alt})|{extra}(?P<past>{p_alt}){weak})(?!\w)"))
    defaults = {str(k): str(v) for k, v in (tense.get("default") or {}).items()}
    cued = frozenset(str(x) for x in (tense.get("cued") or ()))
    window = {str(k): int(v) for k, v in (tense.get("window") or {}).items()}
    triggers, suffixes = _triggers(merged)
    from chronik.analysis.time.dispatch import Dispatcher

    dispatch = Dispatcher(compiled, firsts)
    numbers = merged["numbers"]
    return Grammar(lang, regex, rules, tables, cues, defaults, cued, dispatch, triggers, suffixes, window,
                   str(numbers.get("thousands") or ""), str(numbers.get("decimal") or "."))


def _triggers(merged: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """Words that every expression contains at least one of (besides digits): the words of the
    strong name tables plus the file's extra `triggers`. Weak tables (numbers, ordinals,
    relative words, modifiers) never make an expression alone, so they do not trigger a scan."""
    weak = set(merged.get("weak_tables") or ())
    out: set[str] = set()
    for tname, entries in merged["names"].items():
        if tname in weak:
            continue
        for w in entries:
            parts = str(w).split()
            out.update(key(p) for p in parts if len(p) >= 3 or len(parts) == 1)
    out.update(key(str(w)) for w in merged.get("triggers") or ())
    return frozenset(out), frozenset(key(str(w)) for w in merged.get("trigger_suffixes") or ())


def _rule_regex(i: int, spec: dict[str, Any], fragments: dict[str, str], tables: dict[str, str],
                where: str) -> str:
    name = spec["name"]
    pat = _expand(str(spec["pattern"]), fragments, tables, where, name)
    pat = _GROUP.sub(lambda m: f"(?P<r{i}_{m.group(1)}>", pat)
    before = spec.get("before")
    after = spec.get("after")
    not_after = spec.get("not_after")
    out = f"(?P<r{i}_span>{pat})"
    preceded = spec.get("preceded_by")
    if preceded:
        if not isinstance(preceded, list):
            raise ResourceError(where, "preceded_by must be a list of words or phrases", entry=name)
        looks = "|".join(r"(?<=\b" + r"\s".join(re.escape(p) for p in str(w).split()) + r"\s)"
                         for w in preceded)
        out = f"(?:{looks})" + out
    if before:
        out = "(?:" + _expand(str(before), fragments, tables, where, name) + ")" + out
    if after:
        out += "(?=" + _expand(str(after), fragments, tables, where, name) + ")"
    if not_after:
        out += "(?!" + _expand(str(not_after), fragments, tables, where, name) + ")"
    return f"(?P<r{i}>{out})"


def _compile_rule(i: int, spec: dict[str, Any], fragments: dict[str, str], tables: dict[str, str],
                  where: str) -> Rule:
    name = str(spec["name"])
    kind = spec.get("resolve", "date")
    if kind not in KINDS:
        raise ResourceError(where, f"unknown resolve step {kind!r} (one of {sorted(KINDS)})", entry=name)
    typ = spec.get("type")
    if typ is not None and typ not in TYPES:
        raise ResourceError(where, f"unknown type {typ!r}", entry=name)
    anchor = spec.get("anchor", "dct")
    if anchor not in ("dct", "narrative"):
        raise ResourceError(where, f"anchor must be dct or narrative, not {anchor!r}", entry=name)
    if "pattern" not in spec:
        raise ResourceError(where, "rule has no pattern", entry=name)
    pat = _expand(str(spec["pattern"]), fragments, tables, where, name)
    slots: list[tuple[str, str]] = []
    sides: tuple[str, str] | None = None
    for g in _GROUP.findall(pat):
        if kind == "range" and g in ("l", "r"):
            continue
        base = g[2:] if kind == "range" and g[:2] in ("l_", "r_") else g
        if base not in SLOTS:
            raise ResourceError(where, f"unknown slot (?P<{g}>); slots are {sorted(SLOTS)}", entry=name)
        slots.append((f"r{i}_{g}", g))
    if kind == "range":
        groups = set(_GROUP.findall(pat))
        if not {"l", "r"} <= groups:
            raise ResourceError(where, "a range rule needs groups (?P<l>...) and (?P<r>...)", entry=name)
        sides = (f"r{i}_l", f"r{i}_r")
    params = dict(spec.get("params") or {})
    examples = spec.get("examples") or []
    if not isinstance(examples, list):
        raise ResourceError(where, "examples must be a list", entry=name)
    return Rule(name, kind, typ, anchor, params, f"r{i}", tuple(slots), f"r{i}_span", sides,
                tuple(examples))
