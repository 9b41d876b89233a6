"""The web layer: one FastAPI application serving the REST API (``/api/``) and the pages.

``recoupe serve`` calls :func:`serve`; tests build the application with :func:`create_app`.
"""

from recoupe.web.app import create_app, serve

__all__ = ["create_app", "serve"]
