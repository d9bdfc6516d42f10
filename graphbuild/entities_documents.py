"""Entity resolution's per-document part: mention items and within-document link options (step 1).

Which mentions of a document become name items (cleaned, parsed names: :func:`prepare_document`)
and which fuller names in it each short form may shorten ("Stoltenberg" -> "Jens Stoltenberg",
"Ford" -> "Ford Motor Company") depend on that document alone. So they are computed where the
document is analysed (in the worker processes, in parallel) and stored with the analysis in the
cache (:func:`encode`). The gazetteer's veto ("Washington said" stays a place; "Washington" is not
short for "Washington Post") is read only when an option is taken (:func:`link_target`), in the
global step (:func:`graphbuild.entities_resolve.resolve_prepared`), which loads the gazetteer
anyway: preparing a document needs none. The global step then applies the links under the same
merge guards and compares across documents.

The stored form carries :data:`ITEMS_VERSION`, a digest of the code that computes it: an analysis
stored by other code decodes as "not available" (None) and its items are prepared again, so stored
items can never disagree with the code that reads them.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Protocol

from . import entities_keys, entities_match
from ._io import source_digest
from .entities_gazetteer import lookup
from .entities_keys import PLACE_LABELS, SUBUNIT_WORDS, ParsedName, fold, parse_name, translit_key, word_set
from .entities_match import NameItem, group_of
from .entities_persons import written_suffix
from .entities_usage import usage_votes
from .model import Mention

_MENTION_ORDER = attrgetter("doc_id", "start", "end", "text", "label")

#: Labels whose multi-word names are shortened to a prefix ("Ford" for "Ford Motor Company").
SHORTENED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW"})


class ItemView(Protocol):
    """What the step-1 target finders read: the items (a :class:`~graphbuild.entities_clusters.Clusters`
    or a :class:`PreparedDocument`)."""

    @property
    def items(self) -> Sequence[NameItem]: ...


def _make_items(mentions: Iterable[Mention]) -> list[NameItem]:
    # dict.fromkeys, not set: duplicates dropped in input order, which is mostly sorted already
    unique = sorted(dict.fromkeys(mentions), key=_MENTION_ORDER)
    items = []
    for m in unique:
        parsed = parse_name(m.text, m.label)
        if parsed.tokens:
            items.append(NameItem.of(m, parsed))
    return items


#: A short form's possible step-1 targets, as item indexes: (short form, the nearest full person name
#: it may be the surname of and whether the gazetteer may veto that (no title said it is a person),
#: the longer names it is a prefix or suffix of). The gazetteer is read when the option is taken
#: (:func:`link_target`), so that preparing a document needs no gazetteer.
LinkOption = tuple[int, tuple[int, bool] | None, tuple[int, ...]]


@dataclass(frozen=True)
class PreparedDocument:
    """One document's name items (sorted as resolution orders them) and its step-1 link options
    (:data:`LinkOption`, indexes into ``items``, in the order the links are tried)."""

    items: tuple[NameItem, ...]
    options: tuple[LinkOption, ...]

    def links(self) -> list[tuple[int, int]]:
        """(short form, the fuller name it shortens) of this document, as :func:`link_target` takes them."""
        return [(o[0], j) for o in self.options if (j := link_target(self, o)) is not None]


def prepare_document(mentions: Iterable[Mention]) -> PreparedDocument:
    """The items and within-document link options of one document's ``mentions`` (all of one document).

    >>> p = prepare_document([Mention("doc:a", 0, 16, "Jens Stoltenberg", "PERSON"),
    ...                       Mention("doc:a", 30, 45, "Mr. Stoltenberg", "PERSON")])
    >>> [it.key for it in p.items], p.links()
    (['jens stoltenberg', 'stoltenberg'], [(1, 0)])
    """
    items = tuple(_make_items(mentions))
    return PreparedDocument(items, tuple(document_options(PreparedDocument(items, ()))))


def document_options(view: ItemView) -> list[LinkOption]:
    """Step 1 within one document (``view``: its items): the full names each short form may
    shorten. Persons: surname, honorific and title forms -> the full name. Organisations and places:
    a name that is the first words (or, from two words, the last words) of a longer name of the same
    kind -> that name. A pure function of the items, read without the gazetteer; which option is
    taken is decided by :func:`link_target`, and whether a link merges when it is applied
    (:func:`graphbuild.entities_resolve._link_within_documents`)."""
    items = view.items
    idxs = range(len(items))
    full: dict[str, list[int]] = defaultdict(list)
    by_first: dict[str, list[int]] = defaultdict(list)  # full person names by their first name's key
    longer_items: list[int] = []
    for i in idxs:
        it = items[i]
        if it.is_full_person:
            full[translit_key(it.parsed.tokens[-1])].append(i)
            if len(it.parsed.tokens[0]) > 1:
                by_first[translit_key(it.parsed.tokens[0])].append(i)
            surname = hyphened_key(it)
            if surname is not None:
                full[surname].append(i)  # "Budi Harsono-Lim": his surname written alone, "Harsono-Lim"
        elif it.label in SHORTENED_LABELS and len(it.parsed.tokens) >= 2:
            longer_items.append(i)
    longer = LongerNames(items, longer_items)
    # first words of names tagged as persons' ("Brigid" of "Brigid Kosgei"): no firm's short form
    firsts = {it.parsed.tokens[0] for it in items if it.label == "PERSON" and len(it.parsed.tokens) > 1}
    out: list[LinkOption] = []
    locks: dict[tuple[str, str], int] = {}  # (honorific's gender, surname key) -> the person it names
    persons = _tagged_a_person_alone(items)
    alone = frozenset(it.key for it in items if it.label == "PERSON" and len(it.parsed.tokens) == 1)
    for i in idxs:
        person = _person_candidate(view, i, full, locks) or _first_name_candidate(view, i, by_first, alone)
        if person is not None and person[1] and persons.get(items[i].key, False):
            person = (person[0], False)  # a place's name to the gazetteer, a person's to this text
        shortened = tuple(_shortened_candidates(view, i, longer))
        if shortened and person is not None and _a_person_here(items[i], alone):
            shortened = ()  # "Trump" tagged an organisation beside Donald Trump, not "Trump Tower"'s
        if person is None and not shortened and _bare_person_word(items[i]) and items[i].key not in firsts:
            # "Vantor" tagged a person beside "Vantor Chemicals", and no person named in full ends in
            # it: the organisation's short form
            shortened = tuple(_shortened_candidates(view, i, longer, as_label="ORG"))
        if person is not None or shortened:
            out.append((i, person, shortened))
    return out


def _a_person_here(it: NameItem, alone: frozenset[str]) -> bool:
    """Whether a one-word name tagged an organisation, which is the surname (or first name) of a person
    the document names in full and opens an organisation's name there, is the person: the tagger
    called the word alone a person elsewhere in the document, and this mention has no organisation's
    usage ("Taft's board"). The small model often tags a politician's surname an organisation
    ("the Trump campaign", "Trump said"); an eponymous firm ("Trump Tower") does not make it his."""
    return (
        it.label == "ORG"
        and it.key in alone
        and not it.mention.text.isupper()  # a headline's "DEAN" (of "DEAN FOODS") may be either
        and not usage_votes(it.mention)[0]
    )


def _tagged_a_person_alone(items: Sequence[NameItem]) -> dict[str, bool]:
    """Per one-word name of a document, whether the tagger calls it, written alone (no title), a
    person at least as often as a place. "Rubio" tagged a facility once and a person three times beside
    "Marco Rubio" is his surname each time (a town to the gazetteer, but the place tag is the tagger's
    slip); "Washington" tagged a place only, beside "George Washington", stays the city (metonymy)."""
    votes: dict[str, int] = defaultdict(int)
    for it in items:
        if it.parsed.honorific or _title_of(it):
            continue  # "Ms. Washington" is a person by her title, whatever "Washington" alone is
        if len(it.parsed.tokens) == 1 and (it.label == "PERSON" or it.label in PLACE_LABELS):
            votes[it.key] += 1 if it.label == "PERSON" else -1
    return {key: n >= 0 for key, n in votes.items()}  # a word counted and not outvoted was a person once


def link_target(
    view: ItemView, option: LinkOption, first_name: Callable[[str], bool] | None = None
) -> int | None:
    """The full name a short form links to, of its ``option``: an ORG-labelled word is first tried as
    the short form of a longer organisation name ("Ford" / "Ford Motor Company"), then as a
    mislabelled surname; other names the other way round. The gazetteer vetoes here.

    ``first_name``: whether a word's key is a first name more than a surname in the whole build
    (:func:`first_name_use`), asked of a short form that is its full name's first word, not its
    surname: "Bernie" of "Bernie Sanders" links, "Obama" of the tagger's "Obama White House" not."""
    i, person, shortened = option
    it = view.items[i]
    for kind in ("shortened", "person") if it.label == "ORG" else ("person", "shortened"):
        if kind == "person":
            if person is None:
                continue
            by_first = _by_first_name(view, i, person[0])
            if _person_allowed(it, person[1], by_first) and (
                first_name is None or not by_first or first_name(it.key)
            ):
                return person[0]
        else:
            j = _nearest_placed(view, i, shortened)
            if j is not None:
                return j
    return None


