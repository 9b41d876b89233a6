"""recoupe: cross-check the news.

The package is a pipeline of small stages, each a plain module with typed data in and out:

    sources (read inputs) -> parse (fields, boilerplate) -> enrich (spaCy) -> store

``recoupe.pipeline`` runs them; ``recoupe.cli`` is a thin layer over ``pipeline`` and ``store``.
"""

__version__ = "0.1.0"
