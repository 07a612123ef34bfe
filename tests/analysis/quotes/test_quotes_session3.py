"""Session 3 refinements: the quotes-de span conventions and frames found on train errors
(every sentence here is written for the test)."""

from __future__ import annotations

from quotes_helpers import entity, run


def _texts(result) -> list[tuple[str, str, str | None]]:
    return [(q.type, q.span.text, q.speaker_span.text if q.speaker_span else None)
            for q in result.quotes]


def _quote(result, start: str):
    found = [q for q in result.quotes if q.span.text.startswith(start)]
    assert found, _texts(result)
    return found[0]


# --- spans as quotes-de marks them ----------------------------------------------------------

def test_free_indirect_sentence_keeps_its_full_stop():
    r = run("Der Kapitän erklärte, das Schiff sei sicher. Die Ladung habe sich nicht bewegt.")
    q = _quote(r, "Die Ladung")
    assert q.span.text == "Die Ladung habe sich nicht bewegt."
    assert q.speaker_span.text == "Der Kapitän"


def test_reported_sentence_keeps_its_full_stop():
    r = run("Die Gewerkschaft forderte eine kürzere Arbeitszeit.")
    assert _texts(r) == [("reported", "Die Gewerkschaft forderte eine kürzere Arbeitszeit.",
                          "Die Gewerkschaft")]


def test_source_phrase_inside_the_sentence_quotes_both_sides():
    r = run("Die Zahl der Besucher ist laut dem Veranstalter deutlich gestiegen.")
    q = _quote(r, "Die Zahl")
    assert q.span.text == "Die Zahl der Besucher ist laut dem Veranstalter deutlich gestiegen"
    assert q.speaker_span.text == "dem Veranstalter"


def test_one_word_after_the_source_phrase_still_belongs_to_the_content():
    r = run("Die Ursache des Feuers ist nach Angaben der Feuerwehr unklar.")
    q = _quote(r, "Die Ursache")
    assert q.span.text.endswith("unklar")
    assert q.speaker_span.text == "Angaben der Feuerwehr"


def test_so_source_between_two_parts_of_the_content():
    r = run("Die Lage sei ernst, so der Minister, man müsse schnell handeln.")
    q = _quote(r, "Die Lage")
    assert q.span.text == "Die Lage sei ernst, so der Minister, man müsse schnell handeln"
    assert q.speaker_span.text == "der Minister"


def test_wie_clause_inside_the_content_quotes_the_whole_sentence():
    r = run("Die Regel verstoße, wie das Gericht schon entschied, gegen das Grundgesetz.")
    q = _quote(r, "Die Regel")
    assert q.span.text.endswith("gegen das Grundgesetz")
    assert q.speaker_span.text == "das Gericht"


def test_back_reference_in_the_same_sentence_points_to_the_clause_before():
    r = run("Der Zug fährt wieder nach Plan, das teilte die Bahn am Abend mit.")
    q = _quote(r, "Der Zug")
    assert q.span.text == "Der Zug fährt wieder nach Plan"
    assert q.speaker_span.text == "die Bahn"


def test_reported_statement_around_a_quotation_stays_an_attribution():
    r = run("Die Ministerin nannte den Entwurf einen „guten Anfang“.")
    assert [t for t, _s, _p in _texts(r)] == ["direct"]
    assert any(a.cue == "nannte" for a in r.attributions)


# --- frames -----------------------------------------------------------------------------------

def test_open_frame_without_a_known_cue_word():
    r = run("Die Forscher kamen zu dem Schluss, dass das Eis schneller schmilzt als erwartet.")
    q = _quote(r, "dass das Eis")
    assert q.speaker_span.text == "Die Forscher"


def test_open_frame_needs_a_subject_that_can_speak():
    r = run("Das Wetter wurde so schlecht, dass das Spiel abgesagt werden musste.")
    assert _texts(r) == []


def test_purpose_clause_is_no_content():
    r = run("Die Stadt forderte mehr Geld vom Land, um neue Schulen zu bauen.")
    assert _texts(r) == [("reported", "Die Stadt forderte mehr Geld vom Land, um neue Schulen "
                          "zu bauen.", "Die Stadt")]