def _by_first_name(view: ItemView, i: int, j: int) -> bool:
    """Whether the one-word name ``i`` is the first word of the full name ``j`` and not its surname."""
    toks = view.items[j].parsed.tokens
    key = view.items[i].key
    return translit_key(toks[0]) == translit_key(key) != translit_key(toks[-1])


#: Tags of a one-word name as an organisation from which, when they are more than twice its tags as a
#: person, it is an organisation's name and no first name ("Twitter"; one stray tag of "Ivana" is not).
ORG_WORD_MIN = 3


def first_name_use(items: Iterable[NameItem]) -> Callable[[str], bool]:
    """Whether a one-word name's key is, in full person names of ``items``, a first word more often
    than a last one ("bernie", "xi" of "Xi Jinping"; not "obama" nor "baker"), and written alone is not
    mostly tagged an organisation (:data:`ORG_WORD_MIN`; not "twitter" of the tagger's "Twitter West")."""
    as_first: Counter[str] = Counter()
    as_last: Counter[str] = Counter()
    alone: dict[str, Counter[str]] = {"ORG": Counter(), "PERSON": Counter()}  # one-word names' tags
    for it in items:
        if it.is_full_person:
            as_first[translit_key(it.parsed.tokens[0])] += 1
            as_last[translit_key(it.parsed.tokens[-1])] += 1
        elif len(it.parsed.tokens) == 1 and it.label in alone:
            alone[it.label][translit_key(it.parsed.tokens[0])] += 1

    def first_name(key: str) -> bool:
        k = translit_key(key)
        org = alone["ORG"][k]
        return as_first[k] > as_last[k] and not (org >= ORG_WORD_MIN and org > 2 * alone["PERSON"][k])

    return first_name


