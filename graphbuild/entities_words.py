"""Whether a word is an established one in English text: a name or word common enough that a
spelling one consonant away is another word, not a typo of it.

"Murphy" and "Murray", "Capital" and "Capitol", "Telegram" and "Telegraph", "Johnston" and
"Johnson" are each frequent in general English, so two names that differ only there are two
names; "Baldridge" (of "Baldrige"), "Sclumberger" or "Zalyzhby" are not, so they may be typos.
Frequencies come from the ``wordfreq`` package's English list (code Apache-2.0, data CC BY-SA
4.0, shipped inside the package: nothing is downloaded), read on the first question.
"""

from __future__ import annotations

from functools import lru_cache

#: Zipf frequency (log10 of occurrences per billion words) from which a word is established: about
#: one use in three million words. On the names the four corpora merged by one consonant, every
#: right merge (a typo) had a word below 2.5 and most wrong ones (two names) both above.
ESTABLISHED_ZIPF = 2.5


@lru_cache(maxsize=65536)
def established(word: str) -> bool:
    """Whether the folded ``word`` is a frequent English word or name (:data:`ESTABLISHED_ZIPF`).

    >>> established("murray"), established("murphy"), established("zalyzhby")
    (True, True, False)
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= ESTABLISHED_ZIPF


def two_words(a: str, b: str) -> bool:
    """Whether two different spellings are two established words, not one word and a form of it with
    an ending: a plural or possessive ("Republican" / "Republicans" are one name), or a people's
    name of its place ("Australia" / "Australian", which MEANTIME annotates as one entity).

    >>> two_words("telegram", "telegraph"), two_words("democrat", "democrats"), two_words("baldrige", "baldridge")
    (True, False, False)
    """
    if a.startswith(b) or b.startswith(a):
        return False
    return established(a) and established(b)


def preload() -> None:
    """Read the frequency list now (a fifth of a second): the build calls this while its workers parse."""
    established("the")