def test_intention_of_a_speaking_subject_is_a_reported_statement():
    r = run("Die Gewerkschaft will die Löhne im nächsten Jahr erhöhen.")
    assert _texts(r) == [("reported", "Die Gewerkschaft will die Löhne im nächsten Jahr erhöhen.",
                          "Die Gewerkschaft")]


def test_intention_of_a_thing_is_no_statement():
    assert _texts(run("Das neue Gesetz will die Mieten begrenzen.")) == []


def test_plural_present_of_a_reported_verb():
    r = run("Die Ärzte fordern mehr Personal für die Kliniken.")
    assert _texts(r) == [("reported", "Die Ärzte fordern mehr Personal für die Kliniken.",
                          "Die Ärzte")]


def test_plural_present_of_a_separable_speech_verb():
    r = run("Die Behörden teilen mit, dass die Straße wieder frei sei.")
    q = _quote(r, "dass die Straße")
    assert q.speaker_span.text == "Die Behörden"


def test_demonstrative_subject_before_the_cue():
    r = run("Die Polizei rief die Staatsanwältin an. Diese bestätigte, dass ein Haftbefehl "
            "bestehe.")
    q = _quote(r, "dass ein Haftbefehl")
    assert q.speaker_span.text == "Diese"


def test_demonstrative_before_a_cue_with_its_speaker_after_it_points_back():
    r = run("Der Damm hält. Dies bestätigte die Feuerwehr.")
    q = _quote(r, "Der Damm")
    assert q.speaker_span.text == "die Feuerwehr"


def test_nominalized_age_is_a_speaker():
    r = run("Der 52-Jährige gab an, er habe nichts gesehen.")
    q = _quote(r, "er habe")
    assert q.speaker_span.text == "Der 52-Jährige"


def test_comma_inside_parentheses_does_not_end_the_speaker():
    r = run("Die Behörde für Umwelt (Abteilung Nord, Sektion B) sagte, das Wasser sei sauber.")
    q = _quote(r, "das Wasser")
    assert q.speaker_span.text.startswith("Die Behörde")


def test_speaker_after_an_auxiliary_with_the_verb_at_the_end():
    r = run("Es drohe ein Engpass, hatte der Minister bei seinem Besuch in Kiel gesagt.")
    q = _quote(r, "Es drohe")
    assert q.speaker_span.text == "der Minister"


def test_so_with_a_verb_after_the_content():
    r = run("Der Flug sei zu riskant, so bestätigt das Gericht.")
    q = _quote(r, "Der Flug")
    assert q.span.text == "Der Flug sei zu riskant"
    assert q.speaker_span.text == "das Gericht"


def test_relative_word_after_a_source_preposition():
    r = run("Der Plan folgt den Umfragen, nach denen viele Bürger mehr Radwege wollen.")
    q = _quote(r, "viele Bürger")
    assert q.speaker_span.text == "denen"


def test_title_in_marks_after_the_cue_is_skipped():
    r = run("Ein Sprecher sagte dem „Tagesblatt“, die Arbeiten seien beendet.")
    q = _quote(r, "die Arbeiten")
    assert q.speaker_span.text == "Ein Sprecher"


def test_name_that_starts_with_a_preposition_like_word():
    text = "Von der Heide betonte, die Schule bleibe offen."
    r = run(text, entities=(entity(text, "e1", "Anna von der Heide", "PER", "Von der Heide"),))
    q = _quote(r, "die Schule")
    assert q.speaker_span.text == "Von der Heide"
    assert q.speaker == "e1"


def test_lower_case_name_before_zufolge():
    r = run("Dem Portal nachrichten.example zufolge ist die Brücke gesperrt.")
    q = _quote(r, "ist die Brücke")
    assert "nachrichten.example" in q.speaker_span.text


# --- what is no quote -------------------------------------------------------------------------

