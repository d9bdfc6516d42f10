"""Benchmark entity resolution on MEANTIME (cross-document entity coreference) and at scale.

Usage::

    .venv/bin/python bench/entities.py [--meantime DIR] [--labels gold|spacy] [--docs 20000] [--skip-scale]

Quality: the 120 English MEANTIME articles (intra_cross-doc_annotation/) pooled into one
document set. Input mentions are the GOLD name mentions (syntactic type NAM / PRE.NAM, and the
capitalised mentions added at corpus level), with the gold entity type mapped to spaCy labels,
so the comparison is about resolution only, not mention detection. Gold clusters are the
cross-document instances (``instance_id``), or the document-level entity when it has none.
Scores: MUC, B-cubed, CEAFe and their CoNLL average, for graphbuild's resolver and two
baselines (exact string match; rapidfuzz ratio >= 80 within a type).

Scale: a synthetic set of ``--docs`` documents (persons with spelling variants, surnames,
titles, places, organisations, mislabels) is resolved and timed.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import networkx as nx
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import corpora

from graphbuild.entities import resolve_entities
from graphbuild.model import Mention

log = logging.getLogger("bench.entities")

DEFAULT_MEANTIME = corpora.MEANTIME / "intra_cross-doc_annotation"
TYPE_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "PRO": "PRODUCT", "FIN": "ORG", "MIX": "ORG"}
NAMED_TYPES = {"NAM", "PRE.NAM"}
LOWER_OK = {"the", "of", "and", "a", "an", "'s", "for", "de", "on", "&", "-", "(", ")", ",", "."}
PRONOUNS = {"we", "us", "our", "it", "its", "they", "them", "their", "he", "she", "his", "her", "i", "you"}

Clusters = list[set[int]]


# --- MEANTIME --------------------------------------------------------------------------------


def _is_named(tokens: Sequence[str], syntactic_type: str | None) -> bool:
    if syntactic_type is not None:
        return syntactic_type in NAMED_TYPES
    words = [t for t in tokens if t.lower() not in LOWER_OK]
    if not words or all(t.lower() in PRONOUNS for t in words):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in words)


def load_meantime(root: Path, texts: dict[str, str] | None = None) -> tuple[list[Mention], list[str]]:
    """Gold name mentions (as graphbuild Mentions) and their gold cluster ids, aligned.

    Each document's text is its tokens joined by spaces, one sentence a line; pass ``texts``
    to receive them (doc id -> text).
    """
    mentions: list[Mention] = []
    gold: list[str] = []
    for path in sorted(root.glob("*/*.xml")):
        tree = ET.parse(path).getroot()
        doc_id = "doc:" + (tree.get("doc_id") or path.stem)
        tokens: dict[str, tuple[int, int, str]] = {}
        pos, sentence = 0, None
        parts: list[str] = []
        for tok in tree.iter("token"):
            if sentence is not None and tok.get("sentence") != sentence:
                parts[-1] = "\n"  # a newline between sentences, in place of the space (same offsets)
            sentence = tok.get("sentence")
            text = tok.text or ""
            tokens[tok.get("t_id", "")] = (pos, pos + len(text), text)
            parts += [text, " "]
            pos += len(text) + 1
        if texts is not None:
            texts[doc_id] = "".join(parts)
        markables = tree.find("Markables")
        if markables is None:
            continue
        entity_of: dict[str, str] = {}
        type_of: dict[str, str] = {}
        for ent in markables.iter("ENTITY"):
            mid = ent.get("m_id", "")
            entity_of[mid] = ent.get("instance_id") or f"{doc_id}#{mid}"
            type_of[mid] = TYPE_MAP.get(ent.get("ent_type", ""), "ORG")
        target_of: dict[str, str] = {}
        relations = tree.find("Relations")
        for ref in relations.iter("REFERS_TO") if relations is not None else ():
            target = ref.find("target")
            if target is None:
                continue
            for src in ref.iter("source"):
                target_of[src.get("m_id", "")] = target.get("m_id", "")
        seen: set[tuple[int, int]] = set()
        for m in markables.iter("ENTITY_MENTION"):
            ids = [a.get("t_id", "") for a in m.iter("token_anchor")]
            if not ids or any(i not in tokens for i in ids):
                continue
            words = [tokens[i][2] for i in ids]
            if not _is_named(words, m.get("syntactic_type")):
                continue
            start = min(tokens[i][0] for i in ids)
            end = max(tokens[i][1] for i in ids)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            mid = m.get("m_id", "")
            entity_mid = target_of.get(mid)
            cluster = entity_of.get(entity_mid, f"{doc_id}#m{mid}") if entity_mid else f"{doc_id}#m{mid}"
            label = type_of.get(entity_mid, "ORG") if entity_mid else "ORG"
            mentions.append(Mention(doc_id, start, end, " ".join(words), label))
            gold.append(cluster)
    return mentions, gold


# --- scores ----------------------------------------------------------------------------------


def clusters_from_labels(labels: Sequence[str]) -> Clusters:
    groups: dict[str, set[int]] = defaultdict(set)
    for i, lab in enumerate(labels):
        groups[lab].add(i)
    return list(groups.values())


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    def score(a: Clusters, b: Clusters) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = sum(len(c) - len({where.get(m, ("s", m)) for m in c}) for c in a)
        den = sum(len(c) - 1 for c in a)
        return num / den if den else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, _f(p, r)


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    k_of = {m: c for c in key for m in c}
    r_of = {m: c for c in response for m in c}
    ms = list(k_of)
    p = sum(len(k_of[m] & r_of[m]) / len(r_of[m]) for m in ms) / len(ms)
    r = sum(len(k_of[m] & r_of[m]) / len(k_of[m]) for m in ms) / len(ms)
    return p, r, _f(p, r)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """Entity-based CEAF (phi4), optimal alignment by max-weight matching per component."""
    g = nx.Graph()
    r_of = {m: j for j, c in enumerate(response) for m in c}
    for i, c in enumerate(key):
        for j in {r_of[m] for m in c}:
            g.add_edge(("k", i), ("r", j), weight=2 * len(c & response[j]) / (len(c) + len(response[j])))
    total = 0.0
    for comp in nx.connected_components(g):
        sub = g.subgraph(comp)
        if sub.number_of_edges() == 1:
            total += next(iter(sub.edges(data="weight")))[2]
            continue
        matching = nx.max_weight_matching(sub)
        total += sum(sub[a][b]["weight"] for a, b in matching)
    p, r = total / len(response), total / len(key)
    return p, r, _f(p, r)


def evaluate(key: Clusters, response: Clusters) -> dict[str, float]:
    m, b, c = muc(key, response), b_cubed(key, response), ceaf_e(key, response)
    return {
        "MUC": m[2] * 100,
        "B3_P": b[0] * 100,
        "B3_R": b[1] * 100,
        "B3": b[2] * 100,
        "CEAFe": c[2] * 100,
        "CoNLL": (m[2] + b[2] + c[2]) / 3 * 100,
    }


# --- systems ---------------------------------------------------------------------------------


def exact_baseline(mentions: Sequence[Mention]) -> Clusters:
    return clusters_from_labels([" ".join(m.text.lower().split()) for m in mentions])


def fuzzy_baseline(mentions: Sequence[Mention], threshold: float = 80.0) -> Clusters:
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_type: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_type[m.label].append(i)
    for idxs in by_type.values():
        texts = [mentions[i].text.lower() for i in idxs]
        scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=threshold)
        for a in range(len(idxs)):
            for b in scores[a].nonzero()[0]:
                if b > a:
                    parent[find(idxs[a])] = find(idxs[int(b)])
    return clusters_from_labels([str(find(i)) for i in range(len(mentions))])


def graphbuild_system(mentions: Sequence[Mention]) -> Clusters:
    res = resolve_entities(mentions)
    labels = [res.entity_for(m.doc_id, m.start, m.end) or f"none{i}" for i, m in enumerate(mentions)]
    return clusters_from_labels(labels)


# --- synthetic scale set ---------------------------------------------------------------------

_SYL = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ven",
    "sto",
    "ber",
    "ga",
    "ni",
    "dov",
    "shen",
    "ko",
    "zha",
    "lu",
    "ter",
    "vi",
    "an",
    "mar",
]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_SYL) for _ in range(n)).capitalize()


def _variant(rng: random.Random, name: str) -> str:
    swaps = [("zh", "j"), ("sh", "sch"), ("v", "w"), ("i", "y"), ("o", "u"), ("k", "c"), ("a", "e")]
    a, b = rng.choice(swaps)
    return name.replace(a, b, 1) if a in name else name + "a"


def synthetic(n_docs: int, seed: int = 13) -> list[Mention]:
    rng = random.Random(seed)
    people = [(_word(rng, 2), _word(rng, 3)) for _ in range(max(50, n_docs // 4))]
    orgs = [
        f"{_word(rng, 2)} {rng.choice(['Group', 'Bank', 'Institute', 'Council'])}"
        for _ in range(n_docs // 10 + 20)
    ]
    places = [
        "Kyiv",
        "Kiev",
        "Moscow",
        "Brussels",
        "Washington",
        "Paris",
        "Berlin",
        "London",
        "Avdiivka",
        "Kharkiv",
    ]
    titles = ["Mr.", "Gen.", "President", "Minister", "Dr."]
    out: list[Mention] = []
    for d in range(n_docs):
        doc_id = f"doc:{d:06d}"
        pos = 0

        def add(text: str, label: str, doc_id: str = doc_id) -> None:
            nonlocal pos
            out.append(Mention(doc_id, pos, pos + len(text), text, label))
            pos += len(text) + 7

        for _ in range(rng.randint(2, 5)):
            first, last = rng.choice(people)
            if rng.random() < 0.15:
                last = _variant(rng, last)
            add(f"{first} {last}", "PERSON")
            for _ in range(rng.randint(0, 3)):
                add(
                    rng.choice([last, f"{rng.choice(titles)} {last}"]),
                    rng.choice(["PERSON", "PERSON", "ORG"]),
                )
        for _ in range(rng.randint(2, 6)):
            add(rng.choice(places), rng.choice(["GPE", "GPE", "GPE", "PERSON", "ORG"]))
        for _ in range(rng.randint(1, 4)):
            add(rng.choice(orgs), "ORG")
    return out


# --- main ------------------------------------------------------------------------------------


def spacy_labels(mentions: Sequence[Mention], texts: dict[str, str]) -> list[Mention]:
    """The same spans labelled by the spaCy model instead of gold types (ORG where it saw none)."""
    from graphbuild.entities import KEEP_LABELS
    from graphbuild.nlp import load_pipeline

    nlp = load_pipeline()
    doc_ids = sorted(texts)
    ents: dict[str, list[tuple[int, int, str]]] = {}
    for doc_id, doc in zip(doc_ids, nlp.pipe([texts[d] for d in doc_ids], batch_size=16), strict=True):
        ents[doc_id] = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in KEEP_LABELS]
    out = []
    for m in mentions:
        overlaps = [(min(e, m.end) - max(s, m.start), lab) for s, e, lab in ents.get(m.doc_id, ())]
        best = max((o for o in overlaps if o[0] > 0), default=(0, "ORG"))
        out.append(Mention(m.doc_id, m.start, m.end, m.text, best[1]))
    return out


def run_meantime(root: Path, *, labels: str = "gold") -> dict[str, dict[str, float]]:
    texts: dict[str, str] = {}
    mentions, gold = load_meantime(root, texts)
    if labels == "spacy":
        mentions = spacy_labels(mentions, texts)
    key = clusters_from_labels(gold)
    docs = len({m.doc_id for m in mentions})
    print(
        f"MEANTIME: {len(mentions)} gold name mentions in {docs} documents, {len(key)} gold entities "
        f"(mention labels: {labels})"
    )
    results = {}
    for name, system in (
        ("exact", exact_baseline),
        ("fuzzy>=0.8", fuzzy_baseline),
        ("graphbuild", graphbuild_system),
    ):
        t = time.perf_counter()
        response = system(mentions)
        secs = time.perf_counter() - t
        results[name] = evaluate(key, response)
        r = results[name]
        print(
            f"  {name:<11} MUC {r['MUC']:5.1f}  B3 {r['B3']:5.1f} (P {r['B3_P']:5.1f} R {r['B3_R']:5.1f})"
            f"  CEAFe {r['CEAFe']:5.1f}  CoNLL {r['CoNLL']:5.1f}  [{len(response)} clusters, {secs:.2f}s]"
        )
    best = max(results["exact"]["B3"], results["fuzzy>=0.8"]["B3"])
    gain = results["graphbuild"]["B3"] - best
    print(
        f"  B3 gain over the better baseline: {gain:+.1f} points (bar: +5.0) -> {'PASS' if gain >= 5 else 'FAIL'}"
    )
    return results


def run_scale(n_docs: int) -> float:
    mentions = synthetic(n_docs)
    t = time.perf_counter()
    res = resolve_entities(mentions)
    secs = time.perf_counter() - t
    print(
        f"scale: {n_docs} synthetic documents, {len(mentions)} mentions -> {len(res.entities)} entities "
        f"in {secs:.1f}s (bar: < 60s) -> {'PASS' if secs < 60 else 'FAIL'}"
    )
    return secs


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--meantime", type=Path, default=DEFAULT_MEANTIME)
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--skip-meantime", action="store_true")
    ap.add_argument(
        "--labels",
        choices=("gold", "spacy"),
        default="gold",
        help="entity type of each gold mention: the gold type, or what the spaCy model says",
    )
    args = ap.parse_args(list(argv) if argv is not None else None)
    logging.basicConfig(level=logging.WARNING)
    if not args.skip_meantime:
        run_meantime(args.meantime, labels=args.labels)
    if not args.skip_scale:
        run_scale(args.docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
