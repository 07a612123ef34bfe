"""Actors stage: people, organizations, states and places linked to the KB (issue 4).

Steps, each a module of this package:
1. `gazetteer`: every KB alias in one Aho-Corasick pass, German inflection included
   ("Nordkoreas", "nordkoreanischer"); capitals and seats stand for their state except after
   a locative word ("zwischen Pjöngjang und Moskau" → the states; "in Pjöngjang" → the city)
   or in a dateline ("HAVANA (AP)"); a city's name is its namesake region (KB `region`) after
   "upstate"/"governor"; a place's name inside a club's or street's ("SC Freiburg", "Vermont
   St.") is no mention of the place;
2. state-qualified organizations ("Russlands Sicherheitsrat", "des russischen
   Sicherheitsrats") from the head nouns of the KB's organization aliases;
3. `roles`: role nouns resolved by state and article date through the KB
   ("der russische Verteidigungsminister" is Shoigu in 2023, Belousov in 2025; "ehemalige"
   asks for a past holder); a role noun followed by a name only describes that name;
   A feminine role noun ("die Kanzlerin") names a woman, never a man (KB `gender`); a
   pronoun after a role noun ("the chancellor … she") makes its gender the likelier one; a
   title alone ("der GdP-Vorsitzende") names whom the text gives that title before a name;
4. `names`: names the KB lacks (German CRF, English capitalization patterns) stay entities
   with `kb: None` and a stable `key` (two or three English capitalized words are a person
   only with a sign of one: a given name, title, person noun, "said", ", who", an age, a
   pronoun; else a firm);
   variants of one unknown name are merged ("Lee Jae-myung" … "Lee"); `abbrev`: "Long Name (ABBR)" and a later bare "ABBR" are one entity
   (the KB's, if it knows either side);
5. coreference: short names join the full name's entity (of two people of one surname, the
   one named in full last), role nouns without a state the last entity holding that role,
   and a lead sentence opening with a subject pronoun ("Er bekräftigt …") the single person
   of the sentence before.
The KB is a parameter (`find_entities(analysis, kb)`); by default the bundled one.
"""

from __future__ import annotations

from chronik.analysis.actors.link import link_entities
from chronik.model import Analysis


def find_entities(analysis: Analysis, kb=None) -> Analysis:
    """Return the analysis with `entities`: ids e1, e2, … in order of first mention."""
    if kb is None:
        from chronik.analysis.actors.kbsource import default_kb

        kb = default_kb()
    return analysis.replace(entities=link_entities(analysis, kb))
