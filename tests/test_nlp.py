from __future__ import annotations

from graphbuild.nlp import is_hard_wrapped


def test_headline_is_its_own_sentence(nlp):
    doc = nlp(
        "Minister says talks will resume\nThe minister told reporters on Friday that talks would resume."
    )
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Minister says talks will resume"


def test_hard_wrapped_copy_keeps_sentences_across_lines(nlp):
    lines = [
        "The central bank said on Tuesday that it would keep its main",
        "interest rate unchanged for the third month in a row, citing",
        "stable prices and a slowdown in lending to small companies and",
        "households across the country, officials told a news briefing",
        "in the capital after the meeting of the monetary committee.",
    ]
    text = "\n".join(lines)
    assert is_hard_wrapped(text)
    doc = nlp(text)
    assert len(list(doc.sents)) == 1


def test_paragraph_text_is_not_hard_wrapped():
    text = "\n".join(
        ["A headline without a stop"]
        + ["A full paragraph of prose that runs on well past the width of wire copy, ending properly."] * 5
    )
    assert not is_hard_wrapped(text)


def test_pipeline_has_the_line_component_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("graphbuild_line_sentences") < names.index("parser")


def test_installed_model_version_is_the_loaded_pipelines_without_loading_it(nlp):
    """Cache keys of a build that needs no parsing come from the package's meta.json: they must be
    the keys the loaded pipeline gives, or every cached analysis would be missed."""
    from graphbuild.nlp import installed_model_version, model_version

    assert installed_model_version() == model_version(nlp)
    assert installed_model_version().startswith("en_core_web_sm")


def test_an_interrupt_during_the_model_load_lands_after_it():
    """Ctrl-C inside spaCy's import could be swallowed by the module it lands in (the build then
    went on) or leave a half-imported module: it is held back and raised once the load is done."""
    import os
    import signal

    import pytest

    from graphbuild.nlp import _interrupts_deferred

    if not hasattr(signal, "pthread_sigmask"):
        pytest.skip("POSIX signal masks only")
    reached_end = interrupted = False
    # a runner started in the background inherits SIGINT ignored; Ctrl-C's own handler is under test
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with _interrupts_deferred():
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):  # many bytecode boundaries: a delivered signal would raise here
                pass
            reached_end = True
        for _ in range(1000):  # the held-back interrupt is raised by here at the latest
            pass
    except KeyboardInterrupt:
        interrupted = True
    finally:
        signal.signal(signal.SIGINT, previous)
    assert reached_end and interrupted


def test_default_processes_counts_documents_and_characters(monkeypatch):
    """Few but long articles are worth a second process too (295 Wikinews articles: 75 s in one
    process, 42 s in two); a handful of short ones never are."""
    import doctest

    from graphbuild import nlp as nlp_module
    from graphbuild.nlp import MIN_CHARS_PER_PROCESS, MIN_DOCS_PER_PROCESS, default_processes

    monkeypatch.setattr(nlp_module.os, "cpu_count", lambda: 2)
    assert default_processes(5, 30_000) == 1  # the seeds
    assert default_processes(295, 1_319_322) == 2  # Wikinews: long articles
    assert default_processes(2 * MIN_DOCS_PER_PROCESS, 0) == 2  # many short ones
    assert default_processes(2 * MIN_DOCS_PER_PROCESS - 1, 2 * MIN_CHARS_PER_PROCESS - 1) == 1
    assert default_processes(10_000, 10**9) == 2  # never more than the cores
    monkeypatch.setattr(nlp_module.os, "cpu_count", lambda: None)
    assert default_processes(10_000, 10**9) == 1
    assert doctest.testmod(nlp_module).failed == 0
