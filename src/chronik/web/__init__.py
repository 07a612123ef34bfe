"""The web interface and JSON API over a chronik store (`chronik serve`).

`create_app(db_path, ...)` in `chronik.web.app` builds the FastAPI application: server-rendered
pages (Jinja2, autoescaped, every asset local) and a JSON API that mirrors the CLI.
"""
