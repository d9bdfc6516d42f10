"""Whether a word is an established one in English text: a name or word common enough that a
spelling one consonant away is another word, not a typo of it.

"Murphy" and "Murray", "Capital" and "Capitol", "Telegram" and "Telegraph", "Johnston" and
"Johnson" are each frequent in general English, so two names that differ only there are two
names; "Baldridge" (of "Baldrige"), "Sclumberger" or "Zalyzhby" are not, so they may be typos.
Frequencies come from the ``wordfreq`` package's English list (code Apache-2.0, data CC BY-SA
4.0, shipped inside the package: nothing is downloaded), read on the first question.
"""

from __future__ import annotations

import os

from . import _json
from ._io import installed_stamp, read_versioned, write_quietly

#: Zipf frequency (log10 of occurrences per billion words) from which a word is established: about
#: one use in three million words. On the names the four corpora merged by one consonant, every
#: right merge (a typo) had a word below 2.5 and most wrong ones (two names) both above.
ESTABLISHED_ZIPF = 2.5


#: The file in a cache directory holding the answers of the last build that used it (:func:`write_answers`).
ANSWERS_FILE = "established-words.json"
#: Answers given in this process, and those a previous build gave (:func:`read_answers`): a word
#: found here is not looked up in the frequency list, which then need not be read at all.
_ANSWERS: dict[str, bool] = {}
#: The words asked about since the answers were last read (what :func:`write_answers` keeps).
_ASKED: set[str] = set()


def established(word: str) -> bool:
    """Whether the folded ``word`` is a frequent English word or name (:data:`ESTABLISHED_ZIPF`).

    >>> established("murray"), established("murphy"), established("zalyzhby")
    (True, True, False)
    """
    _ASKED.add(word)
    found = _ANSWERS.get(word)
    if found is None:
        found = _ANSWERS[word] = _frequent(word)
    return found


def _frequent(word: str) -> bool:
    """The frequency list's answer (each word is asked once: :data:`_ANSWERS` keeps it)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= ESTABLISHED_ZIPF


def list_version() -> str:
    """What the answers depend on besides the word: the threshold, and the installed ``wordfreq``
    (its package file's size and time, as an upgrade rewrites it; its import alone costs a tenth of
    a second)."""
    return f"{ESTABLISHED_ZIPF}:{installed_stamp('wordfreq')}"


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


def read_answers(directory: str | os.PathLike[str]) -> int:
    """Take the answers the last build with the cache ``directory`` gave (:func:`write_answers`), if
    they were given by the same :func:`list_version`, and start counting the words asked anew. The
    global step asks about a few dozen words, mostly the same each build, and reading the frequency
    list takes a fifth of a second. Returns how many answers were taken (0 when there are none)."""
    _ASKED.clear()
    data = read_versioned(os.path.join(directory, ANSWERS_FILE), list_version())
    if data is None or not isinstance(data.get("words"), dict):
        return 0
    taken = 0
    for word, answer in data["words"].items():
        if type(word) is str and type(answer) is bool:
            _ANSWERS.setdefault(word, answer)
            taken += 1
    return taken


def write_answers(directory: str | os.PathLike[str]) -> None:
    """Store the answers to the words asked since :func:`read_answers` in ``directory`` (atomically;
    a failure is logged: the file only saves time)."""
    answers = {word: _ANSWERS[word] for word in sorted(_ASKED) if word in _ANSWERS}
    write_quietly(
        os.path.join(directory, ANSWERS_FILE),
        _json.dumps({"version": list_version(), "words": answers}),
        "could not write the word answers",
    )


def preload() -> None:
    """Read the frequency list now (a fifth of a second): the build calls this while its workers
    parse, unless a previous build's answers were read (:func:`read_answers`; a word they lack
    reads it then)."""
    if not _ANSWERS:
        _frequent("the")