def _nearest(cl: ItemView, i: int, cands: Sequence[int]) -> int:
    before = [j for j in cands if cl.items[j].mention.start < cl.items[i].mention.start]
    return before[-1] if before else cands[0]


#: Honorifics that say a person's gender: within a document, "Mr. Clinton" is one person throughout and
#: "Mrs. Clinton" another (:func:`_person_candidate`).
GENDERED_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "mme": "f"}


def _honorific_gender(title: str) -> str | None:
    """The gender a title of one word says ("Mr." -> "m"); None for any other title."""
    words = title.lower().replace(".", " ").split()
    return GENDERED_HONORIFICS.get(words[0]) if len(words) == 1 else None


def _person_candidate(
    cl: ItemView, i: int, full: dict[str, list[int]], locks: dict[tuple[str, str], int] | None = None
) -> tuple[int, bool] | None:
    """The full person name item ``i`` may be the surname of, and whether the gazetteer may veto it.

    The nearest full name written before it; but a surname after a gendered honorific ("Mr.
    Netanyahu") whose first such use had one person of that name to refer to keeps naming that person
    (``locks``, kept by the caller across one document's items in text order), even after another is
    named ("Sara Netanyahu"); and "Mrs." never names the person "Mr." held to ("Bill Clinton ... Mr.
    Clinton ... Hillary Clinton ... Mrs. Clinton" is Hillary, the one left)."""
    it = cl.items[i]
    if not full or it.label == "NORP":
        return None
    key = translit_key(it.parsed.tokens[0]) if len(it.parsed.tokens) == 1 else hyphened_key(it, alone=True)
    cands = full.get(key) if key is not None else None
    if not cands:
        return None
    # "Bainum Sr." is Stewart Bainum Sr., not the son named after him; a bare "Hunter" beside Duncan
    # Hunter and Duncan Hunter Sr. is the one news writes without the suffix
    suffix = written_suffix(it.parsed.name)
    cands = [j for j in cands if written_suffix(cl.items[j].parsed.name) == suffix] or cands
    title = _title_of(it)
    titled = it.parsed.honorific or bool(title)
    gender = _honorific_gender(title) if len(it.parsed.tokens) == 1 else None
    if locks is None or key is None or gender is None:
        return _nearest(cl, i, cands), not titled
    locked = locks.get((gender, key))
    if locked is not None and locked in cands:
        return locked, not titled
    other = {j for (g, k), j in locks.items() if k == key and g != gender}
    before = {
        cl.items[j].parsed.name: j
        for j in cands
        if cl.items[j].mention.start < it.mention.start and j not in other
    }
    if len(before) != 1:
        return _nearest(cl, i, cands), not titled  # no antecedent yet, or two: nothing sure to hold to
    locks[(gender, key)] = target = next(iter(before.values()))
    return target, not titled


