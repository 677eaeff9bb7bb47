"""Running the front of the pipeline (ingest, pre-annotation) at archive scale.

* :mod:`.runner` runs one function over shards of work, in this process or on a Dask
  cluster (a local one, or an existing one given by its scheduler address), and hands
  the results back in the order of the shards, so that the files written are the same
  bytes whichever way they were computed.
* :mod:`.shards` cuts a stream of records into shards and reads and writes JSONL record
  files that are either one file or a directory of numbered shard files, streamed a
  line at a time.

Dask (``dask[distributed]``, the ``cluster`` extra) is imported only when a cluster is
asked for. How to run on SLURM or Kubernetes: ``docs/cluster.md``.
"""

from __future__ import annotations

from .runner import InProcess, Runner, open_runner
from .shards import RecordWriter, chunked, count_records, record_files

__all__ = [
    "InProcess",
    "RecordWriter",
    "Runner",
    "chunked",
    "count_records",
    "open_runner",
    "record_files",
]
