"""Write the export files: CSV, Parquet and Excel, each renamed into place when complete."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from privacykit.sample.exports import COMPANY, EXPORTS, Export
from privacykit.schema.canonical import TABLES

CSV_BATCH = 250_000  # rows turned into CSV text at a time
FIXED_TIME = dt.datetime(2026, 10, 1)  # Excel metadata and zip entry times: never the clock


class ExportWriter:
    """One export being written: to a temp file beside it, renamed into place at the end."""

    def __init__(self, root: Path, export: Export) -> None:
        self.export = export
        self.path = root / export.path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(f".{self.path.name}.tmp")
        self.schema = pa.schema([(c, export.types.get(c, pa.string())) for c in export.header])
        self.rows = 0
        self._sheet: list[Any] = []
        self._parquet: Any = None
        self._file: Any = None
        if export.kind == "parquet":
            self._parquet = pq.ParquetWriter(self.tmp, self.schema)
        elif export.kind == "csv":
            self._file = self.tmp.open("wb")
            head = export.delimiter.join(export.header) + export.eol
            self._file.write((b"\xef\xbb\xbf" if export.bom else b"") + self._encode(head))

    def write(self, columns: Mapping[str, Any]) -> None:
        """Append rows given as column name -> Arrow array or list (absent columns: empty)."""
        n = len(next(iter(columns.values())))
        arrays = [_as_array(columns.get(f.name), n, f.type) for f in self.schema]
        if self._parquet is not None:
            self._parquet.write_table(pa.Table.from_arrays(arrays, schema=self.schema))
        elif self._file is not None:
            for at in range(0, n, CSV_BATCH):  # bounded temporaries, whatever the chunk size
                part = [a.slice(at, CSV_BATCH) for a in arrays]
                self._file.write(self._encode(_csv_text(part, self.export)))
        else:
            self._sheet.append(pa.Table.from_arrays(arrays, schema=self.schema))
        self.rows += n

    def _encode(self, text: str | memoryview) -> bytes | memoryview:
        data = text.encode("utf-8") if isinstance(text, str) else text
        encoding = str(self.export.options.get("encoding", "utf-8"))
        return data if encoding == "utf-8" else bytes(data).decode("utf-8").encode(encoding)

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        elif self._file is not None:
            self._file.close()
        else:
            self.tmp.write_bytes(_xlsx(self._sheet, self.export))
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        for handle in (self._parquet, self._file):
            if handle is not None:
                handle.close()
        self.tmp.unlink(missing_ok=True)


Writers = dict[str, ExportWriter]
Places = dict[str, tuple[str, int]]  # "table:key" -> (file, 1-based data row)


@contextmanager
def open_writers(root: Path) -> Iterator[Writers]:
    """Open every export; on success rename each into place, on failure remove the temps."""
    outs = {name: ExportWriter(root, e) for name, e in EXPORTS.items()}
    try:
        yield outs
    except BaseException:
        for o in outs.values():
            o.abort()
        raise
    for o in outs.values():
        o.close()


def _as_array(value: Any, n: int, kind: Any) -> Any:
    if value is None:
        return pa.nulls(n, kind)
    if isinstance(value, pa.Array):
        return value if value.type == kind else value.cast(kind)
    return pa.array(value, kind)


def _csv_text(arrays: list[Any], export: Export) -> memoryview:
    """Return CSV lines, quoting only the fields that need it, as most exporting systems do.

    The lines are joined by Arrow kernels and handed over as a view of the string buffer.
    """
    delim = export.delimiter
    cells = []
    for a in arrays:
        text = pc.fill_null(a, "")
        needs = pc.match_substring_regex(text, f'[{delim}"\r\n]')
        quoted = pc.binary_join_element_wise('"', pc.replace_substring(text, '"', '""'), '"', "")
        cells.append(pc.if_else(needs, quoted, text))
    lines = pc.binary_join_element_wise(pc.binary_join_element_wise(*cells, delim), "", export.eol)
    buffers = lines.buffers()
    offsets = np.frombuffer(buffers[1], np.int32)[lines.offset : lines.offset + len(lines) + 1]
    return memoryview(buffers[2])[int(offsets[0]) : int(offsets[-1])]


def _xlsx(tables: list[Any], export: Export) -> bytes:
    """Return the sheet as an .xlsx file with fixed metadata and zip times (byte-identical)."""
    import openpyxl
    from openpyxl.writer.excel import ExcelWriter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = str(export.options.get("sheet", "Sheet1"))
    sheet.append(list(export.header))
    for table in tables:
        for row in table.to_pylist():
            sheet.append([row[h] for h in export.header])
    book.properties.creator = COMPANY
    book.properties.created = book.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    ExcelWriter(book, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    fixed = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin,
        zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(entry, zin.read(info.filename))
    return fixed.getvalue()


def put_rows(w: Writers, name: str, rows: list[dict[str, Any]], places: Places) -> None:
    """Write literal rows; remember where each record landed (file, 1-based data row).

    ``places`` is keyed 'table:key' by the canonical table's key (contact_id, consent_id, ...).
    """
    e = EXPORTS[name]
    w[name].write({h: [r.get(h) for r in rows] for h in e.header})
    key = e.columns.get(TABLES[e.table].key or "")
    for i, r in enumerate(rows, start=1):
        if key and r.get(key):
            places[f"{e.table}:{r[key]}"] = (e.path, i)
