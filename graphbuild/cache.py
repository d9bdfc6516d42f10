"""Per-document extraction cache: one gzipped JSON file per analysed document (and a pack of them).

A cached :class:`~graphbuild.model.DocumentAnalysis` is keyed by the document's
content (every field but its path, so moving a file keeps its entry), the
pipeline version, the spaCy model version and the encoding version. Entries
are written atomically (temp file and rename, no fsync: a cache entry lost in a
crash costs one re-parse), so concurrent builds and worker processes sharing a
cache never see half a file; an unreadable entry is a miss, never an error.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import time
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import orjson

from . import _json
from ._io import atomic_write_bytes, gc_paused
from .errors import GraphbuildError
from .model import PIPELINE_VERSION, Document, DocumentAnalysis, content_hash
from .serialize import FORMAT_VERSION, SerializationError, analysis_from_json, analysis_to_json, to_jsonable

log = logging.getLogger(__name__)

#: Environment variable naming the cache directory (default: OUT/.graphbuild-cache).
CACHE_ENV = "GRAPHBUILD_CACHE"
CACHE_DIRNAME = ".graphbuild-cache"


def default_cache_dir(out_dir: str | Path) -> Path:
    """``$GRAPHBUILD_CACHE`` if set, else ``OUT/.graphbuild-cache``."""
    env = os.environ.get(CACHE_ENV)
    return Path(env) if env else Path(out_dir) / CACHE_DIRNAME


def document_key(document: Document, model: str) -> str:
    """Cache key of a document's analysis: content, pipeline, model and encoding versions.

    That is ``content_hash(body, PIPELINE_VERSION, model, FORMAT_VERSION, length=40)`` where
    ``body`` is the document without its path as compact JSON with sorted keys and no ASCII
    escaping (``json.dumps``); orjson writes the same bytes for these values, faster.
    """
    fields = to_jsonable(document)
    fields["path"] = ""  # what to_jsonable(dataclasses.replace(document, path="")) gives, without a copy
    try:
        body = orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:  # what only the standard library writes (e.g. a lone surrogate)
        text = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return content_hash(text, PIPELINE_VERSION, model, str(FORMAT_VERSION), length=40)
    h = hashlib.sha256(body)
    h.update(_KEY_SUFFIXES.get(model) or _key_suffix(model))
    return h.hexdigest()[:40]


_KEY_SUFFIXES: dict[str, bytes] = {}


def _key_suffix(model: str) -> bytes:
    # content_hash's separators and the parts after the body, encoded once per model
    suffix = b"\x1f" + b"".join(
        p.encode("utf-8") + b"\x1f" for p in (PIPELINE_VERSION, model, str(FORMAT_VERSION))
    )
    _KEY_SUFFIXES[model] = suffix
    return suffix


#: zlib's window bits for a gzip stream (header and CRC checked), as the cache writes them.
_GZIP = 16 + zlib.MAX_WBITS


#: The pack in a cache directory: the analyses the last build with this cache used, in one file
#: (see :meth:`AnalysisCache.write_pack`).
PACK_FILE = "analyses.pack"
#: First line of a pack; a file starting otherwise is not read.
PACK_MAGIC = b"graphbuild analyses pack 1\n"


class AnalysisCache:
    """A directory of cached analyses for one model version.

    ``hits`` and ``misses`` count lookups, for build summaries and benchmarks.

    Besides one file per analysis, the directory may hold a *pack* (:data:`PACK_FILE`): the
    uncompressed entries of the analyses a build used (each with its CRC-32), in one file, written after that build
    (:meth:`write_pack`), so the next build (typically ``build --into``, thousands of cached
    analyses and a few new ones) reads them in one go instead of opening and decompressing a file
    per document. The pack is only a faster copy: entries missing from it, or unreadable in it,
    are read from their own files; a pack that cannot be read is ignored (and logged).
    """

    def __init__(self, root: str | Path, model: str) -> None:
        self.root = Path(root)
        self._root = os.fspath(self.root)
        self.model = model
        self.hits = 0
        self.misses = 0
        self._pack: dict[str, tuple[memoryview, int]] | None = None  # read on first use; never pickled
        self._raw: dict[str, tuple[bytes | memoryview, int | None]] = {}  # each entry read (JSON, CRC)
        self._keys: dict[str, str] = {}  # document id -> key, as :meth:`keys` computed them

    def __getstate__(self) -> dict[str, Any]:
        # worker processes get the cache to store what they analyse: not the pack or what was read
        state = dict(self.__dict__)
        state["_pack"], state["_raw"], state["_keys"] = None, {}, {}
        return state

    def _packed(self) -> dict[str, tuple[memoryview, int]]:
        """The pack's entries (JSON, CRC-32) by key (read once; empty when there is no usable pack)."""
        if self._pack is None:
            self._pack = _read_pack(self.root / PACK_FILE)
        return self._pack

    def _entry(self, key: str) -> str:
        """The entry file of ``key`` as a plain string (asked once per document, on the hot path)."""
        return os.path.join(self._root, key[:2], key + ".json.gz")

    def _path(self, key: str) -> Path:
        return Path(self._entry(key))

    def keys(self, documents: Sequence[Document]) -> list[str]:
        """The cache key of each document (:func:`document_key` with this cache's model)."""
        keys = [document_key(d, self.model) for d in documents]
        self._keys.update(zip((d.id for d in documents), keys, strict=True))
        return keys

    def document_keys(self) -> Mapping[str, str]:
        """Document id -> key, of the documents :meth:`keys` was asked about (read only)."""
        return MappingProxyType(self._keys)

    def stored(self, keys: Sequence[str]) -> list[bool]:
        """Whether an entry exists for each key (a file check, nothing read: an entry that turns
        out unreadable is still a miss when :meth:`get_many` reads it). Absent ones count as misses."""
        packed = self._packed()
        found = [key in packed or os.path.exists(self._entry(key)) for key in keys]
        self.misses += found.count(False)
        return found

    def get(
        self, document: Document, key: str | None = None, *, timexes: bool = True
    ) -> DocumentAnalysis | None:
        """The cached analysis of ``document`` (with ``document`` itself put back), or None.
        ``key``: the document's key, if it was computed already (:meth:`keys`). ``timexes`` False:
        the analysis comes without its time expressions (empty), which the global step never reads
        (they are a quarter of the decoding); its entry is unchanged."""
        if key is None:
            key = document_key(document, self.model)
        packed = self._packed().get(key)
        if packed is not None:
            where = f"{self.root / PACK_FILE} (entry {key})"
            analysis = self._decode(packed[0], document, where, packed[1], timexes=timexes)
            if analysis is not None:
                self._raw[key] = packed
                self.hits += 1
                return analysis
        path = self._entry(key)
        try:
            raw = _read_entry(path)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, EOFError, zlib.error) as exc:
            log.warning("ignoring unreadable cache entry %s: %s", path, exc)
            self.misses += 1
            return None
        analysis = self._decode(raw, document, path, timexes=timexes)
        if analysis is None:
            self.misses += 1
            return None
        self._raw[key] = raw, None
        self.hits += 1
        return analysis

    @staticmethod
    def _decode(
        raw: bytes | memoryview,
        document: Document,
        where: str,
        crc: int | None = None,
        *,
        timexes: bool = True,
    ) -> DocumentAnalysis | None:
        """The analysis of ``document`` in the JSON ``raw`` (whose CRC-32 must be ``crc``, if
        given), or None (logged) when it is not one; without its timexes unless ``timexes``."""
        if crc is not None and zlib.crc32(raw) != crc:
            log.warning("ignoring cache entry %s: its checksum does not match", where)
            return None
        try:
            data = orjson.loads(raw)  # what _json.loads does, on a slice of a pack too
        except ValueError as exc:
            log.warning("ignoring unreadable cache entry %s: %s", where, exc)
            return None
        if not timexes and isinstance(data, dict):
            data["timexes"] = []
        try:
            # the stored document (the same, but for its path) is not decoded: ``document`` replaces
            # it, once its id is checked (an entry of another document is unreadable here)
            return analysis_from_json(data, document=document)
        except (ValueError, SerializationError) as exc:
            log.warning("ignoring unreadable cache entry %s: %s", where, exc)
            return None

    def get_many(
        self,
        documents: Sequence[Document],
        *,
        keys: Sequence[str] | None = None,
        only: Sequence[bool] | None = None,
        timexes: bool = True,
    ) -> dict[int, DocumentAnalysis]:
        """The cached analyses among ``documents``, by their index in it (misses left out).

        ``keys``: the documents' keys, if computed already; ``only``: look up just the documents
        marked True (e.g. those :meth:`stored` found), the others count as neither hit nor miss;
        ``timexes``: see :meth:`get`.
        """
        found: dict[int, DocumentAnalysis] = {}
        with gc_paused():
            for i, document in enumerate(documents):
                if only is not None and not only[i]:
                    continue
                hit = self.get(document, keys[i] if keys is not None else None, timexes=timexes)
                if hit is not None:
                    found[i] = hit
        return found

    def put(self, analysis: DocumentAnalysis) -> Path:
        """Store an analysis (atomically); returns the entry's path."""
        key = document_key(analysis.document, self.model)
        data = gzip.compress(_json.dumps(analysis_to_json(analysis)), compresslevel=5, mtime=0)
        return atomic_write_bytes(self._path(key), data, durable=False)

    def write_pack(self, documents: Sequence[Document]) -> Path | None:
        """Write the pack of ``documents``' analyses (those read through this cache, and those just
        stored in it by whichever process analysed them), atomically, replacing the previous pack.

        Returns its path, or None when it could not be written (logged: the pack only saves time).
        Documents without a readable entry are left out (the next build reads or analyses them).
        """
        index: list[tuple[str, int, int, int]] = []
        blobs: list[bytes | memoryview] = []
        offset = 0
        known = self._keys
        for key in dict.fromkeys(known.get(d.id) or document_key(d, self.model) for d in documents):
            raw, crc = self._raw.get(key) or (None, None)
            if raw is None:
                try:
                    raw = _read_entry(self._entry(key))
                except (OSError, EOFError, zlib.error):
                    continue
            index.append((key, offset, len(raw), zlib.crc32(raw) if crc is None else crc))
            blobs.append(raw)
            offset += len(raw)
        header = _json.dumps({"model": self.model, "entries": index})
        try:
            return atomic_write_bytes(
                self.root / PACK_FILE, b"".join([PACK_MAGIC, header, b"\n", *blobs]), durable=False
            )
        except GraphbuildError as exc:
            log.warning("could not write the analysis pack: %s", exc)
            return None


