"""Writing a file so that readers see the old content or the whole new one, never half of it.

Every layer writes files this way (PDFs, drafts, settings, certificates): a temporary file in the same
folder, flushed to disk, then ``os.replace``. Standard library only, so any layer may use it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path | str, data: bytes | str, *, encoding: str = "utf-8", sync: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically (creating the folder); raises ``OSError`` on failure, when the
    old file, if any, is left as it was and no temporary file remains. ``sync=False``: no fsync before the
    rename — readers still see the old or the whole new content, but after a power cut the file may be
    empty until the caller has synced it (for files a batch syncs in the background)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode(encoding) if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path
