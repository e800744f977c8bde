"""What a run read and ran with: the inputs' SHA-256 and rows, library versions, lessons.

The manifest and the report's appendix list every input file with its hash and its row
accounting (read = loaded + quarantined), so a reader can tell exactly which exports were
audited. A SQL source is identified by its URL (never with a password) and its query's hash.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

from privacykit.audit.result import InputFile
from privacykit.engine import Engine
from privacykit.schema.load import LoadReport
from privacykit.schema.mapping import Source

LIBRARIES = (
    "duckdb", "ibis-framework", "pandas", "pyarrow", "sqlglot", "phonenumbers", "holidays",
    "papermill", "nbconvert", "nbclient", "ipykernel", "jinja2", "pyyaml", "sqlalchemy",
    "pyspark",
)  # fmt: skip
CHUNK = 1 << 20
LESSONS = Path(__file__).resolve().parents[2] / "notebooks"


def sha256_file(path: Path) -> tuple[str, int]:
    """Return the SHA-256 (hex) and size of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def hash_inputs(sources: tuple[Source, ...], load: LoadReport) -> tuple[InputFile, ...]:
    """Return one InputFile per file read (a folder source: each of its files)."""
    counts = {(c.table, c.source): c for c in load.counts}
    out = []
    for src in sources:
        c = counts.get((src.table, src.label))
        read, loaded, quarantined = (c.read, c.loaded, c.quarantined) if c else (0, 0, 0)
        if src.url is not None:
            query = (src.query or "").encode()
            out.append(
                InputFile(src.table, src.label, shown_url(src.url),
                          hashlib.sha256(query).hexdigest(),
                          len(query), read, loaded, quarantined)
            )  # fmt: skip
            continue
        files = src.files or (src.path,)
        for i, f in enumerate(files):
            digest, size = sha256_file(f) if f.is_file() else ("", 0)
            # A folder's row counts are the source's; they are given once, on its first file.
            first = i == 0
            out.append(
                InputFile(src.table, src.label, str(f), digest, size,
                          read if first else 0, loaded if first else 0,
                          quarantined if first else 0)
            )  # fmt: skip
    return tuple(out)


def canonical_inputs(engine: Engine) -> tuple[InputFile, ...]:
    """Return one InputFile per canonical table read: its path, SHA-256 (a local file) and rows.

    A folder of part files, or a table on remote storage, is not hashed (its ``sha256`` is
    empty): the report lists the path and the rows counted by the engine.
    """
    out = []
    for name, path in engine.found.items():
        local = Path(path.removeprefix("file://"))
        remote = "://" in path and not path.startswith("file://")
        digest, size = sha256_file(local) if not remote and local.is_file() else ("", 0)
        rows = int(engine.tables[name].count().to_pyarrow().as_py())
        shown = shown_location(path) if remote else path
        out.append(InputFile(name, f"canonical {name}", shown, digest, size, rows, rows, 0))
    return tuple(out)


def shown_location(uri: str) -> str:
    """Return a storage URI as outputs show it: no user, password, query or fragment."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        u = urlsplit(uri)
        host = u.hostname or ""
        netloc = f"{host}:{u.port}" if u.port else host
        return urlunsplit((u.scheme, netloc, u.path, "", ""))
    except ValueError:
        return "(storage)"


def shown_url(url: str) -> str:
    """Return a database URL as outputs show it: no password, no query string (it may hold a
    token)."""
    from sqlalchemy.engine import make_url

    try:
        return str(make_url(url).set(query={}).render_as_string(hide_password=True))
    except Exception:  # an unparseable URL was refused by the mapping; show nothing of it
        return "(database)"


def library_versions(holidays_version: str = "") -> dict[str, str]:
    """Return the installed version of each library the audit depends on."""
    out = {}
    for name in LIBRARIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    if holidays_version:
        out["holidays calendar"] = holidays_version
    return out


def find_lessons(folder: Path = LESSONS) -> dict[str, tuple[str, str]]:
    """Return rule id -> (lesson title, path) from the lessons' notebook metadata.

    A lesson names the rules it teaches in its metadata (``privacykit: {title, rules}``);
    a rule no lesson names has no entry, so the report never links to a lesson that is absent.
    """
    out: dict[str, tuple[str, str]] = {}
    if not folder.is_dir():
        return out
    for nb in sorted(folder.glob("*.ipynb")):
        try:
            meta = json.loads(nb.read_text(encoding="utf-8")).get("metadata", {})
        except (OSError, ValueError):
            continue
        kit = meta.get("privacykit") if isinstance(meta, dict) else None
        if not isinstance(kit, dict):
            continue
        title = str(kit.get("title") or nb.stem)
        for rule_id in kit.get("rules") or []:
            out.setdefault(str(rule_id), (title, f"notebooks/{nb.name}"))
    return out