def write_pack_timed(cache: AnalysisCache, documents: Sequence[Document]) -> tuple[str | None, float]:
    """:meth:`AnalysisCache.write_pack` of ``documents``, as a forked child returns it (see
    :func:`graphbuild._fork.start`): the pack's path (None when it could not be written) and the
    seconds it took."""
    t = time.perf_counter()
    with gc_paused():
        written = cache.write_pack(documents)
    return (str(written) if written is not None else None), time.perf_counter() - t


def _read_entry(path: str) -> bytes:
    """The JSON of the cache entry file ``path`` (one gzip member, CRC checked)."""
    with open(path, "rb") as fh:
        return zlib.decompress(fh.read(), wbits=_GZIP)


def _read_pack(path: Path) -> dict[str, tuple[memoryview, int]]:
    """The entries of the pack ``path`` by key, each with its CRC-32; empty (logged unless absent)
    when the file cannot be used."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        log.warning("ignoring the analysis pack %s: %s", path, exc)
        return {}
    try:
        if not data.startswith(PACK_MAGIC):
            raise ValueError("not an analysis pack of this version")
        end = data.index(b"\n", len(PACK_MAGIC))
        header = _json.loads(data[len(PACK_MAGIC) : end])
        body = memoryview(data)[end + 1 :]
        out: dict[str, tuple[memoryview, int]] = {}
        for key, start, length, crc in header["entries"]:
            if not (type(key) is str and type(start) is int and type(length) is int and type(crc) is int):
                raise ValueError("bad entry")
            if start < 0 or length < 0 or start + length > len(body):
                raise ValueError(f"entry {key} lies outside the file")
            out[key] = body[start : start + length], crc
        return out
    except (ValueError, TypeError, KeyError) as exc:
        log.warning("ignoring the analysis pack %s: %s", path, exc)
        return {}


#: File in a build's output directory listing its inputs, so ``build --into`` can extend it.
INPUTS_FILE = ".graphbuild-inputs.json"
INPUTS_FORMAT = 1


def record_inputs(out_dir: str | Path, paths: Sequence[str | Path], doc_ids: Sequence[str]) -> Path:
    """Write OUT/.graphbuild-inputs.json: the input paths (absolute, and as given) and the documents
    built from them."""
    data = {
        "format": INPUTS_FORMAT,
        "pipeline_version": PIPELINE_VERSION,
        "inputs": [str(Path(p).resolve()) for p in paths],
        "given": [str(p) for p in paths],
        "documents": sorted(doc_ids),
    }
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    return atomic_write_bytes(Path(out_dir) / INPUTS_FILE, text.encode("utf-8"))


def recorded_inputs(out_dir: str | Path) -> list[Path]:
    """The input paths of the build in ``out_dir``; :class:`~graphbuild.errors.GraphbuildError` if unknown.

    Each path is the one given to that build when it still names the same file from the current
    directory (documents record their path as given, so ``--into`` run from where the first build
    ran gives the graph of a full build with the same arguments), else its absolute path.
    """
    path = Path(out_dir) / INPUTS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GraphbuildError(
            f"{out_dir} holds no record of a previous build ({INPUTS_FILE}); build it with --out first"
        ) from exc
    except (OSError, ValueError) as exc:
        raise GraphbuildError(f"{path}: unreadable: {exc}") from exc
    inputs = data.get("inputs") if isinstance(data, dict) else None
    if not isinstance(inputs, list) or not all(isinstance(p, str) for p in inputs):
        raise GraphbuildError(f"{path}: no list of inputs")
    given = data.get("given")
    if not isinstance(given, list) or len(given) != len(inputs) or not all(isinstance(g, str) for g in given):
        given = inputs  # written before the paths as given were recorded
    out = []
    for absolute, as_given in zip(inputs, given, strict=True):
        try:
            same = Path(as_given).resolve() == Path(absolute)
        except (OSError, RuntimeError):  # a symlink loop, an unreadable directory on the way
            same = False
        out.append(Path(as_given) if same else Path(absolute))
    return out


def extend_inputs(previous: Sequence[Path], new: Sequence[Path]) -> list[Path]:
    """Previous inputs then the new ones, each file once (a rebuilt file keeps its place and the first
    spelling of its path)."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in [*previous, *new]:
        key = Path(p).resolve()
        if key not in seen:
            seen.add(key)
            out.append(Path(p))
    return out
