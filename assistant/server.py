"""Serving the web UI and the HTTP API: where it may bind, and what is ready before it does.

A host other than loopback is refused unless both the API token and the UI password are set:
the assistant exposes every indexed document, so it is never served openly by accident.
"""

from __future__ import annotations

import sys

from assistant.settings import Settings

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def binding_refusal(host: str, settings: Settings) -> str | None:
    """Why serving on `host` with these settings is refused, or None when it may."""
    public = host not in LOOPBACK and not host.startswith("127.")
    if public and not (settings.api_token and settings.ui_password):
        return (f"refusing to serve on {host} without authentication: set ASSISTANT_API_TOKEN (API clients send "
                "`Authorization: Bearer <token>`) and ASSISTANT_UI_PASSWORD (web UI login, user ASSISTANT_UI_USER), "
                "or bind 127.0.0.1")
    return None


def serve(assistant, host: str, port: int) -> int:
    """Index an empty index first, resume background embedding, then serve until stopped
    (exit status 2 when the binding is refused). Progress lines go to stderr."""
    import uvicorn

    from assistant.ui.app import create_app

    if refusal := binding_refusal(host, assistant.settings):
        print(refusal, file=sys.stderr)
        return 2
    if assistant.is_empty():
        report = assistant.index_paths(progress=sys.stderr.isatty())
        print(f"index: {report.summary()}", file=sys.stderr)
    if assistant.start_embedding():
        print("embedding the passages a keyword-first run left, in the background; keyword search works meanwhile",
              file=sys.stderr)
    print(f"政策文件问答助手: http://{host}:{port}/  (API: http://{host}:{port}/docs)", file=sys.stderr)
    uvicorn.run(create_app(assistant), host=host, port=port, log_level="warning")
    return 0
