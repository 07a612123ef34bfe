"""Pathological structure, through the readers and `analyze`: a 1 MB single line, 100,000
nested HTML tags, 10,000 quotation marks, a date header with 10,000 digits, 5,000-token
sentences, text without punctuation, pasted tables, deep JSON, huge numbers, XML entity
bombs. Each finishes within a generous bound (a hang detector) with valid records, or is
reported as an InputError; nothing escapes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rel_fuzz import check_analysis, read_all
from rel_proc import time_limit

from chronik.model import Article

pytestmark = [pytest.mark.usefixtures("warm"), pytest.mark.slow]

BOUND_S = 60.0  # generous: 2 cores, shared with other tests; a hang takes forever

FILLER = ("der die das und ist nicht ein eine mit von zu auf für im dem den sich auch es an "
          "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen "
          "Regierung Bericht Woche Land Stadt Gespräch Frage Jahr Menschen").split()


def _line(n_chars: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    out, size = [], 0
    while size < n_chars:
        w = rnd.choice(FILLER)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n_chars]


def analysed(text: str, lang: str = "de", date: str | None = "2024-05-01") -> dict:
    with time_limit(BOUND_S, f"analyze of {len(text):,} characters"):
        return check_analysis(Article.create(text, date=date, lang=lang))


def read_and_analyse(path: Path) -> tuple[list, list]:
    with time_limit(BOUND_S, f"reading {path.name}"):
        articles, errors = read_all(path)
        for a in articles:
            check_analysis(a)
    return articles, errors


def test_one_megabyte_single_line_record(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("date 2024-05-01 Ein sehr langer Text\n\n" + _line(1_000_000) + "\n", "utf-8")
    articles, errors = read_and_analyse(p)
    assert len(articles) == 1 and not errors
    assert len(articles[0].text) > 1_000_000


def test_long_single_line_jsonl(tmp_path):
    import json

    p = tmp_path / "long.jsonl"
    p.write_text(json.dumps({"text": _line(300_000, seed=3), "date": "2024-05-01",
                             "lang": "de"}) + "\n", "utf-8")
    articles, errors = read_and_analyse(p)
    assert len(articles) == 1 and not errors


def test_100000_nested_html_tags(tmp_path):
    p = tmp_path / "nested.html"
    body = "Am 1. Mai 2024 traf Olaf Scholz in Paris Emmanuel Macron zu Gesprächen."
    p.write_bytes(b"<html><body>" + b"<div>" * 100_000 + body.encode() + b"</div>" * 100_000
                  + b"</body></html>")
    articles, errors = read_and_analyse(p)
    assert articles or errors, "a page must give an article or a reason"


def test_100000_unclosed_nested_tags(tmp_path):
    p = tmp_path / "unclosed.html"
    p.write_bytes(b"<html><body>" + b"<div><p><span>" * 35_000 + b"Ein Satz mit Text.")
    articles, errors = read_and_analyse(p)
    assert articles or errors


@pytest.mark.parametrize("mark", ["\u201e", "\"", "\u00bb", "\u201c\u201e"])
def test_10000_quotation_marks(mark):
    analysed(mark * 10_000)
    analysed(("Putin sagte " + mark + "Wir kommen. ") * 500)


def test_date_header_with_10000_digits(tmp_path):
    p = tmp_path / "digits.txt"
    p.write_text("date " + "1" * 10_000 + " Titel\n\nText des Artikels.\n\n"
                 "date 2024-05-" + "2" * 10_000 + " Titel\n\nNoch ein Text.\n\n"
                 "date 2024-05-02 Gut\n\nDieser Text wird gelesen.\n", "utf-8")
    articles, errors = read_and_analyse(p)
    assert [a.text.split("\n")[0] for a in articles] == ["Gut"]
    assert len(errors) == 2 and all("bad date" in e.reason for e in errors)


@pytest.mark.parametrize("line", [
    '{"text": "Ein Text.", "date": "' + "1" * 10_000 + '"}',
    '{"text": "Ein Text.", "date": ' + "1" * 10_000 + "}",
    '{"text": "Ein Text.", "n": ' + "9" * 10_000 + "}",
    "[" * 100_000 + "]" * 100_000,
    '{"text": "Ein Text.", "deep": ' + "[" * 5_000 + "]" * 5_000 + "}",
    '{"text": "Lone \\ud800 surrogate and \\udfff another"}',
])
def test_hostile_json_lines(tmp_path, line):
    p = tmp_path / "bad.jsonl"
    p.write_text(line + '\n{"text": "Am 2. Mai 2024 sprach Scholz.", "date": "2024-05-02"}\n', "utf-8")
    articles, errors = read_and_analyse(p)
    assert any("Scholz" in a.text for a in articles), "the good line after a bad one is read"
    assert len(articles) + len(errors) == 2


def test_5000_token_sentence():
    words = " ".join(random.Random(1).choice(FILLER + ["Putin", "Scholz", "traf", "sagte"])
                     for _ in range(5_000))
    analysed(words + ".")
    analysed(words.replace(" ", ", ") + ".")


def test_text_without_punctuation():
    analysed(" ".join(["Merkel traf Putin in Moskau am Montag und sagte er komme wieder"] * 300),
             date="2024-05-06")


def test_pasted_tables():
    rows = "\n".join(f"| {2000 + i % 25} | {i % 12 + 1}. Mai | Berlin | {i % 7},5 % | Putin |"
                     for i in range(1_000))
    analysed("Tabelle 1: Ergebnisse\n" + rows)
    analysed("\n".join("\t".join(str(i * j) for j in range(12)) for i in range(1_000)), lang="en")


def test_xml_entity_bomb_and_external_entity(tmp_path):
    lol = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    bomb = tmp_path / "bomb.rss"
    bomb.write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{lol}]>'
                    '<rss version="2.0"><channel><item><title>&l9;</title>'
                    "<description>&l9; Text.</description></item></channel></rss>", "utf-8")
    articles, _ = read_and_analyse(bomb)
    assert all(len(a.text) < 10_000 for a in articles), "entities must not be expanded"
    xxe = tmp_path / "xxe.rss"
    xxe.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   '<rss version="2.0"><channel><item><title>a</title>'
                   "<description>Heute &x; hier.</description></item></channel></rss>", "utf-8")
    articles, _ = read_and_analyse(xxe)
    assert not any("root:" in a.text for a in articles), "external entities must not be read"


def test_news_like_article_of_100_kb():
    """Entity-dense real-looking prose: the cost must stay near linear (see docs/reliability.md)."""
    import json

    from chronik.demo import corpus_jsonl

    texts = [json.loads(line)["text"] for line in corpus_jsonl().read_text("utf-8").splitlines()
             if line.strip()]
    body = "\n\n".join(texts)
    analysed((body * (100_000 // len(body) + 1))[:100_000])
