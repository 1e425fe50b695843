"""The same corpus run on a Dask cluster (2 worker processes) gives exactly the single-process result."""

from __future__ import annotations

from pathlib import Path

import pytest

from diffsrc.corpus.output import summary_rows
from diffsrc.corpus.run import FileSource, run_corpus
from diffsrc.document import load_documents
from diffsrc.settings import CorpusOptions

SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")


@pytest.mark.slow
def test_dask_local_cluster_gives_identical_results():
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    docs, _ = load_documents([SEEDS])
    single = run_corpus(docs)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            # Both workers up before the run, so that it is spread over two processes (a timeout fails the test).
            # Counted after the run instead, a machine under load once read none (stop 41's suite; most likely the
            # workers reconnecting after a missed heartbeat), which says nothing about the run's results.
            client.wait_for_workers(2, timeout=120)
            address = client.scheduler.address
            docs, _ = load_documents([SEEDS])
            distributed = run_corpus(docs, options=CorpusOptions(scheduler=address))
    assert distributed.graph == single.graph
    assert distributed.files == single.files
    assert distributed.lineage.rows == single.lineage.rows
    assert summary_rows(distributed) == summary_rows(single)


def test_an_unreachable_scheduler_is_a_worker_error():
    pytest.importorskip("dask.distributed")
    from diffsrc.errors import WorkerError

    docs, _ = load_documents([SEEDS])
    with pytest.raises(WorkerError, match="cannot reach the Dask scheduler"):
        run_corpus(docs, options=CorpusOptions(scheduler="tcp://127.0.0.1:9", connect_timeout=1))


def test_dask_not_installed_is_said_to_a_library_caller_without_a_command_line_option(monkeypatch):
    import sys

    from diffsrc.errors import WorkerError

    # A re-test: the library's error read "--scheduler: Dask is not installed", an option a caller of run_corpus
    # never gave.
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if not installed: importing it fails
    docs, _ = load_documents([SEEDS])
    with pytest.raises(WorkerError) as raised:
        run_corpus(docs, options=CorpusOptions(scheduler="local"))
    assert str(raised.value) == "Dask is not installed: pip install 'diffsrc[dask]'"


def _file_sources(folder: str) -> list[FileSource]:
    from diffsrc.load.paths import document_ids, expand_paths

    files, _ = expand_paths([folder])
    ids = document_ids(files)
    return [FileSource(f, ids[f]) for f in files]


@pytest.mark.slow
def test_files_read_by_the_workers_give_the_in_memory_result_locally_and_on_dask(monkeypatch):
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    monkeypatch.chdir(Path(SEEDS).parent)  # relative paths: Dask workers open absolute ones, reports keep these
    docs, _ = load_documents(["seeds"])
    single = run_corpus(docs)
    local = run_corpus(_file_sources("seeds"), options=CorpusOptions(jobs=2))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            remote = run_corpus(_file_sources("seeds"), options=CorpusOptions(scheduler=client.scheduler.address))
    for other in (local, remote):
        assert other.graph == single.graph
        assert other.files == single.files
        assert other.lineage.rows == single.lineage.rows
        assert summary_rows(other) == summary_rows(single)


def test_tasks_carry_references_to_files_not_their_text(monkeypatch):
    import pickle

    from diffsrc.workers import Workers

    sent: list[bytes] = []
    original = Workers.map

    def recording(self, func, arg_lists, **kw):
        arg_lists = list(arg_lists)
        sent.extend(pickle.dumps(args) for args in arg_lists)
        return original(self, func, arg_lists, **kw)

    monkeypatch.setattr(Workers, "map", recording)
    result = run_corpus(_file_sources(SEEDS))
    assert result.candidate_pairs and len(sent) >= 2  # the documents were summarised, then pairs compared
    sentence = next(iter(result.docs[0].sentences)).encode("utf-8")
    assert not any(sentence in payload for payload in sent)


def test_files_read_in_the_workers_give_what_documents_loaded_here_give(tmp_path):
    """Records of a JSON Lines file (carried with the tasks), a record id taken by an earlier file (prefixed with
    its file's id), an empty record and a page of chrome only (skipped), a manifest matched by id and by path:
    streamed through the workers as `write_corpus` does, the run equals the one on documents loaded here."""
    import json

    from diffsrc.corpus.output import write_corpus
    from diffsrc.load.manifest import apply_manifest

    from .corpus_fixtures import page, seed_sentences

    wire, other = list(seed_sentences("004")), list(seed_sentences("003"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(page(wire[:10], credit="AP"), encoding="utf-8")
    # Reprints of a.txt (near-duplicates, matched to it without alignment), one keeping the agency's credit.
    (folder / "a2.txt").write_text(page(wire[:10]), encoding="utf-8")
    (folder / "a3.txt").write_text(page(wire[:10] + ["Read more of our coverage online today."], credit="AP"),
                                   encoding="utf-8")
    records = [{"id": "a.txt", "text": page(wire[:6] + other[:6])}, {"text": page(other[:10] + wire[8:10])},
               {"id": "blank", "text": "   "}]
    (folder / "b.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (folder / "c.txt").write_text("Home\n\nShare this article\n\nRead more\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"id,path,date,outlet\na.txt,,2025-10-20,Wire Service\n,{folder / 'c.txt'},2025-10-23,\n"
                        "b.jsonl:a.txt,,2025-10-21,Herald\n", encoding="utf-8")
    streamed = write_corpus([str(folder)], tmp_path / "out", options=CorpusOptions(jobs=2), manifest=str(manifest))
    docs, skipped = load_documents([str(folder)], check=False)
    apply_manifest(docs, str(manifest))
    loaded = run_corpus(docs, skipped=skipped)
    assert sorted(d.id for d in streamed.docs) == ["a.txt", "a2.txt", "a3.txt", "b.jsonl:2", "b.jsonl:a.txt"]
    copies = {(r["source"], r["target"]): r for r in summary_rows(streamed) if r["near_duplicate"]}
    assert len(copies) == 2 and {r["unattributed_reuse"] for r in copies.values()} == {True, False}
    assert set(streamed.skipped) == set(loaded.skipped) and len(streamed.skipped) == 2
    assert streamed.graph == loaded.graph and streamed.graph["edges"]
    assert summary_rows(streamed) == summary_rows(loaded)
    assert streamed.lineage.rows == loaded.lineage.rows
    written = {p.relative_to(tmp_path / "out").as_posix(): p.read_text(encoding="utf-8")
               for p in (tmp_path / "out" / "pairs").iterdir()}
    assert written == loaded.files
