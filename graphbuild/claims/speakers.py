"""Resolving a written source ("he", "Mr. Smith", "the NATO chief") to a named person in the document.

Everything is computed once per document from spaCy's entities and parse: the
PERSON mentions, the full name each surname belongs to, and the title words
written around each name ("NATO Secretary-General Jens Stoltenberg",
"Jane Doe, the company's chief executive"). Resolution is then a few lookups.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ..datelines import dateline_span
from ..entities_extract import blended_person
from ..entities_keys import LEGAL_FORMS
from .cues import (
    BUSINESS_NOUNS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    LEADER_NOUNS,
    LEADER_TITLES,
    PERSON_PRONOUNS,
    TITLE_NOUNS,
)
from .speakers_orgs import (
    PUBLIC_BODY_WORDS,
    SPOKES_NOUNS,
    THING_SOURCES,
    WORD,
    bare_org,
    bare_the,
    firm_speaker,
    named_within,
    names_organisation,
    org_key,
    org_words,
    speaks_for_the_company,
    spokes_gender,
)
from .speakers_people import Person, person_named, surname_subjects, words_of

_NAMED_LABELS = ("ORG", "GPE", "NORP", "FAC", "LOC")
#: The rule of a source in the singular that is a thing (:data:`THING_SOURCES`: "the report"):
#: "it said" after it is it, which names no one.
UNRESOLVED_ONE = "unresolved-one"
#: Resolution rules that name a group or organisation rather than a person.
_GROUP_RULES = frozenset(
    (
        "named-group",
        "group-description",
        "owner",
        "unresolved",
        UNRESOLVED_ONE,
        "none",
        "pronoun-group",
        "pronoun-unresolved",
    )
)
#: "It said" stands for a firm named at most this many sentences before (when no speaker is nearer).
IT_FIRM_SENTENCES = 3
#: What a group pronoun ("it said") may stand for: a named organisation, or one described.
_NAMED_GROUP_RULES = frozenset(("named-group", "group-description"))
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
#: How many sentences back a pronoun may look for its antecedent.
_PRONOUN_WINDOW = 4


@dataclass(frozen=True)
class Resolution:
    """Who a source is: the name and the span of the mention it was resolved to."""

    name: str | None
    span: tuple[int, int] | None
    rule: str


class SpeakerIndex:
    """Per-document index of named people and titles for resolving sources."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text
        self._sents = list(doc.sents)
        self._sent_starts = [sent.start_char for sent in self._sents]
        self._sent_first_token = [sent.start for sent in self._sents]
        self.people: list[Person] = []
        self.others: list[tuple[str, tuple[int, int], int]] = []
        self.orgs: list[tuple[str, tuple[int, int]]] = []  # organisations named, in text order
        #: Where sources headed by a spokes-noun start ("a company spokesman", "the spokeswoman"): whatever
        #: organisation they resolve to, "he" after them is that person.
        self.person_sources: dict[int, str | None] = {}  # -> the noun's gender ("spokeswoman": f)
        dateline = dateline_span(self.text)  # its city is no organisation, whatever the tagger says
        after_dateline = dateline[1] if dateline is not None else 0
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                person = person_named(ent, self.text, self.sent_index(ent.start))
                if person is not None:
                    self.people.append(person)
                continue
            named = ent
            # a person behind a title in the tagger's span ("the Chicago Council on Global Affairs
            # Ivo Daalder", ORG): the person entity extraction splits off, the organisation before
            blend = blended_person(doc, ent)
            if blend is not None:
                person = person_named(doc[blend[2] : blend[3]], self.text, self.sent_index(ent.start))
                if person is not None:
                    self.people.append(person)
                named = doc[blend[0] : blend[1]]
                if not named:
                    continue
            if ent.label_ in _NAMED_LABELS:
                span = (named.start_char, named.end_char)
                self.others.append((named.text, span, self.sent_index(ent.start)))
                if ent.label_ == "ORG" and named.start_char >= after_dateline:
                    self.orgs.append((named.text, span))
        self._by_last: dict[str, list[Person]] = {}
        for p in self.people:
            self._by_last.setdefault(p.last, []).append(p)
        # Honorifics tell a person's gender ("Mr. Weber" ... "she" is someone else).
        self._gender: dict[str, str] = {}
        if len(doc):
            strings = doc.vocab.strings
            honorific = {strings.add(k): g for k, g in _HONORIFIC_GENDER.items()}
            lowers = doc.to_array([LOWER]).tolist()
            for i, lower in enumerate(lowers[:-1]):
                g = honorific.get(lower)
                if g is not None and doc[i + 1].pos_ == "PROPN":
                    self._gender.setdefault(doc[i + 1].lower_, g)

    def sent_index(self, tok_i: int) -> int:
        return max(0, bisect_right(self._sent_first_token, tok_i) - 1)

    def full_name(self, surname: str, pos: int) -> Person | None:
        """The longest-named person whose name ends in ``surname``, nearest before ``pos``."""
        cands = [p for p in self._by_last.get(surname.lower(), []) if p.ntok > 1]
        if not cands:
            return None
        best = max(p.ntok for p in cands)
        cands = [p for p in cands if p.ntok == best]
        before = [p for p in cands if p.span[0] <= pos]
        return before[-1] if before else cands[0]

    def _expand(self, p: Person) -> Resolution:
        full = self.full_name(p.last, p.span[0]) if p.ntok == 1 else None
        if full is not None:
            return Resolution(full.name, full.span, "surname")
        return Resolution(p.name, p.span, "name")

    def resolve(
        self,
        source: tuple[int, int],
        head: Token | None,
        speakers: list[tuple[int, Resolution]],
        content: tuple[int, int] | None = None,
    ) -> Resolution:
        """Resolve a written source span; ``speakers`` are earlier (position, resolution) pairs;
        ``content``: what the source says, if known (a described speaker is none it names there)."""
        s, e = source
        inside = [p for p in self.people if s <= p.span[0] and p.span[1] <= e]
        if not inside and head is not None:
            # "Former president and party chairman, Jane Doe, said": the name is in an apposition.
            lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
            inside = [
                p
                for p in self.people
                if lo <= p.span[0] and p.span[1] <= hi and self.doc[p.token].dep_ in ("appos", "conj")
            ]
        if inside:
            # "Secretary-General Jens Stoltenberg" or "Mr. Smith": the name inside the phrase.
            if head is not None:
                on_head = [p for p in inside if p.span[0] <= head.idx < p.span[1]]
                inside = on_head or inside
            return self._expand(inside[0])
        if head is None:
            return Resolution(None, None, "none")
        if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
            # "Smith, who said ...": resolve the antecedent of the relative pronoun.
            antecedent = head.head.head
            last = antecedent
            for child in antecedent.rights:
                if child.dep_ in ("relcl", "punct", "acl", "appos"):
                    break
                last = child.right_edge
            span = (antecedent.left_edge.idx, last.idx + len(last.text))
            return self.resolve(span, antecedent, speakers)
        # A surname the tagger did not label as a person ("Stoltenberg's view").
        for tok in self.doc.char_span(s, e, alignment_mode="expand") or ():
            if (tok.pos_ == "PROPN" or tok.is_title) and tok.lower_ in self._by_last:
                full = self.full_name(tok.lower_, s)
                if full is not None:
                    return Resolution(full.name, full.span, "surname")
        lower = head.lower_
        if lower in SPOKES_NOUNS:
            self.person_sources[s] = spokes_gender(lower)
        if head.pos_ == "PRON" or lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            return self._pronoun(head, speakers, content)
        if head.lemma_.lower() in TITLE_NOUNS or head.lower_ in TITLE_NOUNS:
            res = self._description(head, source)
            if res is not None:
                return res
            if head.lower_ in SPOKES_NOUNS and speaks_for_the_company(head):
                # "a company spokesman said": the firm speaks (its spokesman is not named)
                firm = self._last_firm(source[0], self._said(content), "group-description")
                if firm is not None:
                    return firm
            if head.lower_ in SPOKES_NOUNS:  # "a Pechiney spokesman said": Pechiney speaks
                employer = self._employer(head, source, speakers)
                if employer is not None:
                    return employer
        if head.lower_ in GROUP_NOUNS or head.lemma_.lower() in GROUP_NOUNS:
            res = self._group_description(head, source, speakers, content)
            if res is not None:
                return res
        for name, span, _ in self.others:
            if s <= span[0] and span[1] <= e and span[0] <= head.idx < span[1]:
                for suffix in ("'s", "’s"):
                    if name.endswith(suffix):
                        name, span = name[: -len(suffix)], (span[0], span[1] - len(suffix))
                return Resolution(name, span, "named-group")
        # a document or trade that speaks ("the report", "A Volkswagen statement"): its owner, if named
        thing = head.tag_ == "NN" and (lower in THING_SOURCES or head.lemma_.lower() in THING_SOURCES)
        owner = self._owner(head, source, content) if thing else None
        if owner is not None:
            return owner
        if head.pos_ == "PROPN":
            name = self.text[s:e]
            if org_words(name) & LEGAL_FORMS and (name, source) not in self.orgs:
                # a firm the tagger missed ("March 3 - Acme Corp said"): "the company" after it is it
                insort(self.orgs, (name, source), key=lambda o: o[1])
            return Resolution(name, source, "as-written")
        return Resolution(None, None, UNRESOLVED_ONE if thing else "unresolved")

    def _pronoun(
        self, head: Token, speakers: list[tuple[int, Resolution]], content: tuple[int, int] | None = None
    ) -> Resolution:
        lower = head.lower_
        si = self.sent_index(head.i)
        if lower in PERSON_PRONOUNS:
            return self._person_pronoun(head, si, speakers)
        # "they", "it", "we": the latest named organisation or group speaker nearby.
        for pos, r in reversed(speakers):
            if self._sent_of_char(pos) < si - 2:
                continue
            if lower == "it" and r.rule == UNRESOLVED_ONE:
                return Resolution(None, None, "pronoun-unresolved")  # "the report said ... it added"
            # "it": any organisation that spoke ("The Federal National Mortgage Association said");
            # "they" and "we" only a named group (a firm that spoke is no "they")
            if r.name and r.rule in _NAMED_GROUP_RULES:
                return Resolution(r.name, r.span, "pronoun-group")
            if r.name and lower == "it" and names_organisation(r.name, r.rule, r.span, self.orgs):
                return Resolution(bare_org(r.name), r.span, "pronoun-group")
        if lower == "it":
            # "Acme Corp posted a loss. ... It said ...": the firm named last, nearby, as "the company"
            said = self._said(content)
            firm = self._last_firm(head.idx, said, "pronoun-group", si - IT_FIRM_SENTENCES)
            if firm is None:  # "Wings West Airlines said ... Sales rose, it said": the last to speak
                firm = self._last_speaking(head.idx, speakers, said, "pronoun-group", si - IT_FIRM_SENTENCES)
            if firm is not None:
                return firm
        return Resolution(None, None, "pronoun-unresolved")

    def _last_speaking(
        self,
        before: int,
        speakers: list[tuple[int, Resolution]],
        said: set[str],
        rule: str,
        from_sentence: int = 0,
        business: bool = False,
    ) -> Resolution | None:
        """The organisation that spoke last before ``before`` (from sentence ``from_sentence`` on),
        whose name is not among the words ``said``; with ``business``, no public body
        (:data:`PUBLIC_BODY_WORDS`: "the company" is not the commission that spoke in between)."""
        for pos, r in reversed(speakers):
            if pos >= before:
                continue
            if self._sent_of_char(pos) < from_sentence:
                return None  # too far back
            if r.rule == UNRESOLVED_ONE:
                if business:
                    continue  # "the report said ... The company said": a report is no company
                return None  # "the industry said ... it said": "it" is the industry
            if r.name is None or not names_organisation(r.name, r.rule, r.span, self.orgs):
                continue
            if org_key(r.name) in said or (business and org_words(r.name) & PUBLIC_BODY_WORDS):
                continue
            return Resolution(bare_org(r.name), r.span, rule)
        return None

    def _owner(
        self, head: Token, source: tuple[int, int], content: tuple[int, int] | None
    ) -> Resolution | None:
        """Whose a document speaking is: "A Volkswagen statement said" is Volkswagen's (an organisation
        named before the head word, in the source), "a company statement" the firm named last."""
        named = self._named_before_head(head, source)
        if named is not None:
            return named
        if speaks_for_the_company(head):
            return self._last_firm(source[0], self._said(content), "group-description")
        return None

    def _named_before_head(self, head: Token, source: tuple[int, int]) -> Resolution | None:
        """The organisation tagged in a source before its head word, as its owner (:func:`named_within`)."""
        found = named_within(self.orgs, self.text, source[0], head.idx)
        return Resolution(bare_org(found[0]), found[1], "owner") if found is not None else None

    def _employer(
        self, head: Token, source: tuple[int, int], speakers: list[tuple[int, Resolution]]
    ) -> Resolution | None:
        """Whom a spokesman speaks for: the organisation tagged in the source (before the head, or after
        "for": "a spokesman for the Commission"), or the one named or heard before whose name starts
        with the name modifying the head ("a BMC spokesman": BMC Industries Inc; "a Pechiney
        spokesman" after "Pechiney <PUKG.PA> said"); "the spokesman" is the one who spoke before."""
        named = self._named_before_head(head, source)
        if named is not None:
            return named
        for_ = next((t for t in head.rights if t.dep_ == "prep" and t.lower_ == "for"), None)
        found = named_within(self.orgs, self.text, for_.idx, source[1], first=True) if for_ else None
        if found is not None:
            return Resolution(bare_org(found[0]), found[1], "owner")
        if bare_the(head):  # "The spokesman said": the spokesman heard before
            for pos, r in reversed(speakers):
                if pos < source[0] and pos in self.person_sources and r.name:
                    return Resolution(r.name, r.span, "owner")
            return None
        mods = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        key = org_key(mods[0].text) if mods else ""
        if not key:
            return None
        for name, span in reversed(self.orgs):
            if span[1] <= source[0] and org_key(name) == key:
                return Resolution(bare_org(name), span, "owner")
        for pos, r in reversed(speakers):
            if pos < source[0] and r.name and r.span and org_key(r.name) == key and self._is_firm(r):
                return Resolution(bare_org(r.name), r.span, "owner")
        return None

    def _said(self, content: tuple[int, int] | None) -> set[str]:
        """The words of ``content`` as written (an organisation it names is not its speaker)."""
        return set(WORD.findall(self.text[content[0] : content[1]])) if content is not None else set()

    def _last_firm(self, before: int, said: set[str], rule: str, from_sentence: int = 0) -> Resolution | None:
        """The firm (an organisation whose name has a legal form: "Acme Corp") named last before
        ``before``, from sentence ``from_sentence`` on, whose name is not among the words ``said``,
        as a resolution by ``rule``."""
        for name, span in reversed(self.orgs):
            if span[1] > before or org_key(name) in said:
                continue
            if self._sent_of_char(span[0]) < from_sentence:
                return None
            if org_words(name) & LEGAL_FORMS:
                return Resolution(bare_org(name), span, rule)
        return None

    def _is_firm(self, r: Resolution) -> bool:
        return r.span is not None and firm_speaker(r.name, r.rule, r.span, self.orgs, self.text)

    def _person_pronoun(self, head: Token, si: int, speakers: list[tuple[int, Resolution]]) -> Resolution:
        """he/she: a speaker or subject of this sentence, else of the nearest earlier sentence.

        Earlier speakers count as mentions too, since the tagger often misses a surname
        it has seen before ("Smith said ... He added ...").
        """
        gender = _PRONOUN_GENDER.get(head.lower_)

        def agrees(name: str | None) -> bool:
            known = self._gender.get(name.split()[-1].lower()) if name else None
            return gender is None or known is None or known == gender

        def as_person(pos: int, r: Resolution) -> bool:
            if pos in self.person_sources:  # a spokesman who spoke for a firm ("a Pechiney spokesman said")
                return gender is None or self.person_sources[pos] in (None, gender)
            return r.rule not in _GROUP_RULES and not self._is_firm(r)  # never the firm ("Pechiney said")

        people_speakers = [(pos, r) for pos, r in speakers if r.name and agrees(r.name) and as_person(pos, r)]
        # in its own sentence, "he" is a person named there before a spokesman who spoke there
        same_spk = [
            r
            for pos, r in people_speakers
            if self._sent_of_char(pos) == si and pos < head.idx and pos not in self.person_sources
        ]
        people = [p for p in self.people if agrees(p.name)]
        same_all = [p for p in people if p.sent == si and p.span[1] <= head.idx]
        same_subj = [p for p in same_all if p.subject and p.main_clause]
        if same_spk:
            return Resolution(same_spk[-1].name, same_spk[-1].span, "pronoun-same-sentence")
        if same_subj:
            r = self._expand(same_subj[-1])
            return Resolution(r.name, r.span, "pronoun-same-sentence")
        # a surname the tagger missed, subject of this sentence ("Ortner, who ..., said ... he said")
        for tok in surname_subjects(self._sents[si], head, self._by_last, self.text):
            full = self.full_name(tok.lower_, tok.idx)
            if full is not None and agrees(full.name):
                return Resolution(full.name, full.span, "pronoun-same-sentence")
        for back in range(1, _PRONOUN_WINDOW + 1):
            spk = [r for pos, r in people_speakers if self._sent_of_char(pos) == si - back]
            if spk:
                return Resolution(spk[-1].name, spk[-1].span, "pronoun-previous-speaker")
            prev = [p for p in people if p.sent == si - back]
            if prev:
                pick = ([p for p in prev if p.subject] or prev)[0]
                r = self._expand(pick)
                return Resolution(r.name, r.span, "pronoun-previous-sentence")
        if same_all:
            r = self._expand(same_all[-1])
            return Resolution(r.name, r.span, "pronoun-same-sentence")
        if people_speakers:
            r = people_speakers[-1][1]
            return Resolution(r.name, r.span, "pronoun-last-speaker")
        return Resolution(None, None, "pronoun-unresolved")

    def _group_description(
        self,
        head: Token,
        source: tuple[int, int],
        speakers: list[tuple[int, Resolution]],
        content: tuple[int, int] | None = None,
    ) -> Resolution | None:
        """'the company', 'the bank', 'the central bank' -> the organisation named last before it whose
        name has the description's noun ("the bank": the Bank of Thailand); for a word that says only
        "a business" ("the company", "the firm"), the organisation named last before it. Only a
        definite description ("the company", not "a company") of a source with no name of its own.
        A firm named with no legal form counts when it spoke before (``speakers``, earlier sources'
        (position, resolution) pairs): "Wings West Airlines said ... the company said"."""
        if head.tag_ in ("NNS", "NNPS") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children
        ):
            return None  # "the companies" are not the one named last
        if any(c.dep_ == "prep" for c in head.children):
            return None  # "the group of major lenders" names no one yet
        noun = head.lemma_.lower() if head.lemma_.lower() in GROUP_NOUNS else head.lower_
        # "the company said it is in talks with Piedmont": the company is not Piedmont
        said = self._said(content)
        if noun in BUSINESS_NOUNS:
            # only the bare word ("the company"; "the new company", "the state oil company" may be
            # another one), and only a firm's name: one with a legal form ("Acme Corp")
            if any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in head.children):
                return None
            firm = self._last_firm(source[0], said, "group-description")
            if firm is None:  # a firm with no legal form, that spoke: "Wings West Airlines said"
                firm = self._last_speaking(source[0], speakers, said, "group-description", business=True)
            return firm
        # "the central bank" is no "United Asian Bank Bhd": a firm (legal form) must carry the modifiers
        mods = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
        for name, span in reversed(self.orgs):
            if span[1] > source[0] or org_key(name) in said:
                continue
            words = org_words(name)
            if (noun in words or f"{noun}s" in words) and not (mods - words and words & LEGAL_FORMS):
                return Resolution(bare_org(name), span, "group-description")
        return None

    def _sent_of_char(self, pos: int) -> int:
        return max(0, bisect_right(self._sent_starts, pos) - 1)

    def _description(self, head: Token, source: tuple[int, int]) -> Resolution | None:
        """'the NATO chief', 'the secretary general' -> the person written with that title."""
        words = words_of(self.text[source[0] : source[1]]) - {"the", "a", "an", "s", "of"}
        head_word = head.lower_
        mods = words - {head_word}
        # Names and nationalities in the description must agree ("the UK defence chief" is not
        # the Russian defence minister).
        span = self.doc.char_span(source[0], source[1], alignment_mode="expand")
        proper = {
            t.lower_
            for t in (span if span is not None else ())
            if t.i != head.i and t.ent_type_ in ("GPE", "NORP", "ORG")
        }
        best: tuple[int, int, Person] | None = None
        for p in self.people:
            if not p.titles or (proper and p.proper_titles and not proper & p.proper_titles):
                continue
            score = 0
            if head_word in p.titles:
                score += 2
            elif head_word in LEADER_NOUNS and p.titles & LEADER_TITLES:
                score += 1
            else:
                continue
            score += len(mods & p.titles)
            # Prefer the nearest mention before the description, then the first after it.
            dist = source[0] - p.span[0] if p.span[0] <= source[0] else 10**6 + p.span[0]
            key = (score, -dist)
            if best is None or key > best[:2]:
                best = (score, -dist, p)
        if best is None or best[0] < 2:
            return None
        person = best[2]
        full = self.full_name(person.last, person.span[0]) if person.ntok == 1 else None
        target = full or person
        return Resolution(target.name, target.span, "description")