def _first_name_candidate(
    cl: ItemView, i: int, by_first: dict[str, list[int]], tagged_persons: frozenset[str]
) -> tuple[int, bool] | None:
    """The full person name a one-word name that is no one's surname here may be the first name of:
    the only person the document names in full with that first name ("Bernie" of "Bernie Sanders",
    "Melania" of "Melania Trump", "Xi" of "Xi Jinping"), its nearest full mention; None where two
    persons share it ("Bill" beside Bill Clinton and Bill Maher). The gazetteer may veto it as it
    may a surname ("Georgia" tagged a place beside "Georgia Smith")."""
    it = cl.items[i]
    if len(it.parsed.tokens) != 1 or not _name_shaped(it.parsed.name):
        return None
    if it.label not in FIRST_NAME_LABELS and not (it.label == "ORG" and it.key in tagged_persons):
        return None  # an organisation's name, unless the tagger called the word a person here too
    cands = by_first.get(translit_key(it.parsed.tokens[0]))
    if not cands or len({cl.items[j].key for j in cands}) != 1:
        return None
    if not _name_shaped(cl.items[cands[0]].parsed.name.split()[0]):
        return None  # "U.S. Dlrs", "COVID ..." or "SpaceX Crew Dragon" tagged a person: no first name
    return _nearest(cl, i, cands), not (it.parsed.honorific or bool(_title_of(it)))


#: Labels of a one-word name that may be a person's first name written alone: the tagger's person,
#: place ("Melania" tagged GPE) or product ("Ivanka"); an organisation's is its short form, unless the
#: tagger also called the word alone a person in the same document.
FIRST_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "PRODUCT"})


def _name_shaped(word: str) -> bool:
    """Whether ``word`` is written as a given name: letters (a hyphen or apostrophe between parts),
    each part a capital and small letters ("Jean-Pierre"; not "U.S.", "COVID", "SpaceX", "HuffPost",
    nor, alas, "LeBron").

    >>> [_name_shaped(w) for w in ("Bernie", "Jean-Pierre", "Xi", "U.S.", "COVID", "SpaceX", "HuffPost")]
    [True, True, True, False, False, False, False]
    """
    parts = word.replace("\u2019", "'").replace("'", "-").split("-")
    return len(word) > 1 and all(
        p.isalpha() and p[0].isupper() and (len(p) == 1 or p[1:].islower()) for p in parts if p
    )


def _title_of(it: NameItem) -> str:
    """The title written with a name: parsed from its text, or split off by extraction (the tagger's span
    may leave "Mr." out)."""
    return it.parsed.title or getattr(it.mention, "title", "")


def hyphened_key(it: NameItem, alone: bool = False) -> str | None:
    """The key of a name's last word when it is a hyphened compound ending a longer name ("Harsono-Lim"
    of "Budi Harsono-Lim": "harsono-lim"), or, with ``alone``, when the compound is the whole name;
    else None. A surname written alone is one word whatever spaCy tags it ("Harsono-Lim said" is often
    an ORG), so it is matched to a full name ending in the same compound as a one-word surname is."""
    words = it.parsed.name.split()
    n = words[-1].count("-") + 1 if words else 0
    if n < 2 or (len(words) == 1) != alone or len(it.parsed.tokens) < n + (not alone):
        return None
    return "-".join(translit_key(t) for t in it.parsed.tokens[-n:])


def _person_allowed(it: NameItem, check: bool, by_first: bool = False) -> bool:
    """Whether the gazetteer lets a name be the person its document names in full with it (``check``:
    no title says it is one). Metonymy: "Washington said" stays the capital, "Georgia" the state, a
    country, state or big city being what news names so; a town's name tagged a place beside the
    person whose surname it is, is the tagger's slip ("Garland", a Texan city, beside Merrick Garland),
    unless the text says it is a place ("Obama, a city in Japan": a place cue of
    :func:`~graphbuild.entities_usage.usage_cue`). Not beside a first name (``by_first``): any place
    the gazetteer knows stays one when tagged one ("Orlando" beside the tagger's person "Orlando
    Sentinel")."""
    if not check:
        return True
    place = lookup(it.key)
    if place is None:
        return True
    cued = usage_votes(it.mention)[2] > 0
    return not (place.strong or ((by_first or cued) and it.label in PLACE_LABELS))