def test_speakerless_quotation_is_left_out():
    r = run("Über den Platz hallte es: „Wir wollen bleiben, wir wollen nicht gehen, wir wollen "
            "hier unsere Zukunft haben und nirgendwo sonst.“")
    assert all(q.speaker_span is not None for q in r.quotes), _texts(r)


def test_soll_far_from_the_last_speaker_is_no_speech():
    r = run("Der Bürgermeister sagte, die Halle sei marode. Der Bau begann 1970. Damals fehlte "
            "Geld. Im Herbst soll die Halle abgerissen werden.")
    assert not any(s.startswith("Im Herbst") for _t, s, _p in _texts(r)), _texts(r)


def test_soll_right_after_the_speaker_continues_the_speech():
    r = run("Der Bürgermeister sagte, die Halle sei marode. Im Herbst soll sie abgerissen werden.")
    q = _quote(r, "Im Herbst")
    assert q.speaker_span.text == "Der Bürgermeister"


def test_nach_with_a_place_is_a_direction_not_a_source():
    for text in ("Der Minister reiste am Montag nach Russland, um dort zu verhandeln.",
                 "Nach Russland wurden im Mai 300 Tonnen Weizen geliefert.",
                 "Die Lieferungen nach Russland wurden gestoppt."):
        r = run(text)
        assert _texts(r) == [], (text, _texts(r))
        assert r.attributions == (), text


def test_adverb_between_source_preposition_and_its_noun():
    r = run("Nach bisher unbestätigten Berichten wurde das Werk geschlossen.")
    q = _quote(r, "wurde das Werk")
    assert q.speaker_span.text == "unbestätigten Berichten"


def test_judging_someone_with_an_object_alone_is_no_reported_statement():
    # quotes-de marks "kritisierte den Plan" as an act of judgement, not reported speech
    assert _texts(run("Die Opposition kritisierte den Plan der Regierung scharf.")) == []


def test_judging_verb_with_a_content_clause_still_frames_it():
    r = run("Die Opposition kritisierte, der Plan sei zu teuer.")
    q = _quote(r, "der Plan")
    assert q.speaker_span.text == "Die Opposition"


def test_quotation_in_the_same_sentence_keeps_the_speech_going():
    r = run("Die Ministerin sagte, die Lage sei ernst. Im Kabinett habe man einen Plan "
            "beschlossen. Dieser bestehe aus „kurzen“ und „langen“ Schritten.")
    q = _quote(r, "Dieser bestehe")
    assert q.speaker_span.text == "Die Ministerin"


def test_man_as_the_subject_of_a_cue_names_no_speaker():
    r = run("Aus der Zentrale kämen zu strenge Vorgaben, so glaubt man.")
    q = _quote(r, "Aus der Zentrale")
    assert q.span.text == "Aus der Zentrale kämen zu strenge Vorgaben"
    assert q.speaker_span is None


def test_man_with_an_object_alone_is_no_reported_statement():
    assert _texts(run("Als Ursache nannte man einen Defekt am Kabel.")) == []


def test_free_indirect_starts_at_its_first_clause_in_the_reporting_mood():
    r = run("Der Fahrer sagte, der Bus sei zu schnell gewesen. Zwölf Gäste wurden verletzt, "
            "die Verletzten seien alle Touristen.")
    q = _quote(r, "die Verletzten")
    assert q.span.text == "die Verletzten seien alle Touristen."
    assert q.speaker_span.text == "Der Fahrer"


def test_adverbial_clause_before_the_subjunctive_stays_in_the_speech():
    r = run("Die Polizei sagte, der Täter sei bekannt. Nachdem er die Frau verfolgt hat, habe er "
            "sie angesprochen.")
    q = _quote(r, "Nachdem er")
    assert q.span.text.endswith("angesprochen.")


def test_apposition_after_a_so_source_is_no_content():
    r = run("Der Verlust schaffe Probleme, so Karla Beispiel, Leiterin der Abteilung bei der "
            "Stiftung.")
    q = _quote(r, "Der Verlust")
    assert q.span.text == "Der Verlust schaffe Probleme"
    assert q.speaker_span.text == "Karla Beispiel"
