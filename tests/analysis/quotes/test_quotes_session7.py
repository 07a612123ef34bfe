"""Session 7: a pronoun speaker means the salient person (the last speaker or subject, of its
gender), not the last name in a prepositional phrase or object; company suffixes end a
sentence only before a capital. All sentences are written for these tests."""

from __future__ import annotations

import pytest
from quotes_helpers import entity, quote_by_cue, run

from chronik.analysis.quotes.lexicon import lexicon
from chronik.analysis.quotes.speakers import SpeakerLinker
from chronik.model import Analysis, Article
from chronik.text.segment import sentences


def _speaker_of(text: str, cue: str, lang: str, *ents) -> str | None:
    res = run(text, lang, tuple(entity(text, *e) for e in ents))
    return quote_by_cue(res, cue).speaker


# --- pronoun speakers -----------------------------------------------------------------------
def test_pronoun_skips_person_in_prepositional_phrase_de():
    text = ("Bundeskanzler Karl Brandl sprach am Montag nach einem Treffen mit Ministerpräsident "
            "Jan Nowicki in Krakau. „Wir stehen fest zusammen“, sagte er.")
    got = _speaker_of(text, "sagte", "de", ("e1", "Karl Brandl", "PER", "Karl Brandl"),
                      ("e2", "Jan Nowicki", "PER", "Jan Nowicki"))
    assert got == "e1"


def test_pronoun_takes_newer_subject_over_older_speaker_de():
    text = ("Der Parteichef Otto Lind warf der Regierung Versagen vor. Auch der Bürgermeister "
            "Paul Rieger kritisierte den Plan. Er sagte, die Stadt habe kein Geld.")
    got = _speaker_of(text, "sagte", "de", ("e1", "Otto Lind", "PER", "Otto Lind"),
                      ("e2", "Paul Rieger", "PER", "Paul Rieger"))
    assert got == "e2"


def test_pronoun_gender_de():
    """"sie" is not the man just named, "er" not the woman."""
    text = ("Die Ministerin Vera Holm traf den Botschafter Ivo Kral. „Das war ein offenes "
            "Gespräch“, sagte sie.")
    got = _speaker_of(text, "sagte", "de", ("e1", "Vera Holm", "PER", "Vera Holm"),
                      ("e2", "Ivo Kral", "PER", "Ivo Kral"))
    assert got == "e1"


def test_pronoun_skips_apposition_in_brackets_de():
    text = ("Die Stadträtin Jana Brück (Grüne) war zufrieden. Gegenüber der Presse erklärte sie, "
            "der Plan sei gut.")
    got = _speaker_of(text, "erklärte", "de", ("e1", "Jana Brück", "PER", "Jana Brück"),
                      ("e2", "Grüne", "ORG", "Grüne"))
    assert got == "e1"


def test_pronoun_skips_object_after_verb_en():
    text = ("Spokeswoman Dana Reed criticized Senator Hal Gore on Monday. "
            "\"This is wrong,\" she said.")
    got = _speaker_of(text, "said", "en", ("e1", "Dana Reed", "PER", "Dana Reed"),
                      ("e2", "Hal Gore", "PER", "Hal Gore"))
    assert got == "e1"


def test_pronoun_after_with_phrase_en():
    text = ("Governor Tom Ashby spoke after talks with his former rival Ned Carr. "
            "\"We agree on the budget,\" he said.")
    got = _speaker_of(text, "said", "en", ("e1", "Tom Ashby", "PER", "Tom Ashby"),
                      ("e2", "Ned Carr", "PER", "Ned Carr"))
    assert got == "e1"


def test_pronoun_alone_still_last_person():
    """With one person in reach the pronoun is that person, as before."""
    text = "Der Trainer Ole Sand war enttäuscht. „Wir haben schlecht gespielt“, sagte er."
    assert _speaker_of(text, "sagte", "de", ("e1", "Ole Sand", "PER", "Ole Sand")) == "e1"


def test_gender_from_title_and_first_name():
    text = "Frau Lena Ott und Minister Bo Falk und Lukas Grau kamen."
    art = Article.create(text, lang="de")
    ents = (entity(text, "e1", "Lena Ott", "PER", "Lena Ott"),
            entity(text, "e2", "Bo Falk", "PER", "Bo Falk"),
            entity(text, "e3", "Lukas Grau", "PER", "Lukas Grau"))
    linker = SpeakerLinker(Analysis(art, sentences=sentences(text, "de"), entities=ents),
                           lexicon("de"))
    assert linker._gender("e1") == "f"
    assert linker._gender("e2") == "m"
    assert linker._gender("e3") is None  # no title, a first name the list lacks