class LongerNames:
    """The multi-word names of one document (item indexes, ascending), indexed by first and last word.

    A name can only be a prefix of the names starting with its first word and a suffix of those
    ending with its last word, so :func:`_shortened_target` reads those lists, not every name.
    """

    def __init__(self, items: Sequence[NameItem], idxs: Sequence[int]) -> None:
        self.idxs = list(idxs)
        self.by_first: dict[str, list[int]] = defaultdict(list)
        self.by_last: dict[str, list[int]] = defaultdict(list)
        for j in self.idxs:
            toks = items[j].parsed.tokens
            self.by_first[toks[0]].append(j)
            self.by_last[toks[-1]].append(j)

    def __bool__(self) -> bool:
        return bool(self.idxs)

    def sharing_an_end(self, toks: tuple[str, ...]) -> list[int]:
        """Indexes (ascending) of the names that start with ``toks[0]`` or, for two words or
        more, end with ``toks[-1]``: a superset of those ``toks`` is a prefix or suffix of."""
        first = self.by_first.get(toks[0], [])
        if len(toks) < 2:
            return first
        last = self.by_last.get(toks[-1], [])
        if not last:
            return first
        if not first:
            return last
        return sorted(set(first).union(last))


#: Two names joined by a slash ("Red Hat/IBM"), not a legal form written with one ("A/S").
_TWO_NAMES = re.compile(r"[^\W\d_]{2,}\s*/\s*[^\W\d_]{2,}")


def _bare_person_word(it: NameItem) -> bool:
    """A one-word name the tagger labelled a person, with no honorific or title to say it is one."""
    return (
        it.label == "PERSON"
        and len(it.parsed.tokens) == 1
        and not it.parsed.honorific
        and not it.parsed.title
        and not getattr(it.mention, "title", "")
    )


def _shortened_candidates(
    cl: ItemView, i: int, longer: LongerNames | Sequence[int], as_label: str | None = None
) -> list[int]:
    """The longer names of the document item ``i`` is a prefix or suffix of (ascending), before the
    gazetteer's veto (:func:`_placed`); with ``as_label``, read as a name of that label (a one-word
    "person" as the short form of an organisation's name: only as its first word)."""
    it = cl.items[i]
    label = as_label or it.label
    if label not in SHORTENED_LABELS or not longer:
        return []
    if len(fold(it.parsed.name).split()) != len(it.parsed.tokens):
        return []  # "Apple Inc." is a complete name, not a shortened one
    if not isinstance(longer, LongerNames):
        longer = LongerNames(cl.items, longer)
    toks, n = it.parsed.tokens, len(it.parsed.tokens)
    cands = []
    for j in longer.sharing_an_end(toks):
        other = cl.items[j]
        otoks = other.parsed.tokens
        if len(otoks) <= n or (otoks[:n] != toks and (n < 2 or otoks[-n:] != toks)):
            continue  # neither a prefix nor a suffix (what every test below asks first, cheaply)
        if group_of(other.label) != group_of(label) or (as_label and otoks[:n] != toks):
            continue
        rest = otoks[n:] if otoks[:n] == toks else otoks[: len(otoks) - n]
        if any(t in SUBUNIT_WORDS for t in rest):
            continue  # "Boston University" is not short for "Boston University School of Public Health"
        if "/" in other.parsed.name and "/" not in it.parsed.name and _TWO_NAMES.search(other.parsed.name):
            continue  # "Red Hat/IBM", "Fedora/Red Hat Enterprise Linux": two names, the fuller form of neither
        if (
            otoks[:n] == toks
            and otoks[n] not in ("and", "s")
            and not otoks[n][:1].isdigit()  # "Red Hat 7", "Boeing 747": a model, not the firm's fuller name
            and "'" not in other.parsed.name.replace("’", "'")
        ):
            cands.append(j)  # a prefix, not of a coordination ("GM and Chrysler") or possessive
        elif n >= 2 and otoks[-n:] == toks and otoks[-n - 1] not in ("and", "s"):
            cands.append(j)
    return cands


#: Words that alone name a direction or a region ("the South", "the West").
COMPASS_WORDS = word_set(
    "north south east west northern southern eastern western northeast northwest southeast southwest"
)


