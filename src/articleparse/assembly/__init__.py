"""Assembly: link the rank phrases of a Doc to entity, ranking, category and year, and build the records.

Focus model, read from top to bottom:
- ranking: the one named nearest in the phrase's sentence, else the last one named (or whose publisher was
  named) before it; a name several rankings share is resolved by the publisher named nearest.
- year: a year written before the phrase in its sentence (or right after it), relative ones ("im Vorjahr")
  resolved against the ranking's editions; else the year a narrative has reached ("2021 blieb Hamburg …",
  "ein Jahr später"); else the edition the article reports on.
- category: one named before (or right after) the phrase in its sentence, else the one in focus in the
  paragraph (for rankings without an overall table, in the whole text); only the ranking's own categories.
- entity: a place in the phrase's own clause, else the nearest before or after it in the sentence; "die
  Stadt", "sie" and an unstated subject refer to the place named last in a subject position.
Then ranks are derived from movements and neighbours, movements from two ranks of consecutive editions.

Modules, one concern each (mixins of the one `_Run` per document in `run.py`): `mentions` (rankings and categories
named), `focus` (year and category), `subjects` (place and coreference), `statements` (reading phrases into
records), `lists` (lists, ranges, neighbours), `derivation` (records that follow), `summaries` (entities,
rankings, themes), `text_index` (positions); the words they read are in `data/assembly_words.yaml`.
"""
from articleparse.assembly.draft import Draft, Subject
from articleparse.assembly.run import Assembler

__all__ = ["Assembler", "Draft", "Subject"]
