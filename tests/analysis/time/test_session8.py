"""Session 8: error classes read off invented news sentences (none taken from a data set).

English: a 24-hour clock time with its zone and the day after it ("at 14:00 GMT on March 20"), a
zone in words ("5 p.m. Eastern time on Friday"), a day after a bracketed restatement ("7 a.m.
(0500 GMT) on Friday"); a weekday said to be a thing's day ("the deadline is Friday") or a start
("starting Monday") is ahead, so is a scheduled end told in the present ("the truce ends on
Friday"); a participle after a present "is" is no past cue; "later that year" keeps its
modifier; "the spring of last year" is one expression; "two days later" moves the story on;
"the following weekend", "the night before" count from the story's day; a month told in the
future is ahead even when it was last month; "at the end of the year" told in the past early in
a year is last year's. German: a clock time is dated by the day right after it ("um 14.30 Uhr
am 20. März"); "Die Anhörung ist am Freitag." is ahead; "seit dem Wochenende" is behind;
"im folgenden Jahr" counts from the story's time; calendar weeks by number ("KW 12")."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text
from chronik.text.segment import sentences


def _found(text: str, lang: str, dct: str) -> list[tuple[str, str, str | None]]:
    starts = [s.start for s in sentences(text, lang)]
    return [(t.span.text, t.type, t.value) for t in tag_text(text, lang, dct, sentence_starts=starts).timexes]


@pytest.mark.parametrize(("text", "lang", "dct", "expected"), [
    # a 24-hour clock time takes the day named after it, as "3 p.m. on Friday" does
    ("The rocket lifts off at 14:00 GMT on March 20.", "en", "2024-03-13",
     [("14:00 GMT on March 20", "TIME", "2024-03-20T14:00")]),
    ("The ferry sank at 08:15 local time on Saturday.", "en", "2024-03-13",
     [("08:15 local time on Saturday", "TIME", "2024-03-09T08:15")]),
    ("Ballot boxes close at 22:00 on 5 June.", "en", "2024-03-13",
     [("22:00 on 5 June", "TIME", "2024-06-05T22:00")]),
    # a restatement in brackets between a clock time and its day: the day still dates it
    ("The curfew was lifted at 6 a.m. local time (0400 GMT) on Friday.", "en", "2024-03-13",
     [("6 a.m.", "TIME", "2024-03-08T06:00"), ("Friday", "DATE", "2024-03-08")]),
    ("Polling stations open at 8 a.m. (0600 GMT) on March 17.", "en", "2024-03-13",
     [("8 a.m.", "TIME", "2024-03-17T08:00"), ("March 17", "DATE", "2024-03-17")]),
    # a time zone in words between a clock time and its day
    ("The tender closes at 5 p.m. Eastern time on Friday.", "en", "2024-03-13",
     [("5 p.m. Eastern time on Friday", "TIME", "2024-03-15T17:00")]),
    # ... and its zone belongs to it; "for" introduces it as "at" does
    ("The exchange suspended trading at 14:30 GMT.", "en", "2024-03-13",
     [("14:30 GMT", "TIME", "2024-03-13T14:30")]),
    ("The hearing is set for 09:30.", "en", "2024-03-13", [("09:30", "TIME", "2024-03-13T09:30")]),
    # a score is no clock time
    ("The visitors won 3:2 on Sunday.", "en", "2024-03-13", [("Sunday", "DATE", "2024-03-10")]),
    # a weekday named as a thing's day, or as a start, is ahead
    ("The filing deadline is Friday.", "en", "2024-03-13", [("Friday", "DATE", "2024-03-15")]),
    ("Her memorial service is on Saturday.", "en", "2024-03-13", [("Saturday", "DATE", "2024-03-16")]),
    ("Starting Monday, visitors must book a slot.", "en", "2024-03-13", [("Monday", "DATE", "2024-03-18")]),
    ("The clerk said the filing deadline is Friday.", "en", "2024-03-13", [("Friday", "DATE", "2024-03-15")]),
    # ... not a day told in the past
    ("The walkout, which began on Monday, is continuing.", "en", "2024-03-13",
     [("Monday", "DATE", "2024-03-11")]),
    # a scheduled end told in the present is ahead, as a start is
    ("The 60-day truce ends on Friday.", "en", "2024-03-13",
     [("60-day", "DURATION", "P60D"), ("Friday", "DATE", "2024-03-15")]),
    ("The photo show closes on Sunday.", "en", "2024-03-13", [("Sunday", "DATE", "2024-03-17")]),
    ("The walkout ended on Monday.", "en", "2024-03-13", [("Monday", "DATE", "2024-03-11")]),
    # "later that year", "earlier that day": the modifier is part of the expression
    ("The mill shut on May 4, 2019. Later that year the site was sold.", "en", "2024-03-13",
     [("May 4, 2019", "DATE", "2019-05-04"), ("Later that year", "DATE", "2019")]),
    ("The mill shut on May 4, 2019. Earlier that day, workers had marched.", "en", "2024-03-13",
     [("May 4, 2019", "DATE", "2019-05-04"), ("Earlier that day", "DATE", "2019-05-04")]),
    ("The mill shut on May 4, 2019. Late that night, the roof caved in.", "en", "2024-03-13",
     [("May 4, 2019", "DATE", "2019-05-04"), ("Late that night", "TIME", "2019-05-04TNI")]),
    # German: a weekday said to be a thing's day, ending its clause, is ahead; a perfect is not
    ("Die Anhörung ist am Freitag.", "de", "2024-03-13", [("Freitag", "DATE", "2024-03-15")]),
    ("Die Vereidigung ist am Montag um 9 Uhr.", "de", "2024-03-13",
     [("Montag", "DATE", "2024-03-18"), ("9 Uhr", "TIME", "2024-03-18T09:00")]),
    ("Der Bürgermeister ist am Freitag gestorben.", "de", "2024-03-13", [("Freitag", "DATE", "2024-03-08")]),
    # "two days later" stays a stretch, but the story goes on from the day it reaches
    ("The dam burst on Feb. 6. Two days later, divers found the car. The next day, the road reopened.",
     "en", "2024-03-13",
     [("Feb. 6", "DATE", "2024-02-06"), ("Two days", "DURATION", "P2D"), ("The next day", "DATE", "2024-02-09")]),
    ("The dam burst on Feb. 6. Two days later, at 3 p.m., divers found the car.", "en", "2024-03-13",
     [("Feb. 6", "DATE", "2024-02-06"), ("Two days", "DURATION", "P2D"), ("3 p.m.", "TIME", "2024-02-08T15:00")]),
    # ... not a vague count, nor past the publication date
    ("The dam burst on Feb. 6. About two days later, divers came. The next day, the road reopened.",
     "en", "2024-03-13",
     [("Feb. 6", "DATE", "2024-02-06"), ("About two days", "DURATION", "P2D"), ("The next day", "DATE", "2024-02-07")]),
    ("The dam burst on March 10. A week later, at 9 a.m., divers came.", "en", "2024-03-13",
     [("March 10", "DATE", "2024-03-10"), ("A week", "DURATION", "P1W"), ("9 a.m.", "TIME", "2024-03-10T09:00")]),
    # a month told in the future is ahead even when it was the month before the publication
    ("The new terminal will open in December.", "en", "2024-01-10", [("December", "DATE", "2024-12")]),
    ("Die neue Halle wird im Dezember eröffnet.", "de", "2024-01-10", [("Dezember", "DATE", "2024-12")]),
    ("The old terminal closed in December.", "en", "2024-01-10", [("December", "DATE", "2023-12")]),
    # the end of a year (month) told in the past, far from the current one's end: the previous one
    ("Orders collapsed at the end of the year.", "en", "2024-02-05", [("the end of the year", "DATE", "2023")]),
    ("Orders will recover at the end of the year.", "en", "2024-02-05", [("the end of the year", "DATE", "2024")]),
    ("Orders collapsed at the end of the month.", "en", "2024-02-05", [("the end of the month", "DATE", "2024-01")]),
    ("Orders collapsed at the end of the month.", "en", "2024-02-26", [("the end of the month", "DATE", "2024-02")]),
    # ... not when the story named a day of its own, nor another year
    ("The hall burned on March 5. By the end of the month it was gone.", "en", "2024-03-20",
     [("March 5", "DATE", "2024-03-05"), ("the end of the month", "DATE", "2024-03")]),
    ("Zum Jahresende brach der Absatz ein.", "de", "2024-02-05", [("Jahresende", "DATE", "2023")]),
    ("Bis Jahresende soll der Absatz steigen.", "de", "2024-02-05", [("Jahresende", "DATE", "2024")]),
    ("Ende des Monats hatte die Wirtin gekündigt.", "de", "2024-02-05", [("Ende des Monats", "DATE", "2024-01")]),
    # a participle after a present "is" is no past cue ("the gallery is closed over the weekend")
    ("The gallery is closed over the weekend.", "en", "2024-03-13", [("the weekend", "DATE", "2024-W11-WE")]),
    ("The gallery closed over the weekend.", "en", "2024-03-13", [("the weekend", "DATE", "2024-W10-WE")]),
    ("The striker scored and his side won on Sunday.", "en", "2024-03-13", [("Sunday", "DATE", "2024-03-10")]),
    # a weekend counted from the story's day: after a weekday, that week's
    ("Crowds marched on March 2. The following weekend, they came back.", "en", "2024-03-20",
     [("March 2", "DATE", "2024-03-02"), ("The following weekend", "DATE", "2024-W10-WE")]),
    ("The fair opened on Tuesday, March 5. The following weekend, it closed.", "en", "2024-03-20",
     [("Tuesday, March 5", "DATE", "2024-03-05"), ("The following weekend", "DATE", "2024-W10-WE")]),
    ("The fair opened on Tuesday, March 5. That weekend, it rained.", "en", "2024-03-20",
     [("Tuesday, March 5", "DATE", "2024-03-05"), ("That weekend", "DATE", "2024-W10-WE")]),
    # "the night before", "the previous evening": the day before the story's day
    ("The barn burned on March 5. The night before, a quarrel had broken out.", "en", "2024-03-20",
     [("March 5", "DATE", "2024-03-05"), ("The night before", "DATE", "2024-03-04")]),
    ("The barn burned on March 5. A quarrel had broken out the previous evening.", "en", "2024-03-20",
     [("March 5", "DATE", "2024-03-05"), ("the previous evening", "DATE", "2024-03-04")]),
    ("She spoke to donors the night before the vote.", "en", "2024-03-20", []),
    # a season of the year before (after) is that year's season
    ("Ticket prices doubled in the spring of last year.", "en", "2024-03-13",
     [("the spring of last year", "DATE", "2023-SP")]),
    ("The tram line opens in the fall of next year.", "en", "2024-03-13",
     [("the fall of next year", "DATE", "2025-FA")]),
    ("The fall of last year's champion stunned the crowd.", "en", "2024-03-13", [("last year", "DATE", "2023")]),
    # German: "seit dem Wochenende" is the weekend behind, whatever the tense
    ("Seit dem Wochenende ist die Passstraße gesperrt.", "de", "2024-03-13",
     [("dem Wochenende", "DATE", "2024-W10-WE")]),
    # German "folgenden", "darauffolgenden", "vorherigen" count from the story's time
    ("Im Jahr 2010 begann der Umbau. Im folgenden Jahr war er fertig.", "de", "2024-03-20",
     [("Jahr 2010", "DATE", "2010"), ("folgenden Jahr", "DATE", "2011")]),
    ("Am 5. März öffnete die Messe. In der darauffolgenden Woche schloss sie.", "de", "2024-03-20",
     [("5. März", "DATE", "2024-03-05"), ("der darauffolgenden Woche", "DATE", "2024-W11")]),
    ("Am 2. März demonstrierten Tausende. Am darauffolgenden Wochenende kamen sie wieder.", "de",
     "2024-03-20", [("2. März", "DATE", "2024-03-02"), ("darauffolgenden Wochenende", "DATE", "2024-W10-WE")]),
    ("Am 5. März öffnete die Messe. Am Wochenende darauf schloss sie.", "de", "2024-03-20",
     [("5. März", "DATE", "2024-03-05"), ("Wochenende darauf", "DATE", "2024-W10-WE")]),
    # ... from the publication date when the story named no time
    ("Im folgenden Jahr soll gebaut werden.", "de", "2024-03-20", [("folgenden Jahr", "DATE", "2025")]),
    # German calendar weeks by number: of the reference's year, or the next one when more
    # than half a year ahead
    ("In der KW 12 bleibt die Brücke gesperrt.", "de", "2024-03-13", [("der KW 12", "DATE", "2024-W12")]),
    ("Die Meldezahlen der Kalenderwoche 51/2023 liegen vor.", "de", "2024-03-13",
     [("der Kalenderwoche 51/2023", "DATE", "2023-W51")]),
    ("In der 2. Kalenderwoche beginnt der Umbau.", "de", "2024-12-13",
     [("der 2. Kalenderwoche", "DATE", "2025-W02")]),
    ("Die Solaranlage liefert 12 kW.", "de", "2024-03-13", []),
    # German: the day right after a clock time dates it; both stay expressions
    ("Die Gemeinderatssitzung beginnt um 14.30 Uhr am 20. März.", "de", "2024-03-13",
     [("14.30 Uhr", "TIME", "2024-03-20T14:30"), ("20. März", "DATE", "2024-03-20")]),
    ("Um 14 Uhr am Freitag stimmte der Ausschuss ab.", "de", "2024-03-13",
     [("14 Uhr", "TIME", "2024-03-08T14:00"), ("Freitag", "DATE", "2024-03-08")]),
    ("Das Chorkonzert beginnt um 20 Uhr am Samstagabend in der Pfarrkirche.", "de", "2024-03-13",
     [("20 Uhr", "TIME", "2024-03-16T20:00"), ("Samstagabend", "TIME", "2024-03-16TEV")]),
    # ... a place after "am" does not
    ("Der Chor singt um 20 Uhr am Domplatz.", "de", "2024-03-13", [("20 Uhr", "TIME", "2024-03-13T20:00")]),
])
def test_session8(text: str, lang: str, dct: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text, lang, dct) == expected
