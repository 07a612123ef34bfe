"""The knowledge base: entities with aliases per language and roles with date ranges.

`load_kb()` gives the bundled KB (resources/common/kb/*.jsonl) plus any user KB named by
$CHRONIK_KB; `KnowledgeBase.from_files(paths)` reads user files, e.g. the output of
`chronik kb import` on a Wikidata dump.
"""

from __future__ import annotations

from chronik.kb.base import KnowledgeBase
from chronik.kb.load import KBWarning, load_kb, read_files, role_keys
from chronik.kb.model import KBEntity, Role
from chronik.kb.names import name_key

__all__ = ["KBEntity", "KBWarning", "KnowledgeBase", "Role", "load_kb", "name_key", "read_files",
           "role_keys"]
