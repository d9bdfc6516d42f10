"""Is this text English? A cheap check, no model: writing system and function-word shares.

The pipeline's model is English; a French or Russian article fed to it gives nonsense
entities and claims, so ingest skips it with a reason. Detection needs no download:

1. Writing system: when most letters are not Latin (Cyrillic, Greek, Arabic, CJK...), the
   text is not English.
2. Function words: English prose is about 40% function words ("the", "of", "and", "said").
   A text is called non-English only on positive evidence: few English function words
   *and* many function words of another Latin-script language (French, German, Spanish,
   Italian, Portuguese, Dutch). Words that are function words in English and another
   language ("a", "in", "die", "on") count for neither.

Short texts (fewer than :data:`MIN_WORDS` words), headlines, lists of names and tables are
never called non-English: there is not enough to go on, and dropping an English article
is worse than analysing a foreign one.

>>> non_english_reason("The minister said on Monday that the talks would resume next week.")
>>> guess_language("Le ministre a déclaré lundi que les négociations reprendraient la semaine "
...                "prochaine, selon un communiqué publié par le gouvernement. Il a ajouté que les "
...                "discussions avec les syndicats et les représentants des entreprises seront "
...                "difficiles, mais que la France est prête à faire des concessions sur les salaires.").language
'French'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["MIN_WORDS", "LanguageGuess", "guess_language", "non_english_reason"]

#: Below this many words the text is not judged (taken as English).
MIN_WORDS = 25
# Only the start of a long text is examined: the language does not change half-way.
_SAMPLE_CHARS = 20000
_MIN_LETTERS = 40
# Non-Latin letters above this share of all letters: not English.
_MAX_FOREIGN_SCRIPT_SHARE = 0.5
# Another language's function words must reach this share of the words, and English's stay
# below this fraction of it, to call the text that language.
_MIN_OTHER_SHARE = 0.12
_MAX_ENGLISH_RATIO = 0.5

_ENGLISH = """
the of and to is was that for with as by from at it he she they we you i his her their its
our your them him us this these those which who whom whose what when where why how were be
been being are has have had will would shall should can could may might must not but or
nor if than then there here an also after before about over into through between against
during without under while said says says told just more most such only very other some
any each all both no yes so too do does did done out up off again further once because
until upon my me
"""

_OTHERS: dict[str, str] = {
    "French": """
le la les un une des du de et est sont été être avoir ont avait était que qui quoi dans pour
par sur avec sans sous pas ne plus mais ou où donc car nous vous ils elles il elle leur leurs
son sa ses ce cet cette ces au aux selon aussi très comme entre depuis lors dont après avant
notre votre même tout tous toute toutes fait qu c d l j n y
""",
    "German": """
der die das den dem des ein eine einer eines einem einen und ist sind war waren wird werden
wurde wurden hat haben hatte nicht mit von zu zum zur auf für im ins bei aus nach über unter
vor durch gegen ohne sich auch noch nur schon sehr wie oder aber dass daß wenn als sie er es
wir ihr ihre ihren ihrem sein seine seiner seinen man kein keine diese dieser dieses bis am
""",
    "Spanish": """
el la los las un una unos unas y es son fue fueron ser estar está están ha han había que
de del en con por para sin sobre entre según como pero o más muy también ya se lo le les su
sus nos este esta estos estas ese esa al desde hasta cuando donde porque sí no dijo hay
""",
    "Italian": """
il lo la gli le un uno una e è sono era erano stato stata essere ha hanno aveva che di del
della dei delle degli nel nella nei con per tra fra su sul sulla da dal dalla come ma o più
molto anche non si ci ne suo sua suoi sue questo questa questi quello quella al alla ai
""",
    "Portuguese": """
o a os as um uma uns umas e é são foi foram ser estar está estão tem têm tinha que de do da
dos das em no na nos nas com por para sem sobre entre segundo como mas ou mais muito também
já se lhe seu sua seus suas este esta isso isto ao aos à às não disse pelo pela
""",
    "Dutch": """