def test_gender_lexicon_shape():
    de, en = lexicon("de"), lexicon("en")
    assert de.pronoun_gender["er"] == "m" and de.pronoun_gender["sie"] == "f"
    assert en.pronoun_gender == {"he": "m", "she": "f"}
    assert de.gender_words["frau"] == "f" and en.gender_words["mr"] == "m"


# --- company suffixes in the segmenter -----------------------------------------------------
@pytest.mark.parametrize(("text", "lang", "n"), [
    ("Der Hersteller Blum Inc. meldet einen Gewinn. Die Aktie stieg.", "de", 2),
    ("Er kaufte Anteile der Firma Kesto Inc. Später verkaufte er sie.", "de", 2),
    ("Was Huber & Co. planen, bleibt offen.", "de", 1),
    ("Die Zulieferer Arco Ltd. und Bexa Corp. liefern nicht mehr.", "de", 1),
    ("Die Firma gehört zur Holm AG. Ein Sprecher schwieg.", "de", 2),
    ("Shares of Delta Corp. fell sharply. Traders sold.", "en", 2),
    ("The deal was signed by Omni Inc. The price was not disclosed.", "en", 2),
    ("Omni Inc. said it would cut jobs.", "en", 1),
    ("Messrs. Cole and Park declined to comment.", "en", 1),
])
def test_company_suffix_sentence_ends(text, lang, n):
    assert len(sentences(text, lang)) == n


# --- English frames (TempEval-3 reading) ----------------------------------------------------
def _en(text: str):
    from chronik.pipeline import analyze
    return analyze(Article.create(text, date="1998-03-06", lang="en")).quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("Castell has said that the border would stay open.", "Castell"),
    ("Moldova had repeatedly argued that the sites were off limits.", "Moldova"),
    ("The United States said it would send more ships.", "The United States"),
    ("Mr. Harlan declined to comment, but said that talks would begin soon.", "Mr. Harlan"),
    ("Indeed, the general insisted that the aim was peace.", "the general"),
    ("Prices fell, though some traders later said the drop was over.", "some traders"),
    ("Brinley Corp., a maker of pumps, said it would close a plant.", "Brinley Corp."),
    ("Brinley Corp. said Ms. Ward resigned to start her own firm.", "Brinley Corp."),
    ("Mark T. Olsen, the chief financial officer of Brinley, said the firm had no comment.",
     "Mark T. Olsen, the chief financial officer of Brinley"),
])
def test_en_speaker_span(text, speaker):
    quotes = _en(text)
    assert quotes, text
    assert quotes[0].speaker_span is not None and quotes[0].speaker_span.text == speaker


def test_en_sibling_frame_ends_first_content():
    """"X said …, but Y insisted that …": Y and Y's words are not X's content."""
    text = ("The minister said the plan was sound, but the opposition leader Mara Voss "
            "insisted that it would fail.")
    quotes = {q.cue: q for q in _en(text)}
    assert quotes["said"].span.text == "the plan was sound"
    assert quotes["insisted"].speaker_span.text.endswith("Mara Voss")


def test_de_sibling_frame_ends_first_content():
    res = run("Der Minister sagte, der Plan sei gut, aber die Oppositionschefin Mara Voss "
              "erklärte, er werde scheitern.")
    assert quote_by_cue(res, "sagte").span.text == "der Plan sei gut"


def test_role_noun_resolves_only_to_its_type():
    """"The mayor" after "Police said" is not the police: the last speaker of another type
    is no antecedent."""
    quotes = _en("Police said two men were arrested. The mayor insisted that the city was safe.")
    mayor = next(q for q in quotes if q.cue == "insisted")
    assert mayor.speaker_text != "Police"


def test_indefinite_role_noun_is_someone_new():
    text = "Colonel Ivo Brand said the convoy had left. A spokesman said there was looting."
    ents = (("e1", "Ivo Brand", "PER", "Ivo Brand"),)
    assert _speaker_of(text, "said", "en", *ents) == "e1"
    res = run(text, "en", tuple(entity(text, *e) for e in ents))
    second = [q for q in res.quotes if q.cue == "said"][1]
    assert second.speaker != "e1"


