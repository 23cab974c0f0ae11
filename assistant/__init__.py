"""Chat assistant over Chinese policy documents: cited answers, offline by default."""

import os

# Native thread pools read these once, at import: set them before numpy/torch load. On a
# 2-core machine BLAS threads fighting the embedding threads tripled retrieval latency.
_blas_threads = os.environ.get("ASSISTANT_BLAS_THREADS", "1")
for _variable in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_variable, _blas_threads)
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")  # chromadb: no network calls
os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no hub here; local paths and packaged models only

__version__ = "0.1.0"
