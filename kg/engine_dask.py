"""The Dask engine: article parts computed on a Dask distributed cluster.

``DaskEngine(address)`` connects to a running scheduler (``dask scheduler`` plus
``dask worker`` processes on any number of machines, each with kg installed); without an
address it starts a LocalCluster of ``workers`` processes on this machine. Tasks carry the
article bytes, not paths, so workers need no shared file system; each worker loads the
extractor once and keeps it. Results come back in input order (see :mod:`kg.parallel`).
"""

from __future__ import annotations

from kg.errors import KgError
from kg.parallel import Engine
from kg.parts import article_part

__all__ = ["DaskEngine"]


class DaskEngine(Engine):
    """A Dask ``Client``: to ``scheduler`` if given, else to a new LocalCluster.

    ``processes=False`` runs the LocalCluster's workers as threads in this process (for tests).
    """

    def __init__(self, scheduler: str | None = None, *, workers: int = 1, processes: bool = True) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise KgError("the Dask engine needs dask[distributed]: pip install 'kg[dask]'") from None
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="30s")
            else:
                # threads share one extractor, which is not thread-safe: one worker without processes
                self._cluster = LocalCluster(n_workers=workers if processes else 1, threads_per_worker=1, processes=processes,
                                             dashboard_address=None)
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            if self._cluster is not None:
                self._cluster.close()
            raise KgError(f"cannot connect to the Dask scheduler {scheduler!r}: {exc}") from None
        self.workers = max(1, len(self._client.scheduler_info(n_workers=-1).get("workers", {})) or workers)

    def map(self, tasks):
        if not tasks:
            return []
        raws, names = zip(*tasks)
        futures = self._client.map(article_part, raws, names, pure=False)
        try:
            return self._client.gather(futures)
        finally:
            for f in futures:
                f.release()

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
