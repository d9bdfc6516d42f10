"""Finding scraped page furniture in article text.

Articles copied from web pages carry lines that are not journalism: app and
audio promos, "Read next:" links, comment forms, share prompts, photo credits
and the captions they belong to, captions repeated verbatim, and the headlines
of other stories dropped between paragraphs. No pipeline stage may extract
entities, statements or events from them.

:func:`find_boilerplate` works line by line on the *shape* of such lines
(calls to action with imperative UI verbs, text addressed to the reader about
the site, credit syntax, link prefixes, short unterminated lines between
complete paragraphs), never on lists of known strings, and it errs on the side
of keeping text: the first line (the headline) and lines that quote or
attribute speech are never taken for furniture by the call-to-action rules.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

__all__ = ["explain_boilerplate", "find_boilerplate"]

# A line longer than this is body text whatever it looks like.
_MAX_FURNITURE_WORDS = 30

# Words naming parts of a website or app rather than the world the news is about.
_UI_NOUNS = (
    r"app|apps|application|here|link|links|newsletters?|articles?|stor(?:y|ies)|podcasts?|"
    r"videos?|audio|comments?|reply|replies|e-?mails?|inbox|channel|feed|notifications?|alerts?|"
    r"updates|subscriptions?|subscribers?|premium|account|browser|cookies?|website|site|page|"
    r"facebook|twitter|instagram|telegram|youtube|tiktok|whatsapp|linkedin|threads|bluesky|"
    r"rss|fields?|button|tab|gallery|slideshow|live\s?blog|coverage|ad-free|paywall|digital"
)
_UI_NOUN_RE = re.compile(rf"\b(?:{_UI_NOUNS})\b", re.IGNORECASE)

# Imperative verbs of web UI, at the start of a line (after an optional bullet/arrow).
_LEADER = r"^[\W_]{0,3}\s*"
_CTA_RE = re.compile(
    _LEADER + r"(?:click|tap|sign\s+up|sign\s+in|log\s+in|subscribe|download|install|follow|share|"
    r"listen|watch|read|see|get|join|leave|post|add|like|register|swipe|scroll|continue|"
    r"bookmark|print|email|e-mail|tweet|support|donate|visit|save|enter|check\s+out|don'?t\s+miss|"
    r"never\s+miss|stay\s+(?:informed|updated|connected))\b",
    re.IGNORECASE,
)

# Prefixes that introduce a link to another story: "Read next: ...", "See also  ...".
_LINK_PREFIX_MULTI = (
    r"see\s+also|read\s+(?:next|more|also)|also\s+read|also\s+see|more\s+on\s+this|"
    r"related\s+(?:articles?|stories|story|coverage|content|reading|news|links?)|"
    r"recommended(?:\s+for\s+you)?|further\s+reading|you\s+(?:may|might)\s+also\s+like|"
    r"editor'?s\s+picks?|top\s+stories|most\s+(?:read|popular)|trending(?:\s+now)?|"
    r"more\s+from\s+[\w .'&-]{1,40}?|must\s+read|latest\s+news|up\s+next"
)
_LINK_PREFIX_SINGLE = r"related|read|see|watch|listen|more|recommended|trending|latest|also"
_LINK_PREFIX_RE = re.compile(
    _LEADER
    + rf"(?:(?:{_LINK_PREFIX_MULTI})(?:\s*[:|»›>\-–—]\s*|\s{{2,}}|\s+(?=[A-Z0-9\"'“‘]))"
    + rf"|(?:{_LINK_PREFIX_SINGLE}|{_LINK_PREFIX_MULTI})\s*(?:[:|»›>]|\s[\-–—])\s*)\S",
    re.IGNORECASE,
)
# A whole line that is only a UI label: "Related", "Advertisement", "Share this article", "12 Comments".
_UI_LABEL_RE = re.compile(
    r"^[\W_]{0,3}\s*(?:"
    rf"(?:{_LINK_PREFIX_MULTI})|related|advertisement|advertising|sponsored(?:\s+content)?|ad|"
    r"share(?:\s+this(?:\s+(?:article|story|page|post))?)?|share\s+on\s+\w+|tweet|print|e-?mail|"
    r"\d*\s*comments?|leave\s+a\s+(?:reply|comment)|cancel\s+reply|post\s+a\s+comment|"
    r"story\s+continues(?:\s+below)?(?:\s+(?:advertisement|this\s+ad))?|continue\s+reading|"
    r"skip\s+to\s+(?:main\s+)?content|scroll\s+to\s+continue(?:\s+with\s+content)?|"
    r"copy\s+link|listen\s+to\s+(?:this\s+)?(?:article|story)|\d+\s+min(?:ute)?s?\s+read"
    r")\s*[:.!]?\s*$",
    re.IGNORECASE,
)
# Stricter: nouns that only name the site itself, for text addressed to the reader.
_SITE_NOUN_RE = re.compile(
    r"\b(?:apps?|newsletters?|articles?|podcasts?|notifications?|inbox|subscriptions?|subscribers?|"
    r"e-?mail\s+address|comments?|browser|cookies?|website|paywall|ad-?free|log\s?in|sign\s?in|sign\s?up|"
    r"videos?|audio)\b",
    re.IGNORECASE,
)
# Reader-directed text about the site: "You can now listen to ... articles!", "Your email address ...".
_READER_RE = re.compile(r"\b(?:you|your|you're|you'll|you've)\b", re.IGNORECASE)
# A comment-form field label: "Name *", "Required fields are marked *".
_FORM_FIELD_RE = re.compile(r"^.{0,60}\s\*\s*$")

# Credits: "(Reuters)", "(Jane Doe/Agency via Getty Images)", "Photo: ...", "REUTERS/Jane Doe", "© AFP".
_CREDIT_LABEL_RE = re.compile(
    r"^[\W_]{0,3}\s*(?:photo(?:graph)?s?|image|picture|pic|credit|photo\s+credit|image\s+credit|"
    r"source|illustration|video|footage|file\s+photo)\s*(?:by\b|[:|/©]).{1,120}$",
    re.IGNORECASE,
)
# Wire sign-offs: "Reporting by Jane Doe; Editing by John Roe", "Additional reporting by ...".
_BYLINE_CREDIT_RE = re.compile(
    r"^[\W_]{0,3}\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research)\s+by\s+(?-i:[A-Z])"
    r"[^!?]{0,160}$",
    re.IGNORECASE,
)
_CREDIT_PAREN_RE = re.compile(r"^\s*[(\[][^()\[\]]{2,120}[)\]]\s*\.?\s*$")
# "Jane Doe/Reuters", "REUTERS/Jane Doe", "Jane Doe / Agency via Getty Images": names on both sides.
_CREDIT_SLASH_RE = re.compile(
    r"^\s*\(?\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
    r"(?:\s+via\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})?\s*\)?\.?\s*$"
)
_CREDIT_TAIL_RE = re.compile(
    r"(?:\bvia\s+[A-Z][\w .&'-]{1,40}|getty\s+images|shutterstock|\bAP\s+photo)\s*\)?\s*$", re.IGNORECASE
)
_COPYRIGHT_RE = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
# A caption and its credit run together when a page is copied: "Jo JorgensenImage: Jo Jorgensen for
# President.", "Whistleblower Edward Snowden.Image: TheWikiLeaksChannel." (the label glued to the caption).
# ... or a space after a caption that is a name or a title ("Ross Perot Image: Allan Warren.",
# "Placards. Image: Jane Roe (flickr)."): capitalised words only before the label, a short credit after.
_SPACED_CREDIT_RE = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*\s+){1,6}(?:Photo(?:graph)?|Image|Picture)s?\s*:\s*(?:\S+\s+){0,5}\S+\s*$"
)
# The label follows a capitalised word ("Doe") or a full stop, never a lower-case word ("iPhoto:").
_GLUED_CREDIT_RE = re.compile(
    r"^\s*[A-Z][^\n]{0,80}?(?:\b[A-Z][\w'’-]{0,30}[a-z]|[.)])(?:Photo(?:graph)?|Image|Picture|Credit)s?\s*:\s*\S.{0,120}$"
)

_QUOTES = '"“”„«»'
# Words that mark reported speech: body text, never furniture for the call-to-action rules.
_CUE_RE = re.compile(
    r"\b(?:said|says|told|according\s+to|added|stated|asked|warned|claimed)\b", re.IGNORECASE
)
# A paragraph ends with one of these (possibly followed by a closing quote or bracket).
_TERMINAL_RE = re.compile(r"[.!?…:;,]['\"’”»)\]]*\s*$|['\"’”»]\s*$")
_SENTENCE_END_RE = re.compile(r"[.!?…]['\"’”»)\]]*\s*$")
_FUNCTION_WORD_END_RE = re.compile(
    r"\b(?:a|an|the|and|or|but|so|of|to|in|on|at|for|with|by|from|as|that|which|who|whose|than|its|"
    r"their|his|her|these|those|if|when|while|because|although|whether|per|vs|versus|about|into|over)\s*$",
    re.IGNORECASE,
)
_PAST_REPORTING_RE = re.compile(r"\b(?:said|told|added|stated)\b", re.IGNORECASE)
_CAPTION_DATE_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b"
)
_GLUED_RE = re.compile(r"(?<=[a-z])(?=(?:You|Your)\b)")
_BULLET_RE = re.compile(r"^\s*(?:[-*•·▪–—>]|\d+[.)])\s")
_WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


@dataclass(frozen=True)
class _Line:
    """A paragraph as laid out in the text: one line, or several when the text is hard-wrapped."""

    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # stripped, wrapped lines joined by a space
    index: int  # position among paragraphs
    blank_before: bool  # a blank line separates it from the previous paragraph
    nlines: int = 1  # how many raw lines it spans

    @property
    def words(self) -> int:
        return len(_WORD_RE.findall(self.text))


@dataclass(frozen=True)
class _Raw:
    start: int
    end: int
    text: str
    indented: bool
    blank_before: bool


def _raw_lines(text: str) -> list[_Raw]:
    lines: list[_Raw] = []
    pos = 0
    blank = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Raw(pos + lead, pos + lead + len(stripped), stripped, lead >= 2, blank))
            blank = False
        elif lines:
            blank = True
        pos += len(raw) + 1
    return lines


def _is_hard_wrapped(lines: list[_Raw]) -> bool:
    """Newswire style: lines broken at a fixed width, so a line is not a paragraph."""
    if len(lines) < 5 or max(len(r.text) for r in lines) > 100:
        return False
    open_ends = carried = 0
    for a, b in itertools.pairwise(lines):
        if not b.blank_before and not _SENTENCE_END_RE.search(a.text):
            open_ends += 1
            carried += b.text[0].islower()  # stops mid-sentence and goes on in lower case
    return open_ends >= 0.4 * len(lines) and carried >= max(1, 0.1 * len(lines))


def _continues(prev: str, line: _Raw) -> bool:
    """True when ``line`` carries on the sentence ``prev`` left unfinished (a broken line)."""
    if line.blank_before or _SENTENCE_END_RE.search(prev) or prev.endswith(":"):
        return False
    first = line.text[0]
    return (
        first.islower() or first.isdigit() or bool(_FUNCTION_WORD_END_RE.search(prev)) or prev.endswith(",")
    )


def _lines(text: str) -> list[_Line]:
    raws = _raw_lines(text)
    wrapped = _is_hard_wrapped(raws)
    groups: list[list[_Raw]] = []
    for i, r in enumerate(raws):
        if (
            groups
            and i > 1
            and ((wrapped and not r.blank_before and not r.indented) or _continues(groups[-1][-1].text, r))
        ):
            groups[-1].append(r)
        else:
            groups.append([r])
    return [
        _Line(g[0].start, g[-1].end, " ".join(r.text for r in g), k, g[0].blank_before, len(g))
        for k, g in enumerate(groups)
    ]


def _has_quote(s: str) -> bool:
    return any(q in s for q in _QUOTES)


def _is_cta(line: _Line) -> bool:
    """An imperative UI call to action: "CLICK HERE FOR THE APP", "Sign up for our newsletter"."""
    s = line.text
    if line.words > _MAX_FURNITURE_WORDS or _has_quote(s) or _CUE_RE.search(s):
        return False
    verb = _CTA_RE.search(s)
    # The UI noun must follow the verb: "Email inquiry bruises ..." is a headline, not a prompt.
    return verb is not None and bool(_UI_NOUN_RE.search(s, verb.end()))


def _is_reader_promo(line: _Line) -> bool:
    """Text addressed to the reader about the site: "You can now listen to ... articles!"."""
    # Scraping glues widget labels to the next text ("the newYou can ..."): split them apart.
    s = _GLUED_RE.sub(" ", line.text)
    if line.words > _MAX_FURNITURE_WORDS or _has_quote(s) or _CUE_RE.search(s):
        return False
    if s.rstrip().endswith("?"):
        return False  # an interview question, not a promo
    return (
        bool(_READER_RE.search(s))
        and bool(_SITE_NOUN_RE.search(s))
        and (_SENTENCE_END_RE.search(s) is not None or s.endswith("*") or line.words <= 15)
    )


def _is_link_line(line: _Line) -> bool:
    """A link to another story behind a prefix ("Read next: ...") or a bare UI label ("Related")."""
    s = line.text
    if line.words > _MAX_FURNITURE_WORDS:
        return False
    if _UI_LABEL_RE.match(s):
        return True
    # A prefix followed by a headline; a body sentence that happens to begin "Read more:"
    # ends as a sentence and attributes something.
    return bool(_LINK_PREFIX_RE.match(s)) and not (_SENTENCE_END_RE.search(s) and _CUE_RE.search(s))


def _is_form_field(line: _Line) -> bool:
    return line.words <= 12 and bool(_FORM_FIELD_RE.match(line.text))


def _is_credit(line: _Line) -> bool:
    """Credit syntax: "(Reuters)", "(Name/Agency via Getty Images)", "Photo: ...", "REUTERS/Name", or a
    caption with its credit glued on ("Jo JorgensenImage: Jo Jorgensen for President.")."""
    s = line.text
    if line.words > 20 or _CUE_RE.search(s):
        return False
    if _CREDIT_PAREN_RE.match(s):
        inner = s.strip().strip(".").strip()[1:-1]
        # "(Reuters)" or "(Photo by X/Getty)" but not a parenthesised sentence.
        return not _SENTENCE_END_RE.search(inner) and len(_WORD_RE.findall(inner)) <= 12
    if _CREDIT_LABEL_RE.match(s) and line.words <= 15 and not _SENTENCE_END_RE.search(s.rstrip(")")):
        return True
    if _CREDIT_SLASH_RE.match(s):
        return True
    if _COPYRIGHT_RE.match(s) and line.words <= 12:
        return True
    if (_GLUED_CREDIT_RE.match(s) and line.words <= 15) or _SPACED_CREDIT_RE.match(s):
        return True
    return line.words <= 12 and bool(_CREDIT_TAIL_RE.search(s)) and not _SENTENCE_END_RE.search(s)


def _is_byline_credit(line: _Line) -> bool:
    """A wire sign-off: "Reporting by Jane Doe; Editing by John Roe"."""
    return line.words <= 30 and bool(_BYLINE_CREDIT_RE.match(line.text)) and not _CUE_RE.search(line.text)


def _is_caption(line: _Line, credit: _Line, *, spaced: bool) -> bool:
    """The line right before an image credit is its caption when it is one short descriptive sentence.

    When the text separates paragraphs with blank lines (``spaced``), a caption is told
    apart by sitting directly on its credit; when every line is a paragraph, only a
    caption in the wire-photo style (with a full date: "..., April 8, 2010.") is taken.
    """
    s = line.text
    if credit.blank_before or line.words > 50 or line.index == 0 or _has_quote(s) or _CUE_RE.search(s):
        return False
    if not spaced and not _CAPTION_DATE_RE.search(s):
        return False
    if s.endswith(("?", ":")):
        return False
    # One sentence: no sentence break inside.
    return len(re.findall(r"[.!?]\s+[A-Z]", s)) == 0


def _is_inline_headline(lines: list[_Line], i: int) -> bool:
    """A headline of another story dropped between two complete paragraphs.

    It has the shape of a headline (6-20 words, no terminal punctuation, no quotation,
    does not end on a function word) and sits between a paragraph that ended and a
    paragraph that starts a new sentence. Section subheadings are usually shorter
    ("Equipment issues") and are kept.
    """
    line = lines[i]
    s = line.text
    if i == 0 or i == len(lines) - 1 or line.nlines > 1 or not 6 <= line.words <= 20:
        return False
    if _TERMINAL_RE.search(s) or _has_quote(s) or _BULLET_RE.match(s) or _FUNCTION_WORD_END_RE.search(s):
        return False
    if _PAST_REPORTING_RE.search(s):
        return False  # headlines report in the present tense ("says"); body text in the past ("said")
    if not (s[0].isupper() or s[0].isdigit()):
        return False
    prev, nxt = lines[i - 1], lines[i + 1]
    if not _SENTENCE_END_RE.search(prev.text) and not prev.text.endswith((")", "]")):
        return False
    first = nxt.text.lstrip("\"'“‘«([")
    # The next line must begin a sentence of a paragraph (not continue this one, not another list item).
    return (
        bool(first)
        and not first[0].islower()
        and (_SENTENCE_END_RE.search(nxt.text) is not None or _TERMINAL_RE.search(nxt.text) is not None)
    )


def _norm(s: str) -> str:
    return " ".join(s.split())


def find_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of scraped page furniture in ``text``, sorted, one per paragraph line.

    Each span covers one line (or one hard-wrapped paragraph) without its
    surrounding whitespace. The first non-empty line (the headline) is only
    ever flagged by the unambiguous rules (UI labels, calls to action, credits).

    >>> text = "Headline here\\nBody sentence one.\\nRead next: Another story entirely\\n"
    >>> [text[s:e] for s, e in find_boilerplate(text)]
    ['Read next: Another story entirely']
    """
    return tuple((s, e) for s, e, _ in explain_boilerplate(text))


