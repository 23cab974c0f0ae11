"""`python -m assistant.indexing`: the background embedder `backfill.launch` starts; its
settings come from the environment (`Settings.as_environment`)."""

from assistant.indexing.index import Index
from assistant.settings import load_settings


def main() -> None:
    index = Index(load_settings())
    try:
        computed = index.embed_pending(progress=False)
        print(f"semantic ranking ready: {computed} passages embedded (the rest came from the cache)", flush=True)
    finally:
        index.close()


if __name__ == "__main__":
    main()
