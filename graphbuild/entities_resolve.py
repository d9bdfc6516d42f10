"""Entity resolution: mentions in, one Entity per real-world actor out.

The steps, each recording human-readable evidence for every merge it makes:

1. within a document, a surname, honorific or title form ("Stoltenberg", "Mr. Stoltenberg",
   "Gen. Zaluzhny") links to the full person name it shortens (nearest preceding one);
2. identical folded names (case, diacritics, punctuation ignored) are one entity;
3. across documents, candidate pairs found through blocking keys (never all pairs) merge on
   transliteration-aware evidence: person names part by part (first name compatible AND surname
   similar), other names as a whole, places through the gazetteer, acronyms through initials;
   guards keep different people apart (a shared first name never suffices, short names
   need exact keys, no cluster may hold two persons with incompatible first names);
4. a bare surname seen in no document with its full name joins the only person with that surname;
5. user overrides (force_merge) apply last; never_merge pairs are guarded throughout.

Types are voted over all mentions of an entity and repaired with the gazetteer.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from operator import attrgetter

from .entities_clusters import Clusters
from .entities_gazetteer import lookup
from .entities_keys import HONORIFICS, SUBUNIT_WORDS, fold, parse_name, part_similarity, translit_key
from .entities_match import (
    LABEL_PRIORITY,
    PLACE_LABELS,
    NameItem,
    candidate_pairs,
    cluster_type,
    group_of,
    surface_form,
    vote_type,
)
from .entities_overrides import Overrides
from .model import Entity, Mention, content_hash

__all__ = ["Clusters", "resolve_mentions"]

log = logging.getLogger(__name__)

#: Share of in-document links a short form needs to one entity before it joins it elsewhere.
SHORT_FORM_MAJORITY = 0.75
#: A short form whose long name adds a place ("Congress" / "Congress of the Philippines") joins it
#: only when standing alone it is in at most this many times as many documents as link it so.
SHORT_FORM_MAX_RATIO = 3


_MENTION_ORDER = attrgetter("doc_id", "start", "end", "text", "label")


def _make_items(mentions: Iterable[Mention]) -> list[NameItem]:
    # dict.fromkeys, not set: duplicates dropped in input order, which is mostly sorted already
    unique = sorted(dict.fromkeys(mentions), key=_MENTION_ORDER)
    items = []
    for m in unique:
        parsed = parse_name(m.text, m.label)
        if parsed.tokens:
            items.append(NameItem.of(m, parsed))
    return items


#: Labels whose multi-word names are shortened to a prefix ("Ford" for "Ford Motor Company").
SHORTENED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW"})


def _link_within_documents(cl: Clusters) -> tuple[set[int], dict[str, list[tuple[int, str]]]]:
    """Step 1: short forms -> the full name they shorten, in the same document.

    Persons: surname, honorific and title forms -> the full name. Organisations and places:
    a name that is the first words (or, from two words, the last words) of a longer name of the
    same kind -> that name. Returns the linked items and, per short key, each link it made: the
    target item and the document.
    """
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(cl.items):
        by_doc[it.mention.doc_id].append(i)
    links: dict[str, list[tuple[int, str]]] = defaultdict(list)
    linked: set[int] = set()
    for doc_id, idxs in by_doc.items():
        full: dict[str, list[int]] = defaultdict(list)
        longer_items: list[int] = []
        for i in idxs:
            it = cl.items[i]
            if it.is_full_person:
                full[translit_key(it.parsed.tokens[-1])].append(i)
            elif it.label in SHORTENED_LABELS and len(it.parsed.tokens) >= 2:
                longer_items.append(i)
        longer = LongerNames(cl.items, longer_items)
        for i in idxs:
            # an ORG-labelled word is first tried as the short form of a longer organisation name
            # ("Ford" / "Ford Motor Company"), then as a mislabelled surname
            finders = (
                (_shortened_target, _person_target)
                if cl.items[i].label == "ORG"
                else (_person_target, _shortened_target)
            )
            j = finders[0](cl, i, full, longer)
            if j is None:
                j = finders[1](cl, i, full, longer)
            if j is None:
                continue
            target = cl.items[j]
            why = f"'{cl.items[i].mention.text}' -> '{target.parsed.name}' (shortened form in {doc_id})"
            if cl.union(i, j, why):
                links[cl.items[i].key].append((j, doc_id))
                linked.add(i)
    return linked, links


def _nearest(cl: Clusters, i: int, cands: Sequence[int]) -> int:
    before = [j for j in cands if cl.items[j].mention.start < cl.items[i].mention.start]
    return before[-1] if before else cands[0]


def _person_target(
    cl: Clusters, i: int, full: dict[str, list[int]], longer: LongerNames | Sequence[int]
) -> int | None:
    it = cl.items[i]
    if not full or len(it.parsed.tokens) != 1 or it.label == "NORP":
        return None
    titled = it.parsed.honorific or bool(it.parsed.title) or bool(getattr(it.mention, "title", ""))
    place = lookup(it.key)
    if place is not None and not titled and (it.label in PLACE_LABELS or place.strong):
        return None  # metonymy: "Washington said" stays a place unless a title says otherwise
    cands = full.get(translit_key(it.parsed.tokens[0]))
    return _nearest(cl, i, cands) if cands else None


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


def _shortened_target(
    cl: Clusters, i: int, full: dict[str, list[int]], longer: LongerNames | Sequence[int]
) -> int | None:
    it = cl.items[i]
    if it.label not in SHORTENED_LABELS or not longer:
        return None
    if len(fold(it.parsed.name).split()) != len(it.parsed.tokens):
        return None  # "Apple Inc." is a complete name, not a shortened one
    if not isinstance(longer, LongerNames):
        longer = LongerNames(cl.items, longer)
    toks, n = it.parsed.tokens, len(it.parsed.tokens)
    sharing = longer.sharing_an_end(toks)
    if not sharing:
        return None
    place = lookup(it.key)
    cands = []
    for j in sharing:
        other = cl.items[j]
        otoks = other.parsed.tokens
        if len(otoks) <= n or (otoks[:n] != toks and (n < 2 or otoks[-n:] != toks)):
            continue  # neither a prefix nor a suffix (what every test below asks first, cheaply)
        if group_of(other.label) != group_of(it.label):
            continue
        if place is not None and lookup(other.key) is None:
            continue  # "Washington" is not short for "Washington Post"
        rest = otoks[n:] if otoks[:n] == toks else otoks[: len(otoks) - n]
        if any(t in SUBUNIT_WORDS for t in rest):
            continue  # "Boston University" is not short for "Boston University School of Public Health"
        if (
            otoks[:n] == toks
            and otoks[n] not in ("and", "s")
            and "'" not in other.parsed.name.replace("’", "'")
        ):
            cands.append(j)  # a prefix, not of a coordination ("GM and Chrysler") or possessive
        elif n >= 2 and otoks[-n:] == toks and otoks[-n - 1] not in ("and", "s"):
            cands.append(j)
    return _nearest(cl, i, cands) if cands else None


def _types(cl: Clusters) -> dict[int, str]:
    return cl.types()


def _attach_surnames(cl: Clusters) -> None:
    """Step 4: a bare surname cluster joins the only full-name person with that surname."""
    groups = cl.groups()
    types = cl.types()
    by_surname: dict[str, set[int]] = defaultdict(set)
    as_surname: Counter[str] = Counter()
    as_first_name: Counter[str] = Counter()
    for root, members in groups.items():
        if types[root] != "PERSON":
            continue
        for i in members:
            it = cl.items[i]
            if it.is_full_person:
                by_surname[translit_key(it.parsed.tokens[-1])].add(root)
                as_surname[translit_key(it.parsed.tokens[-1])] += 1
                as_first_name[translit_key(it.parsed.tokens[0])] += 1
    for root, members in sorted(groups.items(), key=lambda g: cl.items[g[0]].key):
        first = cl.items[members[0]].parsed.tokens
        if len(first) != 1:
            continue
        # the cheap tests first (they are pure: the order of the tests changes nothing)
        word = translit_key(first[0])
        targets = by_surname.get(word, set())
        if len(targets) != 1 or as_first_name[word] >= as_surname[word]:
            continue  # ambiguous, or mostly a first name here ("John" is not "Seth John")
        its = [cl.items[i] for i in members]
        if any(len(it.parsed.tokens) != 1 for it in its):
            continue
        person_votes = sum(1 for it in its if it.label == "PERSON" or it.parsed.honorific)
        place_votes = sum(1 for it in its if it.label in PLACE_LABELS)
        if types[root] != "PERSON" and (person_votes == 0 or person_votes < place_votes):
            continue  # a bare "Obama" labelled PERSON may join Barack Obama; "Washington" the place may not
        target = next(iter(targets))
        name = surface_form([cl.items[i] for i in groups[target]], _main_full_key(cl, groups[target]))
        cl.union(
            root, target, f"'{its[0].parsed.name}' -> '{name}' (surname; the only person with that surname)"
        )


def _attach_short_forms(cl: Clusters, links: dict[str, list[tuple[int, str]]]) -> None:
    """Step 4b: a short form never linked in its own documents joins what it shortens elsewhere.

    "Ford" alone in one article joins "Ford Motor Company" when, in the articles that have
    both, "Ford" was linked to that entity at least SHORT_FORM_MAJORITY of the time. When the long
    name adds a place ("Congress of the Philippines"), the articles linking it must also not be far
    outnumbered by those with the short form alone (SHORT_FORM_MAX_RATIO): every country has a
    Congress, and the one of many articles is their own.
    """
    groups = cl.groups()
    types = cl.types()
    for root, members in sorted(groups.items(), key=lambda g: cl.items[g[0]].key):
        if cl.items[members[0]].key not in links:
            continue  # never linked anywhere: no votes (the tests below are pure; this one is cheap)
        keys = {cl.items[i].key for i in members}
        if len(keys) != 1 or cl.find(root) != root:
            continue
        key = next(iter(keys))
        votes: Counter[int] = Counter()
        voters: dict[int, set[str]] = defaultdict(set)
        for j, doc_id in links.get(key, ()):
            votes[cl.find(j)] += 1
            voters[cl.find(j)].add(doc_id)
        votes.pop(cl.find(root), None)
        for r in list(votes):  # "Washington" the place does not join Ms. Washington
            if group_of(types.get(r, "")) != group_of(types[root]):
                del votes[r]
        if not votes:
            continue
        target, n = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))
        if n / sum(votes.values()) < SHORT_FORM_MAJORITY:
            continue
        forms = cl.forms[target]
        longest = max(forms, key=lambda f: (len(f[0].split()), forms[f], f))[0]
        alone = len({cl.items[i].mention.doc_id for i in members})
        if alone > SHORT_FORM_MAX_RATIO * len(voters[target]) and _place_qualified(longest, key):
            continue  # "Congress" alone in twenty articles is not the "Congress of the Philippines" of one
        name = surface_form([cl.items[i] for i in groups.get(target, [target])], longest)
        docs = sum(votes.values())
        cl.union(
            root,
            target,
            f"'{cl.items[root].parsed.name}' -> '{name}' (its short form in {docs} other mention(s))",
        )


def _place_qualified(long_key: str, short_key: str) -> bool:
    """Whether the words a long name adds to its short form name a place ("Congress of the
    Philippines", "Iowa Democratic Party"): one of the institutions of that name, one per place.

    >>> _place_qualified("congress of the philippines", "congress"), _place_qualified("ford motor company", "ford")
    (True, False)
    >>> _place_qualified("kidder peabody", "kidder")
    False
    """
    short = set(short_key.split())
    rest = [w for w in long_key.split() if w not in short and w not in _QUALIFIER_GLUE]
    place = lookup(" ".join(rest)) if rest else None
    return place is not None and place.strong  # not a town that is also a name ("Kidder Peabody")


_QUALIFIER_GLUE = frozenset(("of", "the", "for", "in"))


def _main_full_key(cl: Clusters, members: Sequence[int]) -> str:
    keys = Counter(cl.items[i].key for i in members if cl.items[i].is_full_person)
    if not keys:
        keys = Counter(cl.items[i].key for i in members)
    return max(keys, key=lambda k: (keys[k], k))


def _force_merges(cl: Clusters, overrides: Overrides) -> None:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(cl.items):
        by_key[it.key].append(i)
        by_key.setdefault(fold(it.mention.text), []).append(i)
    for group in overrides.force_merge:
        hits = [
            by_key[k][0] for k in (" ".join(parse_name(n, "PERSON").tokens) for n in group) if by_key.get(k)
        ]
        hits += [by_key[fold(n)][0] for n in group if by_key.get(fold(n))]
        hits = sorted(set(hits))
        for b in hits[1:]:
            cl.union(
                hits[0], b, "override force_merge [" + ", ".join(repr(n) for n in group) + "]", guarded=False
            )


def _canonical(items: Sequence[NameItem], etype: str, preferred: dict[str, str]) -> str:
    if not preferred and all(it.key == items[0].key for it in items):
        return surface_form(items, items[0].key)  # one spelling: what the ranking below would pick
    keys = Counter(it.key for it in items)
    if preferred:
        for k in sorted(keys):
            if k in preferred:
                return preferred[k]
        for text in sorted({fold(it.mention.text) for it in items}):
            if text in preferred:
                return preferred[text]
    support = Counter(keys)
    if etype == "PERSON":  # a bare surname supports the full forms ending in it
        bare = {k: n for k, n in keys.items() if " " not in k}
        for k in keys:
            if " " in k and k.rsplit(" ", 1)[1] in bare:
                support[k] += bare[k.rsplit(" ", 1)[1]]

    def first_rank(k: str) -> tuple[bool, int]:
        # persons: a first+last form beats a bare surname however frequent; others: frequency
        return (" " in k if etype == "PERSON" else True, support[k])

    top = max(first_rank(k) for k in keys)
    tied = [k for k in keys if first_rank(k) == top]
    if len(tied) > 1:
        # then the spelling closest to all the others, then the longer, then alphabetical
        def centrality(k: str) -> float:
            return round(sum(part_similarity(k, k2) * n for k2, n in keys.items() if k2 != k), 6)

        tied.sort(key=lambda k: (-centrality(k), -len(k), k))
    return surface_form(items, tied[0])


def resolve_mentions(mentions: Iterable[Mention], overrides: Overrides | None = None) -> list[Entity]:
    """Cluster mentions into entities (see the module docstring); output sorted by entity id."""
    overrides = overrides or Overrides()
    items = _make_items(mentions)
    cl = Clusters(items, overrides.never_pairs())
    linked, links = _link_within_documents(cl)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        if i not in linked:
            by_key[it.key].append(i)
    for key, idxs in by_key.items():
        if len(idxs) == 1:
            continue
        docs = {items[i].mention.doc_id for i in idxs}
        for j in idxs[1:]:
            cl.union(idxs[0], j, guarded=False)
        if len(docs) > 1:
            shown = surface_form([items[i] for i in idxs], key)
            cl.evidence.append((idxs[0], f"name '{shown}' in {len(docs)} documents"))
    for acronyms in (False, True):  # acronyms once spelling variants have merged
        for _, _, a, b, why in candidate_pairs(cl, _types(cl), acronyms=acronyms):
            cl.union(a, b, why)
    _attach_surnames(cl)
    _attach_short_forms(cl, links)
    if overrides.force_merge:
        _force_merges(cl, overrides)
    return _build_entities(cl, overrides)


def _build_entities(cl: Clusters, overrides: Overrides) -> list[Entity]:
    preferred = overrides.preferred()
    evidence: dict[int, list[str]] = defaultdict(list)
    for i, reason in cl.evidence:
        evidence[cl.find(i)].append(reason)
    drafts = []
    for root, members in cl.groups().items():
        its = [cl.items[i] for i in members]
        forms = cl.forms[root]  # the cluster's (key, label) counts, as cluster_type would count them
        if len(forms) == 1 or all(label in LABEL_PRIORITY for _, label in forms):
            etype, repair = vote_type(forms, cl.titled[root])  # no tie left to the order of forms
        else:
            etype, repair = cluster_type(its)
        name = _canonical(its, etype, preferred)
        why = sorted(set(evidence.get(root, [])))
        if repair:
            why.append(repair)
        titles = Counter(t for it in its for t in _titles(it)) if etype == "PERSON" else Counter()
        aliases = sorted({it.parsed.name for it in its} | {name})
        # members ascend, and items are sorted by (doc_id, start, end, text, label): already in order
        mentions = tuple([it.mention for it in its])
        drafts.append((f"{group_of(etype)}|{fold(name)}", name, etype, aliases, mentions, why, titles))
    taken: Counter[str] = Counter(d[0] for d in drafts)
    entities = []
    for key, name, etype, aliases, mentions, why, titles in drafts:
        if taken[key] > 1:  # same name, kept apart: disambiguate by the first mention
            first = mentions[0]
            key = f"{key}|{first.doc_id}:{first.start}"
        entities.append(
            Entity(
                id="ent:" + content_hash(key),
                name=name,
                type=etype,
                aliases=tuple(aliases),
                mentions=mentions,
                evidence=tuple(why),
                titles=tuple(sorted(titles, key=lambda t: (-titles[t], t))),
            )
        )
    entities.sort(key=lambda e: e.id)
    return entities


def _titles(it: NameItem) -> list[str]:
    out = []
    for title in (getattr(it.mention, "title", None), it.parsed.title):
        title = " ".join((title or "").split())
        if not title or title in out:
            continue
        if all(w.lower().strip(".") in HONORIFICS for w in title.split()):
            continue  # "Mr." says nothing about the person's role
        out.append(title)
    return out
