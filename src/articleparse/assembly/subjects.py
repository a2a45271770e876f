"""Subjects: which place a rank phrase is about, and what "die Stadt", "sie" or an unstated subject refers to."""
from __future__ import annotations

import bisect

from spacy.tokens import Span as SpacySpan, Token

from articleparse.assembly.draft import Subject
from articleparse.assembly.words import (
    BOTH_WORDS,
    CLAUSE_BREAKS,
    CLOSE_BY,
    COREF_TYPES,
    FIRST_NAMES,
    FIRST_PERSON,
    FIRST_PERSON_POSSESSIVES,
    INNER_REFERENCES,
    INVERTED_PRONOUNS,
    LIST_ADVERBS,
    LIST_ARTICLES,
    LIST_HEADINGS,
    LOCATIVE_PRO_FORMS,
    NOT_SUBJECT_BEFORE,
    OBJECT_RELATIVE_PRONOUNS,
    PERSON_NOUNS,
    PLACE_MODIFIERS,
    PLURAL_VERBS,
    PREPOSITIONS,
    QUESTION_SUBJECTS,
    RANKING_WORDS,
    RANKING_WORD_ENDINGS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    TIE_VERBS,
    TIE_WORDS,
    TIED_GROUP_NOUNS,
    TOGETHER_WORDS,
    UNIT_TYPES,
    UNIT_WORDS,
    WEAK_REFERENCES,
)


