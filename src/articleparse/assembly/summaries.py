"""Summaries of a document: its entities, its rankings with their totals, its themes."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from articleparse.knowledge import RankingInfo
from articleparse.report import Entity, Ranking, Span, Theme


class Summaries:
    """The document's entities, rankings and themes, from its mentions and records."""

    def _entities(self) -> None:
        grouped: dict[str, tuple[str, list[Span]]] = {}
        for span in self.places:
            grouped.setdefault(span.label_, (span.kb_id_, []))[1].append(self._span(span))
        for span in self.doc.spans["ap_publishers"]:
            grouped.setdefault(span.label_, ("organization", []))[1].append(self._span(span))
        self.draft.entities = [Entity(name=name, type=kind, mentions=mentions) for name, (kind, mentions) in grouped.items()]

    def _rankings(self) -> None:
        keys = list(dict.fromkeys(
            [(p.ranking, p.year) for p in self.draft.placements]
            + [(c.ranking, c.year) for c in self.draft.claims]
            + list(self.draft.text_totals)
            + [(name, year) for name, year in self.editions.items()]
        ))
        mentions: dict[str, list[Span]] = {}
        for span, name in self.ranking_mentions:
            mentions.setdefault(name, []).append(self._span(span))
        for name, year in keys:
            info: RankingInfo | None = self.knowledge.ranking(name)
            edition = info.edition(year) if info else None
            written = self._text_total(name, year)
            total, source = (written, "text") if written is not None else (
                (edition.total, "knowledge") if edition and edition.total else (None, None))
            self.draft.rankings.append(Ranking(
                name=name, publisher=info.publisher if info else None, year=year, total=total, total_source=source,
                categories=info.categories_in(year) if info else [], mentions=mentions.get(name, []),
            ))

    def _themes(self) -> None:
        grouped: dict[str, list[SpacySpan]] = {}
        for span in self.categories:
            grouped.setdefault(span.label_, []).append(span)
        focus = self._first_place()
        for name, spans in grouped.items():
            ranking = self._ranking_at(spans[0])
            rank = next((p.rank for p in self.draft.placements
                         if p.category == name and focus and p.entity == focus.name and not p.derived), None)
            self.draft.themes.append(Theme(name=name, ranking=ranking, explicit=True, rank=rank,
                                           mentions=[self._span(s) for s in spans]))
        implicit: dict[str, list[Span]] = {}
        for ranking in dict.fromkeys(name for _, name in self.ranking_mentions):
            keywords = self.theme_keywords.get(ranking, {})
            stems = tuple(keywords)
            for i, lower in enumerate(self.lowers):
                if not stems or not lower.startswith(stems):  # one C-level test per token
                    continue
                for stem, theme in keywords.items():
                    if theme not in grouped and lower.startswith(stem):
                        implicit.setdefault((theme, ranking), []).append(self._span(self.doc[i]))
        for (theme, ranking), mentions in implicit.items():
            self.draft.themes.append(Theme(name=theme, ranking=ranking, explicit=False, mentions=mentions))