@pytest.mark.parametrize(("text", "lang", "n"), [
    ("Die Fähre sank vor der Küste.Das Schiff war überladen.", "de", 2),
    ("The ferry sank off the coast.The ship was overloaded.", "en", 2),
    ("Mehr steht auf www.Beispiel.de im Netz.", "de", 1),
    ("Das gilt bzw.Die Regel auch.", "de", 1),
    ("The bank is based in Raleigh, N.C. The deal closed on Monday.", "en", 2),
    ("The U.S. Army said nothing.", "en", 1),
    ("Die Firma Holm GmbH & Co. KG meldet Verluste.", "de", 1),
])
def test_sentence_ends_without_space_and_after_initialism(text, lang, n):
    assert len(sentences(text, lang)) == n


@pytest.mark.parametrize("text", [
    "These claims are hard to check and have been coming in slowly.",
    "The reported attack killed five people near the border.",
])
def test_en_cue_after_determiner_is_no_verb(text):
    assert _en(text) == ()


def test_en_subject_before_relative_clause_keeps_the_verb():
    """"X, whose …, said Y filed …": X speaks; Y is the content's subject."""
    quotes = _en("Lorvik, whose main business is selling pumps, said Dunmore Co. of Oslo "
                 "filed a request.")
    assert quotes and quotes[0].speaker_span.text == "Lorvik"
    assert quotes[0].span.text.startswith("Dunmore")


def test_en_inverted_cue_at_sentence_end():
    quotes = _en("The buyer, Ed Vance, plans to run the firm, said a spokesman for Lorvik.")
    assert quotes and quotes[0].speaker_span.text == "a spokesman for Lorvik"


def test_en_they_is_the_group_that_spoke():
    text = "Dealers said the market was nervous. They said small investors were leaving."
    res = run(text, "en")
    dealers = quote_by_cue(res, "said").speaker
    second = [q for q in res.quotes if q.speaker_text and q.span.text.startswith("small")]
    assert dealers is not None and second and second[0].speaker == dealers


# --- cues as quotes-de marks them -----------------------------------------------------------
def test_reported_statement_names_no_cue_of_its_own():
    """A reported statement is quoted whole, its verb inside: no separate cue."""
    q = quote_by_cue(run("Die Gewerkschaft verlangte höhere Löhne für alle Pflegekräfte."),
                     "verlangte")
    assert q.type == "reported" and q.cue is None and q.cue_span is None
    assert q.speaker_span is not None and q.speaker_span.text == "Die Gewerkschaft"


def test_indirect_quote_keeps_its_cue():
    q = quote_by_cue(run("Die Gewerkschaft erklärte, die Löhne seien zu niedrig."), "erklärte")
    assert q.type == "indirect" and q.cue_span is not None and q.cue_span.text == "erklärte"


@pytest.mark.parametrize(("text", "cue"), [
    ("Die Trainerin äußerte sich zufrieden: „Das Team hat gekämpft.“", "äußerte sich"),
    ("In dem Schreiben heißt es, die Frist sei abgelaufen.", "heißt es"),
    ("Die Feuerwehr geht davon aus, dass das Feuer gelegt wurde.", "geht davon aus"),
])
def test_cue_with_reflexive_or_particle(text, cue):
    q = quote_by_cue(run(text), cue)
    assert q.cue_span is not None and q.cue_span.text == cue


# --- speaker spans as quotes-de marks them --------------------------------------------------
@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Lea Stein, die Sprecherin der Feuerwehr, sagte, der Brand sei gelöscht.", "sagte",
     "Lea Stein, die Sprecherin der Feuerwehr"),
    ("Der Brand sei gelöscht, sagte die Sprecherin der Feuerwehr, Lea Stein, am Abend.",
     "sagte", "die Sprecherin der Feuerwehr, Lea Stein"),
    ("Lea Stein, die gestern befördert wurde, sagte, der Brand sei gelöscht.", "sagte",
     "Lea Stein"),
])
def test_speaker_with_apposition(text, cue, speaker):
    res = run(text, "de", (entity(text, "e1", "Lea Stein", "PER", "Lea Stein"),))
    q = quote_by_cue(res, cue)
    assert q.speaker_span is not None and q.speaker_span.text == speaker
    assert q.span.text == "der Brand sei gelöscht" or q.span.text == "Der Brand sei gelöscht"


