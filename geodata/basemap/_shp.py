"""Minimal ESRI shapefile + dBASE reader (polygons and polylines only).

Enough for the Natural Earth files used by build.py; avoids a dependency.
"""

from __future__ import annotations

import struct
from pathlib import Path


def read_dbf(path: Path) -> list[dict]:
    data = Path(path).read_bytes()
    nrec, hlen, rlen = struct.unpack("<IHH", data[4:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0")[0].decode("ascii")
        ftype = chr(data[pos + 11])
        flen = data[pos + 16]
        fields.append((name, ftype, flen))
        pos += 32
    records = []
    for i in range(nrec):
        off = hlen + i * rlen
        rec = data[off : off + rlen]
        if rec[:1] == b"*":  # deleted
            records.append(None)
            continue
        p = 1
        row = {}
        for name, ftype, flen in fields:
            raw = rec[p : p + flen]
            p += flen
            txt = raw.decode("utf-8", errors="replace").strip()
            if ftype in "NF":
                try:
                    row[name] = float(txt) if txt else None
                except ValueError:
                    row[name] = None
            else:
                row[name] = txt
        records.append(row)
    return records


def read_shp(path: Path) -> list[tuple[int, list[list[tuple[float, float]]]]]:
    """Return a list of (shape_type, parts) with parts = list of point lists."""
    data = Path(path).read_bytes()
    pos = 100
    out = []
    while pos + 8 <= len(data):
        _num, clen = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + clen * 2]
        pos += 8 + clen * 2
        stype = struct.unpack("<i", body[:4])[0]
        if stype == 0:
            out.append((0, []))
            continue
        if stype not in (3, 5, 13, 15, 23, 25):
            raise ValueError(f"unsupported shape type {stype}")
        nparts, npts = struct.unpack("<ii", body[36:44])
        parts_idx = list(struct.unpack(f"<{nparts}i", body[44 : 44 + 4 * nparts]))
        p0 = 44 + 4 * nparts
        coords = struct.unpack(f"<{2 * npts}d", body[p0 : p0 + 16 * npts])
        pts = list(zip(coords[0::2], coords[1::2], strict=True))
        parts_idx.append(npts)
        parts = [pts[parts_idx[k] : parts_idx[k + 1]] for k in range(nparts)]
        out.append((stype % 10, parts))
    return out