class Subjects:
    """The place (or places) a phrase is said of."""

    def _subjects(self, phrase, phrases, unit: str, kind: str) -> list[Subject]:
        allowed = UNIT_TYPES.get(unit, UNIT_TYPES["mixed"])
        sent = self.sent(phrase)
        info = phrase._.ap_phrase
        label = self.place_at.get(phrase.start) if info.get("table_row") else None
        if label is not None:  # "- Bayern: 8" in a ranking of cities is not a row of it
            return [Subject(label.label_, label.kb_id_, True)] if label.kb_id_ in allowed else []
        if phrase[0].text in ("(", ",") and not info.get("subject_inside"):
            # "Mülheim an der Ruhr, 2022 noch auf Platz 74, …", "Bochum (4.)": about the place right before
            before = self.place_ending.get(phrase.start)
            if before is not None and before.kb_id_ in allowed:
                return [Subject(before.label_, before.kb_id_, True)]
        if info.get("elliptic") and not self._continues_list(phrase, phrases):
            return []
        bullet = self._headline_place_of_a_bullet(phrase) if kind in ("rank", "move") else None
        if bullet is not None and bullet.type in allowed:
            return [bullet]
        neighbour = self._neighbour_with_its_rank(phrase) if kind == "rank" else None
        if neighbour is not None and neighbour.kb_id_ in allowed:
            return [Subject(neighbour.label_, neighbour.kb_id_, True)]
        if ("prev_rank" in info and not info.get("subject_inside") and phrase.start > sent.start
                and self.doc[phrase.start - 1].lower_ in ("der", "die")):
            named = self.place_at.get(phrase.end + 1) if self.lowers[phrase.end : phrase.end + 1] in (["war"], ["ist"], ["hieß"]) else None
            if named is not None and named.kb_id_ in allowed:  # "Der Vorjahreserste war Schleswig-Holstein"
                return [Subject(named.label_, named.kb_id_, True)]
            referent = self._referent(phrase.start, allowed)  # "Die Vorjahres-Dritte muss Stuttgart … lassen"
            return [Subject(referent.name, referent.type, False)] if referent else []
        inner = next((t for t in phrase if t.lower_ in self.shared_epithets or t.lower_ in INNER_REFERENCES), None)
        if inner is not None and not info.get("subject_inside") and not info.get("object_inside") and not any(t._.ap_place for t in phrase):
            referent = self._referent(phrase.start, allowed, self.shared_epithets.get(inner.lower_))
            if referent is not None:  # "… war die Hansestadt noch Zweite": the city the phrase names itself
                return [referent]
        if len(phrase) > 2 and phrase[1].lower_ in FIRST_PERSON and not info.get("subject_inside"):
            # "Damals waren wir 18.": "wir" after the verb, the speaker's city, else the city the article is about
            speaker = self._speaker(phrase.start) or self.focus_entity
            return [speaker] if speaker and speaker.type in allowed else []
        if info.get("subject_inside") or info.get("passive"):
            inside = [self.place_at[i] for i in range(phrase.start, phrase.end)
                      if i in self.place_at and self.place_at[i].kb_id_ in allowed]
            if info.get("passive"):  # "wurde München von Hamburg von der Spitze verdrängt": the agent after "von"
                inside = inside[-1:]
            return [Subject(inside[0].label_, inside[0].kb_id_, True)] if inside else []
        blocked = set()
        for p in phrases:
            if p.label_ in ("neighbours",) or (p is not phrase and p._.ap_phrase.get("handed_over")):
                blocked.update(range(p.start, p.end))  # "…, vor Hamburg", "den Spitzenplatz an Kopenhagen abgeben": no subject
            if p.label_ == "follow":
                followers = self._following_places(p)
                if followers and (self._right_after(followers[-1], phrase) or self._in_relative_clause_after(followers[-1], phrase)):
                    continue  # "dahinter folgt Münster (mit 3,2 Punkten) auf dem sechsten Platz", "Es folgen Hamburg und München,
                    # die sich Rang 27 teilen": the rank is the followers'
                for place in followers:
                    blocked.update(range(place.start, place.end))
        candidates, unresolved = [], False
        for span in self.places_in.get(self.sentence_of[phrase.start], []):
            if span.kb_id_ not in allowed or span.start in blocked:
                continue
            if self._object_of_preposition(span, phrase):
                continue
            if phrase.start <= span.start < phrase.end or self._in_relative_clause(span, phrase):
                continue
            candidates.append((span, Subject(span.label_, span.kb_id_, True)))
        for p in phrases:
            if p.label_ == "coref" and p.start not in blocked and not self._in_relative_clause(p, phrase):
                if any(t._.ap_place for t in self.doc[p.start : min(p.end + 1, len(self.doc))]) or self._passed(p):
                    continue
                apposed = self.place_ending.get(p.start - 1) if p.start > 1 and self.texts[p.start - 1] == "," else None
                if apposed is not None and apposed.kb_id_ in allowed:
                    continue  # "während Rostock, die Stadt mit Ostseeblick, den letzten Rang belegte": an apposition to the place
                kinds = allowed & COREF_TYPES.get(p[-1].lower_, allowed)  # "der Landkreis": a county
                if p[-1].lower_ in WEAK_REFERENCES and (not kinds or self._person_named_before(p.start, kinds)):
                    continue
                named = self.place_at.get(p.end + 1) if self.lowers[p.end : p.end + 1] == ["als"] else None
                if named is not None and named.kb_id_ in kinds:  # "Dass wir als Franken einen Platz vor Südbayern liegen"
                    referent = Subject(named.label_, named.kb_id_, True)
                elif (p[-1].lower_ in FIRST_PERSON or p[0].lower_ in FIRST_PERSON_POSSESSIVES) and (
                        speaker := self._speaker(p.start) or self.focus_entity) and speaker.type in kinds:
                    referent = speaker  # "„Wir sind auf Platz fünf gelandet“", "Unsere Stadt": the speaker's city, else the
                    # city the article is about
                else:
                    referent = self._referent(p.start, kinds, self.shared_epithets.get(p[-1].lower_))
                    if referent is not None and p[-1].lower_ in (*INNER_REFERENCES, "sie") and self._paragraph_without_place(p.start):
                        referent = self._headline_place_instead(referent)
                if referent:
                    candidates.append((p, Subject(referent.name, referent.type, False)))
                    self.resolved_references[p.start] = referent
                elif p.end <= phrase.start and not self._clause_break(p.end, phrase.start):
                    unresolved = True  # "Die Landeshauptstadt liegt auf Platz 12, Düsseldorf dagegen …": no one we know
        candidates.sort(key=lambda c: c[0].start)
        if len(phrase) > 2 and phrase[1].lower_ in INVERTED_PRONOUNS and (phrase[0].lower_ not in PLURAL_VERBS or phrase[1].text == "Sie") \
                and not info.get("subject_inside") and not info.get("past") and not any(c[0].end <= phrase.start for c in candidates):
            # "Im Bereich Gesellschaft und Bildung ist sie 70.": the place the pronoun refers back to, when the sentence
            # names none before it ("… schneidet die Donaustadt besser ab: Im Niveauranking ist sie Achte")
            kinds = allowed & COREF_TYPES.get(phrase[1].lower_, allowed)
            if not kinds or self._person_named_before(phrase.start, kinds):
                return []  # "Die Kielerin Anna Schmidt läuft Marathon. Im Vorjahr war sie 12."
            referent = self._referent(phrase.start, kinds)
            return [referent] if referent else []
        if kind != "move" and (phrase._.ap_phrase.get("tie") or self._tied(phrase)):  # a tie is of a rank, not of a step
            relative = self._relative_clause_head(phrase, allowed)
            if relative is not None:  # "vor Schleswig-Holstein und Bayern, die sich Rang zwei teilen"
                return self._joined_up_to(relative, allowed)
            after = [c for c in candidates if c[0].start >= phrase.end]
            # "Rang drei teilen sich …", not "…, die sich Rang 27 teilen, sowie Stuttgart"
            tie_verb_after = phrase.end + 1 < len(self.doc) and self.lowers[phrase.end] in TIE_VERBS and not self.doc[phrase.end + 1].is_punct
            if after and (tie_verb_after or not any(c[0].end <= phrase.start for c in candidates)):
                return [s for _, s in self._coordinated(after)]  # "Rang drei teilen sich Auckland in Neuseeland und München"
            both = self._both_before(phrase, allowed)
            if both:
                return both
            # "teilt sich im Ranking mit München Rang 27", "ist gemeinsam mit der Nachbarstadt Dortmund Zwanzigster"
            with_partner = [j for t in self.doc[sent.start : phrase.start] if t.lower_ == "mit" and not self._clause_break(t.i, phrase.start)
                            for j in [next((k for k in range(t.i + 1, min(t.i + 4, phrase.start)) if k in self.place_at), None)]
                            if j is not None]
            tied = [c for c in candidates if c[0].end <= phrase.start and not self._subject_of_a_rank_before(c[0], phrase)]
            if tied:
                partner = self._with_place_after(phrase)
                if partner is None and with_partner:
                    partner = self.place_at[with_partner[-1]]
                    tied = [c for c in tied if c[0].start != partner.start] or tied
                subjects = [s for _, s in self._coordinated(tied, backwards=True)]
                if partner is not None:  # "teilte sich Rang 17 mit Frankfurt am Main"
                    subjects.append(Subject(partner.label_, partner.kb_id_, True))
                return list({s.name: s for s in subjects}.values())
        relative = self._relative_clause_head(phrase, allowed)
        if relative is not None:
            if self._each(phrase):  # "Nürnberg und Aachen, die sich jeweils um zwei Plätze verbessern"
                return self._joined_up_to(relative, allowed)
            return [Subject(relative.label_, relative.kb_id_, True)]
        instead = self._sondern(phrase, allowed)
        if instead is not None:
            return [instead]
        before = [c for c in candidates if c[0].end <= phrase.start]
        after = [c for c in candidates if c[0].start >= phrase.end]
        # The subject of the phrase's own clause first ("…, Dritter ist Stuttgart"), then the nearest before or after.
        inside = [self.place_at[i] for i in range(phrase.start, phrase.end) if i in self.place_at and self.place_at[i].kb_id_ in allowed]
        if inside and (not info.get("displaced") or len({p.start for p in inside}) > 1) and kind != "relative" and not (
                before and not self._clause_break(before[-1][0].end, phrase.start)):
            # "In der Kategorie X liegt Berlin vorn, gefolgt von …"; "2022 verdrängte Münster Karlsruhe von der Spitze"
            return [Subject(inside[0].label_, inside[0].kb_id_, True)]
        if before and not self._clause_break(before[-1][0].end, phrase.start):
            after = []
        elif after and not self._clause_break(phrase.end, after[0][0].start):
            before = []
        if before:
            chosen = [self._subject_of_the_clause_before(phrase, before) or before[-1]]
            if kind == "claim" or self._each(phrase):  # "Freiburg und Karlsruhe rutschen jeweils um sieben Plätze ab"
                chosen = self._coordinated(before, backwards=True)
            return [s for _, s in chosen]
        after = [c for c in after if ";" not in self.texts[phrase.end : c[0].start]]  # "reichte es für Rang zwei; Singapur wurde Dritte"
        if unresolved:
            return []
        if after:
            return [s for _, s in (self._coordinated(after) if kind == "claim" else after[:1])]
        if self._asks_who(sent, phrase.start):
            answer = self._answer(sent, allowed)  # "Wer bildet das Schlusslicht? Mecklenburg-Vorpommern mit 6,19 Punkten."
            return [answer] if answer else []
        speaker = self._speaker_span(phrase.start)
        if speaker is not None and speaker.kb_id_ in allowed and self.sentence_of[speaker.start] == self.sentence_of[phrase.start]:
            return [Subject(speaker.label_, speaker.kb_id_, False)]  # "Als Frankfurter bin ich ernüchtert: … noch Zehnter"
        referent = self._referent(phrase.start, allowed)
        article_place = self.headline_place
        if referent is not None and article_place is not None and article_place.type == referent.type \
                and article_place.name != referent.name and not self.places_in.get(self.sentence_of[phrase.start]) \
                and self._paragraph_without_place(phrase.start) and LOCATIVE_PRO_FORMS.isdisjoint(self._lowers_of(sent)):
            # "Mülheim weit hinten" … "Die Nachbarstadt Duisburg kommt auf Platz 41.\n\nIm Bereich Mobilität reicht es für
            # Rang 71": a rank without a subject in a paragraph that names no place yet is the place the headline names (not
            # one said to be "dort")
            referent = article_place
        if referent is None or self._heading(sent) or (phrase._.ap_phrase.get("needs_subject") and not self._fronted(phrase)):
            return []
        return [Subject(referent.name, referent.type, False)]

    def _headline_place(self) -> Subject | None:
        """The one place the headline names (the first line of a text of several paragraphs; a country beside it is the
        scope: "Münster – Deutschlands Fahrradhauptstadt"), if the text below names it too (not "Münster glänzt, Bielefeld
        enttäuscht")."""
        end = self.text.find("\n")
        named = {(span.label_, span.kb_id_) for span in self.places if end > 0 and span.end_char <= end}
        if len(named) == 2 and any(kind == "country" for _, kind in named):
            named = {(name, kind) for name, kind in named if kind != "country"}  # "Münster – Deutschlands Fahrradhauptstadt"
        if len(named) != 1:
            return None
        name, kind = named.pop()
        return Subject(name, kind, False) if any(span.label_ == name and span.start_char > end for span in self.places) else None

    def _headline_place_of_a_bullet(self, phrase) -> Subject | None:
        """"Die Green City in Rankings:\n• Smart City Index 2024 des Bitkom: Platz 6 unter 82 Großstädten": a bullet line
        that names no place before its rank, and none after it but in a comment set off by a dash ("– nur Münster schneidet
        besser ab"), is about the place the headline names."""
        if self.headline_place is None:
            return None
        if not self._on_a_bullet_line(phrase.start_char):
            return None
        line_start = self.text.rfind("\n", 0, phrase.start_char) + 1
        line_end = self.text.find("\n", phrase.end_char)
        line_end = len(self.text) if line_end < 0 else line_end
        for place in self.places:
            if line_start <= place.start_char < line_end and (place.start < phrase.start or not any(
                    self.texts[i] in ("–", "—") for i in range(phrase.end, place.start))):
                return None
        return self.headline_place

    def _headline_place_instead(self, referent: Subject) -> Subject:
        """"die Stadt" or "sie" opening a paragraph that names no place is the place the headline names, not one the
        paragraph before compared it with ("Freiburgs lange Linie" … "nur Münster schneidet besser ab.\n\n… fiel die Stadt
        …"); not when the headline names its place only as where something happened ("… in Berlin vorgestellt")."""
        article_place = self.headline_place
        if article_place is None or article_place.type != referent.type or article_place.name == referent.name:
            return referent
        headline_end = self.text.find("\n")
        in_headline = [span for span in self.places if span.label_ == article_place.name and span.end_char <= headline_end]
        if in_headline and in_headline[0].start > 0 and self.lowers[in_headline[0].start - 1] in PLACE_MODIFIERS:
            return referent
        return article_place

    def _speaker(self, position: int) -> Subject | None:
        """The place the speaker says they are of, last in the paragraph before `position`: "Als Frankfurter bin ich
        ernüchtert", "Als gebürtige Hamburgerin …", "wir Schleswig-Holsteiner"."""
        span = self._speaker_span(position)
        return Subject(span.label_, span.kb_id_, False) if span is not None else None

    def _speaker_span(self, position: int) -> SpacySpan | None:
        """The demonym naming the speaker's place, last in the paragraph before `position`, or None."""
        start = self.paragraph_starts[bisect.bisect_right(self.paragraph_starts, self.doc[position].idx) - 1]
        for k in range(bisect.bisect_right(self.place_ends, position) - 1, -1, -1):
            span = self.places[k]
            if span.start_char < start:
                return None
            if self._speaker_demonym(span):
                return span
        return None

    def _speaker_demonym(self, span: SpacySpan) -> bool:
        """A demonym naming the speaker: after "wir", or after "Als" (and an adjective) opening its sentence."""
        if not (span._.ap_gaz or {}).get("demonym") or span.start == 0:
            return False
        i = span.start - 1
        if self.lowers[i] == "wir":
            return True
        while i > span.start - 3 and self.doc[i].is_lower and self.lowers[i] != "als":
            i -= 1  # "Als gebürtige Hamburgerin", "Als echte gebürtige Kielerin"
        opening = self.doc[i].is_sent_start or (i > 0 and self.texts[i - 1] in ("„", '"', "»") and self.doc[i - 1].is_sent_start)
        return self.lowers[i] == "als" and opening  # also at the start of a quote: "„Als Leipzigerin bin ich stolz …“"

    def _paragraph_without_place(self, position: int) -> bool:
        """No place named in the paragraph before `position`."""
        start = self.paragraph_starts[bisect.bisect_right(self.paragraph_starts, self.doc[position].idx) - 1]
        last = bisect.bisect_right(self.place_ends, position) - 1
        return last < 0 or self.places[last].start_char < start

    def _fronted(self, phrase: SpacySpan) -> bool:
        """"Im Vorjahr noch Fünfter, reicht es diesmal nur für Rang elf": a rank in a short clause opening the sentence,
        set off by a comma before another statement of the sentence, is said of the place the text is about."""
        sent = self.sent(phrase)
        return (phrase.start - sent.start <= 4 and phrase.end < sent.end and self.texts[phrase.end] == "," and any(
            p.label_ in ("rank", "move") and p.start > phrase.end for p in self.phrases_in.get(self.sentence_of[phrase.start], [])))

    def _neighbour_with_its_rank(self, phrase) -> SpacySpan | None:
        """"bleibt Köln vorn, knapp vor Bochum auf Platz fünf und Düsseldorf auf Platz sechs": a place after "vor" or
        "hinter" opening a clause, with a rank right after it, when another place with its rank follows in the same way,
        holds that rank."""
        lowers, end = self.lowers, phrase.end
        place = self.place_ending.get(phrase.start - (lowers[phrase.start - 1] == "auf"))
        if place is None or end + 2 >= len(self.doc) or lowers[end] not in ("und", "sowie", ","):
            return None
        i = place.start - 1 - (lowers[place.start - 1] in ("dem", "der", "den"))
        following = self.place_at.get(end + 1)
        if i < 1 or lowers[i] not in ("vor", "hinter") or following is None:
            return None
        j = i - 1
        while j > 0 and lowers[j] in CLOSE_BY:  # "…, knapp vor Bochum"
            j -= 1
        if self.texts[j] != ",":
            return None  # "Köln landet knapp hinter Bonn auf Platz fünf, …": the subject's rank, Bonn its neighbour
        after = following.end + (lowers[following.end : following.end + 1] == ["auf"])
        return place if any(p.start == after and p.label_ == "rank" for p in self.phrases_in.get(self.sentence_of[phrase.start], [])) else None

    def _passed(self, reference: SpacySpan) -> bool:
        """"Stuttgart zog an der Domstadt vorbei und ist nun Dritter", "ist an der Domstadt vorbeigezogen": the one passed is
        no subject."""
        i = reference.start - (reference.start > 0 and self.lowers[reference.start - 1] in ("der", "dem", "den"))
        return i > 0 and self.lowers[i - 1] == "an" and self.lowers[reference.end : reference.end + 1] in (["vorbei"], ["vorbeigezogen"])

    def _object_of_preposition(self, place: SpacySpan, phrase: SpacySpan) -> bool:
        """"hinter Hamburg", and a place joined to it by "und" after the rank or right before it ("hinter Hamburg und
        München Dritte"; not "hinter Lübeck und Hamburg landet auf Platz 2", nor "hinter Berlin, Gera landet …"): no
        subject."""
        lowers, i = self.lowers, place.start
        if place.start >= phrase.end or place.end == phrase.start or (
                place.end + 1 == phrase.start and lowers[place.end] in ("auf", "als", "für")):
            while i > 0:
                j = i - 1
                while j > 0 and lowers[j] in LIST_ADVERBS:  # "hinter Münster und ausgerechnet Freiburg"
                    j -= 1
                if lowers[j] not in ("und", "sowie", "oder") or (before := self.place_ending.get(j)) is None:
                    break
                i = before.start
        info = place._.ap_gaz or {}
        if i > 1 and self.doc[i - 1]._.ap_kind == "ord" and self.doc[i - 1].is_title:  # "vom neuen Zweiten Erlangen"
            i -= 1 + (lowers[i - 2] in ("neuen", "neue", "neuer", "aktuellen"))
            if lowers[i - 1] in ("vom", "dem"):  # a place with its own rank after a preposition: "wird vom neuen Zweiten überholt"
                return True
            i -= i > 1 and lowers[i - 1] in ("der", "den")
        elif i > 1 and lowers[i - 1] in ("der", "dem", "den") and (info.get("epithet") or info.get("demonym")):
            i -= 1  # "vor der Volmestadt", "hinter den Krefeldern"
        elif i > 1 and lowers[i - 1] in ROLE_NOUNS:  # "hinter (dem) Spitzenreiter Münster"
            i -= 1 + (lowers[i - 2] in ("der", "dem", "den"))
        if i > 0 and lowers[i - 1] == "an" and lowers[place.end : place.end + 1] == ["vorbei"]:
            return True  # "schiebt sich an Schleswig-Holstein vorbei": the one overtaken
        return i > 0 and lowers[i - 1] in NOT_SUBJECT_BEFORE

    def _asks_who(self, sent: SpacySpan, before: int) -> bool:
        """A question asking who before token `before` ("Wer liegt vorn?"): its last token is "?" (or the one before a
        line break)."""
        return "?" in self.texts[max(sent.start, sent.end - 2) : sent.end] and any(
            w in QUESTION_SUBJECTS for w in self.lowers[sent.start : before])

    def _answer_sentence(self, phrase: SpacySpan) -> int | None:
        """The index of the sentence answering the question asking who that `phrase` stands in ("Wer liegt vorn?
        München, vor Hamburg und Stuttgart.")."""
        sent = self.sent(phrase)
        return self.sentence_of[sent.end] if sent.end < len(self.doc) and self._asks_who(sent, phrase.start) else None

    def _answer(self, question: SpacySpan, allowed) -> Subject | None:
        """The place a question asking who names first in the sentence after it, the answer."""
        if question.end >= len(self.doc):
            return None
        sentence = self.sentence_of[question.end]
        if any(p.label_ == "rank" for p in self.phrases_in.get(sentence, [])):
            return None  # "Wer gewinnt am Ende? Das Ranking sieht Köln auf Platz 5."
        answer = next((p for p in self.places_in.get(sentence, []) if p.kb_id_ in allowed  # "Nicht Hamburg, sondern München"
                       and (p.start == 0 or self.lowers[p.start - 1] not in ("nicht", "in", "aus", "durch"))
                       and self.lowers[max(0, p.start - 2) : p.start] != ["nicht", "mehr"]), None)  # "Nicht mehr Berlin, sondern …"
        return Subject(answer.label_, answer.kb_id_, True) if answer is not None else None

    def _each(self, phrase) -> bool:
        """"jeweils" inside the phrase or among the three words before it."""
        return any(t.lower_ == "jeweils" for t in self.doc[max(self.sent(phrase).start, phrase.start - 3) : phrase.end])

    def _sondern(self, phrase, allowed) -> Subject | None:
        """"steht nicht mehr Wien an der Spitze, sondern Zürich": the place after "sondern" when "nicht" denies the one before."""
        sent = self.sent(phrase)
        if not any(t.lower_ == "nicht" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ not in ("nur", "allein")
                   for t in self.doc[sent.start : phrase.start]):
            return None  # "nicht nur X …, sondern auch Y" denies no one
        for t in self.doc[phrase.end : min(sent.end, phrase.end + 4)]:
            if t.lower_ == "sondern" and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "auch"):
                place = self.place_at.get(t.i + 1) or self.place_at.get(t.i + 2)
                if place is not None and place.kb_id_ in allowed:
                    return Subject(place.label_, place.kb_id_, True)
        return None

    def _relative_clause_head(self, phrase, allowed) -> SpacySpan | None:
        """"…, gefolgt von Hannover und Leipzig, das mit 3,85 Platz drei belegte", "hinter Hamburg, das den Index anführt":
        the place the clause is about."""
        doc = self.doc
        for place in self.places_in.get(self.sentence_of[phrase.start], []):
            # the clause may follow the verb that ends the place's own clause: "mit Zürich teilen, das damit …"
            after = place.end  # past a parenthesis: "Freiburg (3,03) und Karlsruhe (3,05), die die Plätze zwei und drei belegen"
            if after < phrase.start and doc[after].text == "(":
                after = next((t.i + 1 for t in doc[after : min(after + 8, phrase.start)] if t.text == ")"), after)
            comma = next((t.i for t in doc[after : min(after + 3, phrase.start)]
                          if t.text == "," or not (t.is_lower and t.is_alpha and t.lower_ not in ("und", "oder", "sowie"))), None)
            if comma is None or doc[comma].text != "," or comma + 1 > phrase.start or place.kb_id_ not in allowed:
                continue
            if (doc[comma + 1].lower_ in RELATIVE_PRONOUNS
                    and (not doc[comma + 2].is_title or doc[comma + 2].lower_ in ("platz", "rang", "position", "stelle")
                         or doc[comma + 2]._.ap_kind in ("ord", "last"))):  # "…, vor Bonn, das Siebter ist"
                # "Erlangen, die Stadt München …" starts no relative clause; "Rheinland-Pfalz, das Platz fünf belegt" does
                clause = doc[comma + 2 : phrase.start]
                if not any(t.text in (",", ";", "–") for t in clause):
                    return place
        return None

    def _continues_list(self, phrase, phrases) -> bool:
        """", Wiesbaden auf 38", ", Köln von 26 auf 65" continue a list only after a rank or movement in the same sentence
        or after a heading that announces ranks, and not before a unit."""
        after = self.doc[phrase.end].lower_ if phrase.end < len(self.doc) else ""
        if after in UNIT_WORDS:
            return False
        if any(p.label_ in ("rank", "claim", "move") and p.end <= phrase.start and not p._.ap_phrase.get("elliptic") for p in phrases):
            return True
        colon = next((t.i for t in self.doc[self.sent(phrase).start : phrase.start] if t.text == ":"), None)
        return colon is not None and any(  # "Die übrigen Städte im Überblick: Düsseldorf 6 (2016: 6), …"
            t.lower_ in LIST_HEADINGS or t.lower_ in RANKING_WORDS or t.lower_.endswith(RANKING_WORD_ENDINGS)
            for t in self.doc[self.sent(phrase).start : colon])

    def _subject_of_a_rank_before(self, place: SpacySpan, phrase: SpacySpan) -> bool:
        """"An der Spitze steht Kopenhagen, Wien und Zürich teilen sich Rang zwei": the place follows another rank of
        the sentence with only words between, so it holds that rank, not the tie's."""
        rank = phrase._.ap_phrase.get("rank")
        for other in self.phrases_in.get(self.sentence_of[phrase.start], []):
            if (other is not phrase and other.label_ in ("rank", "claim") and other.end <= place.start
                    and rank is not None and other._.ap_phrase.get("rank") not in (None, rank)
                    and (other.start == 0 or self.lowers[other.start - 1] not in PREPOSITIONS)):  # not "Statt Platz 5 teilen sich …"
                between = self.doc[other.end : place.start]
                if len(between) <= 2 and not any(t.is_punct or t.i in self.place_at or t.lower_ in NOT_SUBJECT_BEFORE for t in between):
                    return True
        return False

    def _coordinated(self, candidates, backwards: bool = False) -> list:
        """The first candidate and those joined to it by commas and "und" ("Mainz und Regensburg")."""
        ordered = list(reversed(candidates)) if backwards else list(candidates)
        chosen = [ordered[0]]
        for span, subject in ordered[1:]:
            left, right = (span, chosen[-1][0]) if backwards else (chosen[-1][0], span)
            between = [t for t in self.doc[left.end : right.start] if not self._in_apposition(t)]
            if between and between[0].text == "(" and ")" in [t.text for t in between]:  # "Nürnberg (4.), Aachen (5.)"
                between = between[[t.text for t in between].index(")") + 1 :]
            if not any(t.text in (",", "und", "sowie", "oder") for t in between) or not all(
                    t.text in (",", "und", "sowie", "oder") or t.lower_ in LIST_ARTICLES for t in between):
                break  # "Mainz und Regensburg", "die Princeton University und die University of Cambridge"
            chosen.append((span, subject))
        return chosen

    def _in_relative_clause(self, place: SpacySpan, phrase: SpacySpan) -> bool:
        """"Die Region, für die die Forscher den Norden Bayerns auswerten, büßt …": a place inside a relative clause
        that closes before the phrase is not its subject."""
        doc, sent = self.doc, self.sent(phrase)
        if place.end > phrase.start:
            return False
        opening = next((i for i in range(place.start - 1, sent.start, -1) if doc[i].text == ","), None)
        closing = next((i for i in range(place.end, phrase.start) if doc[i].text == ","), None)
        if opening is None or closing is None:
            return False
        words = [t.lower_ for t in doc[opening + 1 : min(opening + 3, place.start)]]
        return any(w in RELATIVE_PRONOUNS or w in OBJECT_RELATIVE_PRONOUNS for w in words)

    def _in_relative_clause_after(self, place: SpacySpan, phrase: SpacySpan) -> bool:
        """The phrase stands in a relative clause opening right after the place (", die sich Rang 27 teilen", ", das 2023
        noch Rang 22 belegt hatte")."""
        i = place.end
        return (phrase.start > i + 1 and self.texts[i] == "," and self.lowers[i + 1] in RELATIVE_PRONOUNS
                and not self._clause_break(i + 2, phrase.start))

    def _right_after(self, place: SpacySpan, phrase: SpacySpan) -> bool:
        """The phrase follows the place with at most a score between ("Franken mit 7,26 Punkten auf Rang vier")."""
        between = self.doc[place.end : phrase.start]
        return phrase.start >= place.end and len(between) <= 6 and all(t.lower_ in ("mit", "auf", "dem", "den", "(", ")") or t._.ap_kind
                                         or t.lower_ in UNIT_WORDS for t in between)

    def _in_apposition(self, token: Token) -> bool:
        """A token of "in Neuseeland" after "Auckland": a place's country or state, skipped in a list of places."""
        doc, i = self.doc, token.i
        inside = any(p.start <= i < p.end for p in self.places_in.get(self.sentence_of[i], []) if p.kb_id_ in ("country", "state"))
        return inside or (token.lower_ == "in" and i + 1 < len(doc) and i + 1 in self.place_at
                          and self.place_at[i + 1].kb_id_ in ("country", "state"))

    def _tied(self, phrase) -> bool:
        """"teilen sich" before the rank in its sentence, or right after it ("Rang drei teilen sich A und B")."""
        if phrase.label_ != "rank":
            return False
        sent, lowers = self.sent(phrase), self.lowers
        positions = [*range(sent.start, phrase.start), *range(phrase.end, min(sent.end, phrase.end + 1))]
        ranks_after = [p.start for p in self.phrases_in.get(self.sentence_of[phrase.start], []) if p.label_ == "rank" and p.start >= phrase.end]
        reach = min([sent.end, *ranks_after])  # not "Auf Platz zwei liegt Bonn und Kiel kommt gleichauf auf Platz fünf"
        if any(lowers[i] in TIE_WORDS and not self._clause_break(phrase.end, i) for i in range(phrase.end, reach)):
            return True  # "Auf Platz zwei liegen gleichauf Bayern und Schleswig-Holstein"
        if any(self.doc[i]._.ap_kind == "card" and (self.doc[i]._.ap_card or 0) >= 2 and lowers[i + 1] in TIED_GROUP_NOUNS
               and self.texts[i + 2] in (":", ",") and not self._clause_break(phrase.end, i) for i in range(phrase.end, reach - 2)):
            return True  # "Auf Platz zwei folgen gleich zwei Länder: Bayern und Schleswig-Holstein"
        partner = self._with_place_after(phrase)
        if partner is not None and (lowers[partner.end : partner.end + 1] and lowers[partner.end] in TIE_VERBS | {"teile", "geteilt"}
                                    or any(lowers[i] in TIE_VERBS and not self._clause_break(i, phrase.start)
                                           for i in range(max(sent.start, phrase.start - 4), phrase.start))):
            return True  # "muss sich den zweiten Rang mit Bayern teilen", "teilt Rang 2 mit Bochum"
        if phrase.end < sent.end and lowers[phrase.end] in TIE_VERBS and any(
                lowers[i] == "sich" and not self._clause_break(i, phrase.start) for i in range(max(sent.start, phrase.start - 6), phrase.start)):
            return True  # "…, die sich Rang 27 teilen", "…, die sich vor zwei Jahren noch Rang 24 geteilt hatten"
        return any(((lowers[i] in TIE_VERBS and not {"sich", "uns"}.isdisjoint(lowers[i + 1 : i + 3]))
                    or lowers[i] in TIE_WORDS  # "liegen Hamburg und Bremen gleichauf an der Spitze"
                    # "Frankfurt und Berlin sind gemeinsam Siebzehnte", "liegt gemeinsam mit Lübeck auf Platz 5"
                    or (lowers[i] in TOGETHER_WORDS and 0 < phrase.start - i <= 5 and "und" not in lowers[i : phrase.start]))
                   and not self._clause_break(min(i, phrase.start), max(i, phrase.start))
                   for i in positions)

    def _person_named_before(self, position: int, kinds) -> bool:
        """A person named between the place a pronoun would take up and the pronoun ("Der Landkreis Ebersberg … Landrat
        Robert Niedergesäß freut sich. Er …")."""
        before = [s for s in self.places if s.end <= position and s.kb_id_ in kinds]
        start = before[-1].end if before else 0
        return any(t.lower_ in PERSON_NOUNS or t.text in FIRST_NAMES for t in self.doc[start:position])

    def _joined_up_to(self, last: SpacySpan, allowed: set[str]) -> list[Subject]:
        """The place `last` and those joined to it before it by commas and "und" ("Nürnberg und Aachen, die …")."""
        listed = [(p, Subject(p.label_, p.kb_id_, True)) for p in self.places_in.get(self.sentence_of[last.start], [])
                  if p.end <= last.end and p.kb_id_ in allowed]
        return [s for _, s in self._coordinated(listed, backwards=True)]

    def _both_before(self, phrase, allowed: set[str]) -> list[Subject]:
        """"Bonn kommt wie Hamburg auf 70 Punkte, beide teilen sich Platz drei": the two places named last before "beide"
        (in its sentence or the one before) when "beide" stands in the rank's clause, both in subject position (not "vor
        Berlin") and joined in one clause by "und", "sowie" or "wie"."""
        sent = self.sent(phrase)
        both = next((i for i in range(phrase.start - 1, sent.start - 1, -1) if self.lowers[i] in BOTH_WORDS), None)
        if both is None or self._clause_break(both, phrase.start) or (both > sent.start and self.lowers[both - 1] in PREPOSITIONS):
            return []
        first = self.sentences[max(0, self.sentence_of[sent.start] - 1)].start
        # the places, and the references taken up ("Das Land kommt wie Bayern auf 7,23 Punkte, beide …")
        named = sorted([(p.start, p.end, Subject(p.label_, p.kb_id_, True)) for p in self.places
                        if first <= p.start and p.end <= both and p.kb_id_ in allowed and not self._object_of_a_list(p)]
                       + [(p.start, p.end, self.resolved_references[p.start]) for p in self.phrases
                          if p.label_ == "coref" and first <= p.start and p.end <= both and p.start in self.resolved_references],
                       key=lambda n: n[0])
        if len(named) < 2:
            return []
        (start, end, one), (later, _, two) = named[-2:]
        if one.name == two.name or self.sentence_of[start] != self.sentence_of[later] or self._clause_break(end, later) \
                or not {"und", "sowie", "wie"} & set(self.lowers[end:later]):
            return []
        return [one, two]

    def _object_of_a_list(self, place: SpacySpan) -> bool:
        """The place, or the first of the places joined to it ("vor Berlin und München"), follows "vor", "hinter" …"""
        i = place.start
        while i > 0 and self.lowers[i - 1] in ("und", "sowie", ",") and (before := self.place_ending.get(i - 1)) is not None:
            i = before.start
        return i > 0 and self.lowers[i - 1] in NOT_SUBJECT_BEFORE - {"wie"}

    def _with_place_after(self, phrase) -> SpacySpan | None:
        """The place after "mit" right after the phrase ("Rang 2 mit Bochum", "den 17. Platz noch mit Frankfurt")."""
        i, end = phrase.end, self.sent(phrase).end
        while i < end and self.lowers[i] in ("noch", "damals", "dabei", "erneut", "nun", "jetzt", "diesmal", "aktuell"):
            i += 1
        return self.place_at.get(i + 1) if self.lowers[i : i + 1] == ["mit"] else None

    def _referent(self, position: int, allowed: set[str], among: set[str] | None = None) -> Subject | None:
        """What "die Stadt", "sie" or an unstated subject refers to: the place named last before
        `position` in a subject position (not "hinter Hagen", not in a list after "gefolgt von"); for an
        epithet several cities share ("die Domstadt"), the one of them named last."""
        before = [self.places[i] for i in range(bisect.bisect_right(self.place_ends, position) - 1, -1, -1)]
        fitting = [span for span in before if span.kb_id_ in allowed and (among is None or span.label_ in among)]
        span = next((s for s in fitting if s.start not in self.non_subjects), None)
        if span is None and among is not None:  # an epithet may also take up a place named in a list
            span = next(iter(fitting), None)
        if span is not None:
            # a reference taken up after the place named last is nearer: "landet das Land auf dem letzten Platz. Wie
            # schon 2018 belegt die Mark Rang 19" (not the dateline's Potsdam)
            later = [(i, s) for i, s in self.resolved_references.items() if span.end <= i < position
                     and s.type in allowed and (among is None or s.name in among)]
            return max(later, key=lambda kv: kv[0])[1] if later else Subject(span.label_, span.kb_id_, False)
        focus = self.focus_entity
        if among is None:  # "das Land" takes up no city, not even the article's own, but a city-state ("Hamburg … Das Land")
            return focus if focus is None or focus.type in allowed or ("state" in allowed and self._city_state(focus.name)) else None
        # an epithet takes up the article's city only once it was named ("Die Landeshauptstadt liegt auf Platz 12,
        # Düsseldorf dagegen auf Platz 5")
        return focus if focus is not None and focus.name in among and any(s.label_ == focus.name for s in before) else None

    def _city_state(self, name: str) -> bool:
        """Berlin, Hamburg, Bremen: a city that is its own Land."""
        place = self.knowledge.place(name)
        return place is not None and place.type == "city" and place.state == name

    def _non_subject_positions(self) -> set[int]:
        """Token positions of places that are compared with, listed, neighbours or named in parentheses, not talked
        about ("Potsdam kam auf Rang 4 (Rang 1: München; Rang 2: Heidelberg). … lag die Stadt an der Spitze")."""
        headline_end = next((t.i for t in self.doc if "\n" in t.text), len(self.doc))
        in_headline = {span.label_ for span in self.places if span.end <= headline_end}
        first_rank = next((p.start for p in self.phrases if p.label_ in ("rank", "move") and p.start >= headline_end), len(self.doc))
        # the place the report was filed from, when the headline names the one it is about (not the datelines of a
        # ticker's later items, each about its own place)
        positions = {span.start for span in self.places if span.start < first_rank and self._dateline(span)
                     and in_headline and span.label_ not in in_headline}
        place_tokens = {i for span in self.places for i in range(span.start, span.end)}
        sentence_starts = {sent.start for sent in self.sentences}
        depth = 0
        for i, text in enumerate(self.texts):  # the texts, not Token objects: this runs over every token
            depth = max(0, (0 if i in sentence_starts else depth) + (text == "(") - (text == ")"))
            if depth and i in place_tokens and not self._alone_in_parentheses(i):
                positions.add(i)
        for span in self.places:
            before = span.start - 1
            if before > 1 and self.doc[before].is_title and self.lowers[before - 1] in ("dem", "der", "den") and \
                    self.lowers[before] not in ("stadt", "land"):
                before -= 2  # "knapp vor dem Stadtstaat Bremen" (not "vor der Stadt München", which tells it from the Landkreis)
            elif before > 0 and self.lowers[before] in ("dem", "der", "den"):
                before -= 1  # "hinter dem Saarland"
            if before >= 0 and self.doc[before].lower_ in NOT_SUBJECT_BEFORE and not self._speaker_demonym(span):
                # "hinter München und Ingolstadt": every place of the list (not "Als Frankfurter bin ich …": the speaker's
                # place, which a rank without a subject after it is said of)
                for place in self._following_places(self.doc[span.start - 1 : span.start]):
                    positions.add(place.start)
        for p in self.phrases:
            if p.label_ == "neighbours":
                positions.update(range(p.start, p.end))
            elif p.label_ in ("follow", "range"):
                listed = self._following_places(p, skip=3 if p.label_ == "range" else 0)
                if p.label_ == "follow" and p[0].lower_ != "gefolgt" and len(listed) == 1:
                    continue  # "Dahinter folgt Franken": the one follower is the clause's subject
                for place in listed:
                    positions.update(range(place.start, place.end))
        return positions

    def _subject_of_the_clause_before(self, phrase, before: list) -> tuple | None:
        """"Kopenhagen verdrängt Wien von der Spitze und klettert auf Platz eins": a clause joined by "und" with no subject
        of its own shares the first place of the clause before it (its subject), not the last (an object)."""
        sent = self.sent(phrase)
        und = next((i for i in range(phrase.start - 1, max(sent.start, phrase.start - 4) - 1, -1) if self.lowers[i] == "und"), None)
        if und is None or any(c[0].start > und for c in before):
            return None
        start = next((i + 1 for i in range(und - 1, sent.start - 1, -1) if self.texts[i] in CLAUSE_BREAKS), sent.start)
        clause = [c for c in before if c[0].start >= start and not (c[0].start > 0 and self.lowers[c[0].start - 1] in PREPOSITIONS)]
        return clause[0] if len(clause) > 1 else None  # not "Aus Niedersachsen schnitt Braunschweig am besten ab und kam …"

    def _alone_in_parentheses(self, i: int) -> bool:
        """"eine Stadt aus Bayern (München)": the parentheses hold only the place, which names what stands before them."""
        place = self.place_at.get(i) or next((p for p in self.places if p.start <= i < p.end), None)
        return (place is not None and place.start > 0 and self.texts[place.start - 1] == "(" and place.end < len(self.doc)
                and self.texts[place.end] == ")")

    def _dateline(self, place: SpacySpan) -> bool:
        """"Potsdam, 5. November 2019 –", "Berlin (dpa) –": the place a report was filed from opens its line, before a
        date or an agency and a dash."""
        doc = self.doc
        if not (place.start == 0 or "\n" in doc[place.start - 1].text_with_ws) or place.end >= len(doc) or doc[place.end].text not in (",", "("):
            return False
        line = doc[place.end : min(len(doc), place.end + 10)]
        return any(t.text in ("–", "—") for t in line) and not any("\n" in t.text for t in line[: next(
            (t.i - line.start for t in line if t.text in ("–", "—")), 0)])

    def _first_place(self) -> Subject | None:
        for span in self.places:
            if span.kb_id_ in ("city", "county", "state", "organization"):
                return Subject(span.label_, span.kb_id_, True)
        return None