def test_name_ends_the_speaker_phrase():
    """"Minister X in Berlin": where he spoke is not part of who spoke."""
    text = "Verkehrsminister Olaf Brand in Berlin sagte, die Brücke werde gesperrt."
    res = run(text, "de", (entity(text, "e1", "Olaf Brand", "PER", "Olaf Brand"),))
    assert quote_by_cue(res, "sagte").speaker_span.text == "Verkehrsminister Olaf Brand"


def test_affiliation_stays_in_the_speaker_phrase():
    text = ("Ben Falk von der örtlichen Wetterwarte, die das Beben zuerst meldete, sagte, dass "
            "solche Beben selten seien.")
    res = run(text, "de", (entity(text, "e1", "Ben Falk", "PER", "Ben Falk"),))
    assert quote_by_cue(res, "sagte").speaker_span.text.startswith("Ben Falk von der")


def test_colon_quotation_takes_its_clause_verb_as_cue():
    res = run("Dabei griff die Abgeordnete den Minister scharf an: „Das ist ein Skandal.“")
    q = next(q for q in res.quotes if q.type == "direct")
    assert q.speaker_span.text == "die Abgeordnete" and q.cue == "griff"


def test_definite_role_noun_is_the_last_speaker_of_that_role():
    text = ("A border police officer said the gate had been closed early. Guard Tom Reyes "
            "was hurt. The officer said more tests were needed.")
    res = run(text, "en", (entity(text, "e1", "Tom Reyes", "PER", "Tom Reyes"),))
    first, second = [q for q in res.quotes if q.cue == "said"][:2]
    assert first.speaker is not None and second.speaker == first.speaker


def test_initialism_stays_in_the_speaker():
    quotes = _en("A U.S. official said the tests had found traces of explosives.")
    assert quotes and quotes[0].speaker_span.text == "A U.S. official"


def test_colon_subject_is_judged_by_its_head():
    """A fronted object with a person in its genitive does not speak: the phrase after the
    verb does."""
    text = ("Die Auslegung der Vorgaben des Kanzlers stellte die Fraktionschefin Ina Moll in "
            "Frage: „Das ist nicht praktikabel.“")
    res = run(text, "de", (entity(text, "e1", "Ina Moll", "PER", "Ina Moll"),))
    q = next(q for q in res.quotes if q.type == "direct")
    assert q.speaker_span.text.endswith("Ina Moll")


@pytest.mark.parametrize(("text", "lang", "cue", "speaker"), [
    ("Die Ministerin Ina Roth und der Minister Jan Berg forderten, die Brücke sei zu sperren.",
     "de", "forderten", "Die Ministerin Ina Roth und der Minister Jan Berg"),
    ("The mayor and the governor said the bridge would close.", "en", "said",
     "The mayor and the governor"),
])
def test_coordinated_speakers_are_one_phrase(text, lang, cue, speaker):
    assert quote_by_cue(run(text, lang), cue).speaker_span.text == speaker


def test_coordinator_before_a_verb_ends_the_speaker():
    q = quote_by_cue(run("„Wir gewinnen“, sagte Ina Roth und lachte."), "sagte")
    assert q.speaker_span.text == "Ina Roth"


def test_so_source_with_apposition_and_affiliation():
    res = run("Die Lage sei ruhig, so Ina Roth, die Leiterin der Wache.")
    assert quote_by_cue(res, "so").speaker_span.text == "Ina Roth, die Leiterin der Wache"
    text = "Die Lage sei ruhig, sagte Ina Roth vom Roten Kreuz."
    res = run(text, "de", (entity(text, "e1", "Ina Roth", "PER", "Ina Roth"),))
    assert quote_by_cue(res, "sagte").speaker_span.text == "Ina Roth vom Roten Kreuz"


def test_numeral_after_genitive_article_stays_in_the_speaker():
    q = quote_by_cue(run("Vertreter der drei Verbände forderten, die Regeln seien zu ändern."),
                     "forderten")
    assert q.speaker_span.text == "Vertreter der drei Verbände"


def test_noun_cue_takes_its_article():
    q = quote_by_cue(run("Im Dorf wuchs die Sorge, die Straße könne gesperrt werden."), "die Sorge")
    assert q.cue_span is not None and q.cue_span.text == "die Sorge"