de het een en is zijn was waren wordt worden werd werden heeft hebben had niet met van te op
voor naar over onder door tegen zonder zich ook nog maar al wel of dat als zij hij wij ze
haar hun dit deze die er bij uit aan om tot dan geen meer zeer
""",
}

# Apostrophes split words, so French elisions count ("l'accord" -> "l", "accord").
_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    english = frozenset(_ENGLISH.split())
    others_all = {w for words in _OTHERS.values() for w in words.split()}
    # A word shared by English and another language is evidence for neither.
    return english - others_all, {name: frozenset(words.split()) - english for name, words in _OTHERS.items()}


@dataclass(frozen=True)
class LanguageGuess:
    """What :func:`guess_language` concluded and on what evidence.

    ``language`` is ``"English"``, another language or script name, or None when the text
    is too short or ambiguous to judge (callers treat None as English). ``english_share``
    and ``other_share`` are the shares of words that are English / the best other
    language's function words (0.0 when not computed); ``evidence`` is a short phrase.
    """

    language: str | None
    english_share: float = 0.0
    other_share: float = 0.0
    evidence: str = ""

    @property
    def is_english(self) -> bool:
        """True unless there is positive evidence of another language."""
        return self.language in (None, "English")


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0] if name else "UNKNOWN"
    return "CJK" if first in ("CJK", "HIRAGANA", "KATAKANA") else first


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
#: ASCII bytes that are not letters, deleted to count ASCII letters at C speed
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _script_guess(sample: str) -> LanguageGuess | None:
    # ASCII letters are Latin script; only the (usually few) other characters are looked up
    ascii_letters = len(sample.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    counts: dict[str, int] = {"LATIN": ascii_letters} if ascii_letters else {}
    for run in _NON_ASCII.findall(sample):
        for char in run:
            if char.isalpha():
                script = _script(char)
                counts[script] = counts.get(script, 0) + 1
    letters = sum(counts.values())
    if letters < _MIN_LETTERS:
        return None
    foreign = letters - counts.get("LATIN", 0)
    if foreign / letters <= _MAX_FOREIGN_SCRIPT_SHARE:
        return None
    main = max((k for k in counts if k != "LATIN"), key=lambda k: (counts[k], k))
    share = foreign / letters
    return LanguageGuess(
        f"{main.title()} script", other_share=share, evidence=f"{share:.0%} of letters are not Latin script"
    )


def guess_language(text: str) -> LanguageGuess:
    """Guess whether ``text`` is English from its script and function words (see module doc).

    >>> guess_language("Ukraine will join NATO, chief says").language is None
    True
    """
    sample = text[:_SAMPLE_CHARS]
    by_script = _script_guess(sample)
    if by_script is not None:
        return by_script
    words = [w.lower() for w in _WORD_RE.findall(sample)]
    if len(words) < MIN_WORDS:
        return LanguageGuess(None, evidence=f"only {len(words)} words")
    english, others = _word_sets()
    n = len(words)
    english_share = sum(1 for w in words if w in english) / n
    shares = {name: sum(1 for w in words if w in vocab) / n for name, vocab in others.items()}
    best = max(sorted(shares), key=lambda name: shares[name])
    other_share = shares[best]
    if other_share >= _MIN_OTHER_SHARE and english_share < _MAX_ENGLISH_RATIO * other_share:
        evidence = f"{english_share:.0%} English function words, {other_share:.0%} {best}"
        return LanguageGuess(best, english_share, other_share, evidence)
    if english_share > other_share:
        return LanguageGuess(
            "English", english_share, other_share, f"{english_share:.0%} English function words"
        )
    return LanguageGuess(None, english_share, other_share, "no clear evidence")


def non_english_reason(text: str) -> str | None:
    """A skip reason such as ``"not English (looks like French: 3% English function words, 30% French)"``.

    None when the text is English or cannot be judged.
    """
    guess = guess_language(text)
    if guess.is_english:
        return None
    return f"not English (looks like {guess.language}: {guess.evidence})"