def explain_boilerplate(text: str) -> tuple[tuple[int, int, str], ...]:
    """Like :func:`find_boilerplate`, with the name of the rule that flagged each span.

    >>> text = "Headline\\nBody.\\nTroops march in Kyiv, May 9, 2023.\\n(Reuters)\\n"
    >>> [rule for _, _, rule in explain_boilerplate(text)]
    ['caption', 'credit']
    """
    lines = _lines(text)
    rule: dict[int, str] = {}
    # The headline (the first line that is not a bare UI label such as "Skip to content")
    # carries claims: no rule may take it.
    headline = 0
    while headline < len(lines) and _UI_LABEL_RE.match(lines[headline].text):
        rule[headline] = "link"
        headline += 1
    for i, line in enumerate(lines):
        if i <= headline:
            continue
        if _is_credit(line):
            rule[i] = "credit"
        elif _is_byline_credit(line):
            rule[i] = "byline-credit"
        elif _is_link_line(line):
            rule[i] = "link"
        elif _is_cta(line):
            rule[i] = "call-to-action"
        elif _is_form_field(line):
            rule[i] = "form-field"
        elif _is_reader_promo(line):
            rule[i] = "reader-promo"
        elif _is_inline_headline(lines, i):
            rule[i] = "inline-headline"
    # Captions: the line right before a credit, and every verbatim copy of a caption.
    spaced = sum(line.blank_before for line in lines) >= len(lines) / 3
    captions: set[str] = set()
    for i, line in enumerate(lines):
        if (
            i - 1 > headline
            and rule.get(i) == "credit"
            and (i - 1) not in rule
            and _is_caption(lines[i - 1], line, spaced=spaced)
        ):
            rule[i - 1] = "caption"
            captions.add(_norm(lines[i - 1].text))
    seen: set[str] = set()
    for i, line in enumerate(lines):
        key = _norm(line.text)
        if i not in rule and i > headline and key in captions:
            rule[i] = "caption"
        elif i not in rule and key in seen and line.words >= 5:
            rule[i] = "repeated"  # a paragraph repeated verbatim: the later copy
        seen.add(key)
    return tuple((lines[i].start, lines[i].end, rule[i]) for i in sorted(rule))
