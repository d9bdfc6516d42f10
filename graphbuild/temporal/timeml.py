"""TimeML in and out: read TempEval-3 files, write them back with our TIMEX3 tags.

Also reads MEANTIME's NAF/CAT XML (tokens plus TIMEX3 markables anchored to token ids) and turns
it into TimeML, so one scorer serves TimeBank, AQUAINT and MEANTIME alike.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..errors import InputError
from ..model import Timex
from .published import infer_published
from .tagger import tag_timexes

log = logging.getLogger(__name__)

_TEXT_ELEMENT = re.compile(r"(<TEXT>)(.*?)(</TEXT>)", re.DOTALL)


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(str(path), f"not a readable TimeML file: {exc}") from exc


def _walk(el: ET.Element, parts: list[str], spans: list[Timex], pos: int) -> int:
    if el.text:
        parts.append(el.text)
        pos += len(el.text)
    for child in el:
        start = pos
        pos = _walk(child, parts, spans, pos)
        if child.tag == "TIMEX3":
            covered = "".join(child.itertext())
            spans.append(
                Timex(
                    start,
                    pos,
                    covered,
                    child.get("type", "DATE"),
                    child.get("value", ""),
                    child.get("mod"),
                    rule="gold",
                )
            )
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def read_timeml(path: str | Path) -> tuple[str, date | None, list[Timex]]:
    """Plain text of <TEXT>, the document creation date and the gold TIMEX3s (offsets into that text).

    Raises :class:`~graphbuild.errors.InputError` when the file is not TimeML with a <TEXT>.
    """
    p = Path(path)
    root = _parse(p)
    text_el = root.find("TEXT")
    if text_el is None:
        raise InputError(str(p), "no <TEXT> element")
    parts: list[str] = []
    gold: list[Timex] = []
    _walk(text_el, parts, gold, 0)
    dct: date | None = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME" and t.get("value"):
            try:
                dct = date.fromisoformat(t.get("value", "")[:10])
            except ValueError:
                log.warning("%s: unreadable creation time %r", p, t.get("value"))
            break
    return "".join(parts), dct, sorted(gold, key=lambda t: t.start)


def to_timeml_text(text: str, timexes: list[Timex], *, first_tid: int = 1) -> str:
    """``text`` escaped for XML with a TIMEX3 element around each expression."""
    out, pos = [], 0
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start)):
        if t.start < pos:
            continue
        out.append(escape(text[pos : t.start]))
        attrs = f'tid="t{first_tid + i}" type={quoteattr(t.type)} value={quoteattr(t.value)}'
        if t.mod:
            attrs += f" mod={quoteattr(t.mod)}"
        out.append(f"<TIMEX3 {attrs}>{escape(text[t.start : t.end])}</TIMEX3>")
        pos = t.end
    out.append(escape(text[pos:]))
    return "".join(out)


def dateline_date(text: str) -> date | None:
    """The full date of the article's dateline ("LONDON, Dec. 4, 2023 -"), for a file without a DCT.

    Only a dateline with its year counts: a yearless one or dates deep in the text are no anchor.

    >>> dateline_date("Talks resume\\nDecember 4, 2023\\nMinisters met today.")
    datetime.date(2023, 12, 4)
    """
    published = infer_published(text)
    if published is None or published.rule != "dateline":
        return None
    return published.start


def annotate_timeml(in_path: str | Path, out_path: str | Path) -> int:
    """Write ``in_path`` to ``out_path`` with <TEXT> replaced by its plain text tagged by us.

    Any annotation inside <TEXT> (gold TIMEX3, EVENT, SIGNAL) is dropped; the rest of the file
    (DCT, DOCID...) is kept as is. A file without a DCT is anchored at its dateline, if it has
    one (:func:`dateline_date`). Returns the number of TIMEX3 written.
    """
    src, dst = Path(in_path), Path(out_path)
    text, dct, _ = read_timeml(src)
    raw = src.read_text(encoding="utf-8")
    if dct is None:
        dct = dateline_date(text)
    timexes = tag_timexes(text, dct, merge_ranges=False)
    body = to_timeml_text(text, timexes, first_tid=1000)
    m = _TEXT_ELEMENT.search(raw)
    if m is None:
        raise InputError(str(src), "no <TEXT>...</TEXT> element in the raw file")
    out = raw[: m.start(2)] + body + raw[m.end(2) :]
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(out, encoding="utf-8")
    return len(timexes)


def annotate_dir(in_dir: str | Path, out_dir: str | Path) -> int:
    """Annotate every ``*.tml`` under ``in_dir`` into the same relative path under ``out_dir``; returns the file count."""
    src, dst = Path(in_dir), Path(out_dir)
    if not src.is_dir():
        raise InputError(str(src), "not a directory")
    n = 0
    for p in sorted(src.rglob("*.tml")):
        annotate_timeml(p, dst / p.relative_to(src))
        n += 1
    log.info("annotated %d TimeML files from %s into %s", n, src, dst)
    return n


_NO_SPACE_BEFORE = frozenset([",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "’s", "n't", "'", "''", "'re", "'ve", "'ll", "'d", "'m"])  # fmt: skip
_NO_SPACE_AFTER = frozenset(["(", "[", "{", "$", "``", "“", "‘"])


def read_meantime(path: str | Path, *, annotated_only: bool = True) -> tuple[str, date | None, list[Timex]]:
    """Plain text, document creation date and gold TIMEX3s of one MEANTIME (NAF/CAT XML) document.

    The text is rebuilt from the tokens (one line per sentence, spaces between tokens except
    around punctuation); the tokens of the creation-time expression (the dateline) are left out,
    as TimeML keeps the DCT outside <TEXT>. Offsets of the gold expressions are into that text.
    MEANTIME annotates only the first sentences of each article: with ``annotated_only`` the
    text stops after the last sentence holding any markable (entity, event or time).
    Raises :class:`~graphbuild.errors.InputError` when the file is not a MEANTIME document.
    """
    p = Path(path)
    root = _parse(p)
    tokens = root.findall("token")
    if root.tag != "Document" or not tokens:
        raise InputError(str(p), "not a MEANTIME NAF/CAT document (no <Document> with <token>s)")
    markables = root.find("Markables")
    timexes = markables.findall("TIMEX3") if markables is not None else []
    dct: date | None = None
    skip: set[str] = set()
    words = {tok.get("t_id", ""): tok.text or "" for tok in tokens}
    for t in timexes:
        if t.get("functionInDocument") == "CREATION_TIME":
            ids = [a.get("t_id", "") for a in t.findall("token_anchor")]
            skip |= set(ids)
            try:
                dct = date.fromisoformat((t.get("value") or "")[:10])
            except ValueError:
                # a malformed value ("03-02-2009"): read the dateline itself ("February 03 , 2009")
                line = " ".join(words.get(i, "") for i in ids)
                found = [x for x in tag_timexes(line, None) if x.granularity == "day" and x.interval[0]]
                dct = found[0].interval[0] if found else None
                log.info("%s: creation time %r read from its text %r as %s", p, t.get("value"), line, dct)
    last_sentence = None
    if annotated_only and markables is not None:
        sentence_of = {tok.get("t_id", ""): int(tok.get("sentence") or 0) for tok in tokens}
        anchored = [sentence_of.get(a.get("t_id", ""), 0) for a in markables.iter("token_anchor")]
        last_sentence = max(anchored, default=None)
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos, sentence, prev = 0, None, ""
    for tok in tokens:
        tid, word = tok.get("t_id", ""), tok.text or ""
        if last_sentence is not None and int(tok.get("sentence") or 0) > last_sentence:
            break
        if tid in skip or not word:
            continue
        sep = ""
        if parts:
            if tok.get("sentence") != sentence:
                sep = "\n"
            elif word not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
                sep = " "
        parts.append(sep + word)
        pos += len(sep)
        offsets[tid] = (pos, pos + len(word))
        pos += len(word)
        sentence, prev = tok.get("sentence"), word
    gold: list[Timex] = []
    text = "".join(parts)
    for t in timexes:
        if t.get("functionInDocument") == "CREATION_TIME":
            continue
        spans = [
            offsets[a.get("t_id", "")] for a in t.findall("token_anchor") if a.get("t_id", "") in offsets
        ]
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        gold.append(
            Timex(
                start,
                end,
                text[start:end],
                t.get("type", "DATE"),
                t.get("value", ""),
                t.get("mod") or None,
                rule="gold",
            )
        )
    return text, dct, sorted(gold, key=lambda g: (g.start, g.end))


def meantime_to_timeml(path: str | Path) -> str:
    """One MEANTIME document as a TimeML file: DCT, and <TEXT> with the gold TIMEX3 tags.

    Overlapping gold expressions (rare) keep the first; the result reads back with
    :func:`read_timeml` to the same text and expressions.
    """
    text, dct, gold = read_meantime(path)
    name = escape(Path(path).stem)
    dct_xml = (
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n'
        if dct is not None
        else ""
    )
    body = to_timeml_text(text, gold)
    return (
        f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{name}</DOCID>\n{dct_xml}<TEXT>{body}</TEXT>\n</TimeML>\n'
    )