def _placed(cl: ItemView, i: int, cands: Sequence[int]) -> Sequence[int]:
    """``cands`` less, when item ``i`` is a known place, the names that are not that place:
    "Washington" is not short for "Washington Post", nor "Mexico" for "Mexico City", another place;
    a compass word tagged a place is short only for a country's name written before it ("the North":
    North Korea), never for a state's or a region's ("the South" is no "South Carolina")."""
    it = cl.items[i]
    if it.key in COMPASS_WORDS and it.label in PLACE_LABELS:
        start = it.mention.start
        return [
            j
            for j in cands
            if cl.items[j].mention.start < start
            and (p := lookup(cl.items[j].key)) is not None
            and p.kind == "country"
        ]
    place = lookup(it.key)
    if place is None:
        return cands
    if it.label == "ORG":  # the tagger read an organisation here ("Piedmont's board"): no place veto
        return [j for j in cands if cl.items[j].label == "ORG"]
    out = []
    for j in cands:
        other = lookup(cl.items[j].key)
        if other is not None and other.geonameid == place.geonameid:
            out.append(j)
    return out


def _nearest_placed(cl: ItemView, i: int, cands: Sequence[int]) -> int | None:
    """The nearest of the longer names ``cands`` item ``i`` may shorten, after the gazetteer's veto."""
    placed = _placed(cl, i, cands) if cands else cands
    return _nearest(cl, i, placed) if placed else None


def _shortened_target(cl: ItemView, i: int, longer: LongerNames | Sequence[int]) -> int | None:
    """The longer name of the document item ``i`` shortens (of the document's multi-word names
    ``longer``), as :func:`link_target` takes it: the nearest candidate the gazetteer allows."""
    return _nearest_placed(cl, i, _shortened_candidates(cl, i, longer))


#: Digest of the code that prepares a document's items: name parsing, name items and the step-1
#: rules (the gazetteer is read only when options are taken) and this module.
ITEMS_VERSION = source_digest((entities_keys, entities_match, sys.modules[__name__]))


def encode(mentions: Sequence[Mention], prepared: PreparedDocument) -> dict[str, Any]:
    """JSON-ready form of ``prepared`` (made from ``mentions``, in their order), tagged with the
    code version. Each item is ``[mention index, key]``, then its parsed name, title and honorific
    flag only when the name is not the mention's text as written or a title was split off; each link
    option ``[short form, person target or -1, whether the gazetteer may veto it, [longer names]]``."""
    position = {id(m): k for k, m in enumerate(mentions)}
    items: list[list[Any]] = []
    for it in prepared.items:
        entry: list[Any] = [position[id(it.mention)], it.key]
        p = it.parsed
        if p.name != it.mention.text or p.title or p.honorific:
            entry += [p.name, p.title, int(p.honorific)]
        items.append(entry)
    options = [
        [i, person[0] if person else -1, int(person[1]) if person else 0, list(shortened)]
        for i, person, shortened in prepared.options
    ]
    return {"version": ITEMS_VERSION, "items": items, "options": options}


def decode(data: Any, mentions: Sequence[Mention]) -> PreparedDocument | None:
    """The :class:`PreparedDocument` stored by :func:`encode` for ``mentions``; None when stored by
    other code or malformed (the caller then prepares the document again)."""
    if not isinstance(data, Mapping) or data.get("version") != ITEMS_VERSION:
        return None
    try:
        items = []
        count = len(mentions)
        for entry in data["items"]:
            at, key = entry[0], entry[1]
            if not (isinstance(at, int) and 0 <= at < count and isinstance(key, str) and key):
                return None
            m = mentions[at]
            tokens = tuple(key.split())
            if len(entry) == 2:
                parsed = ParsedName("", m.text, tokens, False)
            else:
                parsed = ParsedName(str(entry[3]), str(entry[2]), tokens, bool(entry[4]))
            items.append(NameItem.of(m, parsed))
        n = len(items)
        options: list[LinkOption] = []
        for i, person, veto, shortened in data["options"]:
            targets = (i, person, *shortened) if person != -1 else (i, *shortened)
            if not all(isinstance(k, int) and 0 <= k < n for k in targets):
                return None
            options.append((i, (person, bool(veto)) if person != -1 else None, tuple(shortened)))
    except (TypeError, ValueError, KeyError, IndexError):
        return None
    return PreparedDocument(tuple(items), tuple(options))
