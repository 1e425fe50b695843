"""The same corpus run on a Dask cluster (2 worker processes) gives exactly the single-process result."""

from __future__ import annotations

from pathlib import Path

import pytest

from diffsrc.corpus.output import summary_rows
from diffsrc.corpus.run import run_corpus
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
            address = client.scheduler.address
            docs, _ = load_documents([SEEDS])
            distributed = run_corpus(docs, options=CorpusOptions(scheduler=address))
            assert len(client.scheduler_info()["workers"]) == 2
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
