"""The serif family every document is set in, registered with reportlab under our own names.

Times New Roman when the system has all four styles with every Vietnamese letter (Windows always
does); otherwise Noto Serif from the PyPI package ``fontpkg-noto-serif``. That package ships variable
fonts, which reportlab cannot embed, so the first call makes four static instances with fontTools'
instancer (≈ 15 s) and keeps them in a per-user cache (``SOTHON_FONT_CACHE`` or
``user_cache_dir("sothon")/fonts``), keyed by the package's version; later calls only read them.

Each instance gets its own family, full and PostScript name: with the variable font's names left in
place, viewers and reportlab's subset naming treat the four files as one font, and bold silently
renders as regular. Never let reportlab fall back to its base-14 fonts (Helvetica, Courier, Times):
they are not embedded. Every style in ``layout`` names one of the four names below.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FAMILY = "SoThonSerif"
REGULAR = "SoThonSerif"
BOLD = "SoThonSerif-Bold"
ITALIC = "SoThonSerif-Italic"
BOLD_ITALIC = "SoThonSerif-BoldItalic"

CACHE_ENV = "SOTHON_FONT_CACHE"
# Bump when the way instances are made changes, so old caches are not reused.
_RECIPE = 1


@dataclass(frozen=True)
class FontSet:
    """The four files in use and the reportlab names they are registered under."""

    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path
    source: str  # "times-new-roman" or "noto-serif"
    family: str = FAMILY
    regular_name: str = REGULAR
    bold_name: str = BOLD
    italic_name: str = ITALIC
    bold_italic_name: str = BOLD_ITALIC


def vietnamese_letters() -> str:
    """Every letter of the Vietnamese alphabet, with every tone, in both cases (NFC)."""
    vowels = "aăâeêioôơuưy"
    tones = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
    letters = {unicodedata.normalize("NFC", v + t) for v in vowels for t in tones}
    letters |= set("bcdđghklmnpqrstvxfjwz")
    return "".join(sorted(letters | {c.upper() for c in letters}))


def covers_vietnamese(path: Path) -> bool:
    """True when the font's character map has every Vietnamese letter."""
    from fontTools.ttLib import TTFont

    try:
        with TTFont(path, lazy=True) as font:
            cmap = font.getBestCmap() or {}
    except Exception:  # noqa: BLE001 — an unreadable file simply does not qualify
        return False
    return all(ord(ch) in cmap for ch in vietnamese_letters())


# --- where the files come from ----------------------------------------------------------------------

_TNR_NAMES = {
    "windows": ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    "mscore": ("Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf",
               "Times_New_Roman_Bold_Italic.ttf"),
    "mac": ("Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf",
            "Times New Roman Bold Italic.ttf"),
}


def _times_dirs() -> list[Path]:
    dirs: list[Path] = []
    if os.name == "nt":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts"),
                 Path.home() / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/usr/share/fonts/msttcore"),
                 Path("/usr/share/fonts/TTF"), Path("/usr/share/fonts/truetype"),
                 Path.home() / ".local" / "share" / "fonts", Path.home() / ".fonts"]
    return dirs


def _fc_match_times() -> tuple[Path, ...] | None:
    """Ask fontconfig for the four styles; accept them only if they really are Times New Roman."""
    if not shutil.which("fc-match"):
        return None
    found = []
    for style in ("Regular", "Bold", "Italic", "Bold Italic"):
        try:
            out = subprocess.run(["fc-match", "-f", "%{family}|%{file}", f"Times New Roman:style={style}"],
                                 capture_output=True, text=True, timeout=5, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        family, _, file = out.partition("|")
        # fontconfig substitutes a look-alike (Liberation Serif, DejaVu) when the font is missing.
        if "Times New Roman" not in family.split(",") or not file.lower().endswith(".ttf"):
            return None
        found.append(Path(file))
    return tuple(found) if len(set(found)) == 4 else None


def find_times_new_roman() -> tuple[Path, Path, Path, Path] | None:
    """Regular, bold, italic and bold italic Times New Roman files with full Vietnamese, or None."""

    def usable(files: tuple[Path, ...]) -> bool:
        return all(f.is_file() for f in files) and all(covers_vietnamese(f) for f in files)

    for d in _times_dirs():
        for names in _TNR_NAMES.values():
            files = tuple(d / n for n in names)
            if usable(files):
                return files  # type: ignore[return-value]
    if os.name != "nt" and sys.platform != "darwin":
        fc = _fc_match_times()
        if fc and usable(fc):
            return fc  # type: ignore[return-value]
    return None


# --- Noto Serif static instances ----------------------------------------------------------------------

# (file stem, subfamily, variable source, wght, italic)
_STYLES = (
    ("NotoSerif-Regular", "Regular", "NotoSerif[wdth,wght].ttf", 400, False),
    ("NotoSerif-Bold", "Bold", "NotoSerif[wdth,wght].ttf", 700, False),
    ("NotoSerif-Italic", "Italic", "NotoSerif-Italic[wdth,wght].ttf", 400, True),
    ("NotoSerif-BoldItalic", "Bold Italic", "NotoSerif-Italic[wdth,wght].ttf", 700, True),
)

_cache_override: Path | None = None


def set_cache_dir(path: Path | None) -> None:
    """Point the instance cache elsewhere (tests); None returns to ``SOTHON_FONT_CACHE`` or the default."""
    global _cache_override
    _cache_override = Path(path) if path is not None else None


def _noto_package() -> tuple[Path, str]:
    from importlib.metadata import PackageNotFoundError, version

    import fontpkg_noto_serif

    try:
        ver = version("fontpkg-noto-serif")
    except PackageNotFoundError:  # a frozen build without metadata: the font's own version
        ver = "unknown"
    return Path(fontpkg_noto_serif.ROOT) / "files", ver


def cache_dir() -> Path:
    """The directory holding this package version's instances (not created here)."""
    if _cache_override is not None:
        base = _cache_override
    elif os.environ.get(CACHE_ENV):
        base = Path(os.environ[CACHE_ENV])
    else:
        from platformdirs import user_cache_dir

        base = Path(user_cache_dir("sothon", appauthor=False)) / "fonts"
    _, ver = _noto_package()
    return base / f"noto-serif-{ver}-r{_RECIPE}"


@contextlib.contextmanager
def _interprocess_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` so two processes do not both spend 15 s instancing.

    Correctness never depends on it (each file is written to a temporary name and moved into place),
    so where locking is unavailable the second process just does the work again.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as fh:
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                for _ in range(12):  # LK_LOCK gives up after 10 s; wait up to 2 minutes in all
                    try:
                        msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)
                        break
                    except OSError:
                        continue
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        except (ImportError, OSError):
            pass
        try:
            yield
        finally:
            try:
                if os.name == "nt":
                    import msvcrt

                    fh.seek(0)
                    msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            except (ImportError, OSError):
                pass


def _set_names(font, *, subfamily: str, stem: str, ver: str) -> None:  # noqa: ANN001 — fontTools TTFont
    """Give a static instance its own names and style bits (see the module docstring for why)."""
    family = "Noto Serif"
    name = font["name"]
    # Drop the variable font's names (typographic family/subfamily, variations prefix) and those of
    # its named instances, then write the four that identify this file.
    keep = {0, 3, 5, 7, 8, 9, 11, 12, 13, 14}
    name.names = [n for n in name.names if n.nameID in keep]
    full = f"{family} {subfamily}" if subfamily != "Regular" else family
    for name_id, text in ((1, family), (2, subfamily), (4, full), (6, stem),
                          (3, f"{ver};SoThon;{stem}")):
        name.setName(text, name_id, 3, 1, 0x409)
        name.setName(text, name_id, 1, 0, 0)
    bold, italic = "Bold" in subfamily, "Italic" in subfamily
    os2 = font["OS/2"]
    os2.usWeightClass = 700 if bold else 400
    os2.usWidthClass = 5
    sel = os2.fsSelection & ~(1 | 32 | 64)
    sel |= (1 if italic else 0) | (32 if bold else 0) | (64 if not (bold or italic) else 0)
    os2.fsSelection = sel
    font["head"].macStyle = (1 if bold else 0) | (2 if italic else 0)
    for table in ("STAT", "fvar", "avar", "HVAR", "MVAR", "gvar", "cvar"):
        if table in font:
            del font[table]


def _make_instance(source: Path, target: Path, *, wght: int, subfamily: str, stem: str, ver: str) -> None:
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = TTFont(source)
    static = instancer.instantiateVariableFont(font, {"wght": wght, "wdth": 100}, updateFontNames=False)
    _set_names(static, subfamily=subfamily, stem=stem, ver=ver)
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        static.save(tmp)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a font cache is not secret
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def noto_instances() -> tuple[Path, Path, Path, Path]:
    """The four static Noto Serif files, made on first use and cached (see the module docstring).

    When the cache folder cannot be written (a locked-down profile), the instances are made again in a
    new private folder of the system's temporary directory (``mkdtemp``: mode 0700, an unpredictable
    name), never in a shared folder another user could have filled with fonts that print other text.
    """
    global _private_fallback
    try:
        return _instances_in(cache_dir())
    except OSError:
        with _fallback_lock:
            if _private_fallback is None:
                _private_fallback = Path(tempfile.mkdtemp(prefix="sothon-fonts-"))
        return _instances_in(_private_fallback)


_private_fallback: Path | None = None
_fallback_lock = threading.Lock()


def _instances_in(directory: Path) -> tuple[Path, Path, Path, Path]:
    files_dir, ver = _noto_package()
    targets = [directory / f"{stem}.ttf" for stem, *_ in _STYLES]
    if all(t.is_file() for t in targets):
        return tuple(targets)  # type: ignore[return-value]
    directory.mkdir(parents=True, exist_ok=True)
    with _interprocess_lock(directory / ".lock"):
        for (stem, subfamily, source, wght, _italic), target in zip(_STYLES, targets, strict=True):
            if not target.is_file():  # another process may have made it while we waited
                _make_instance(files_dir / source, target, wght=wght, subfamily=subfamily, stem=stem, ver=ver)
    return tuple(targets)  # type: ignore[return-value]


# --- registration -----------------------------------------------------------------------------------

_lock = threading.Lock()
_registered: FontSet | None = None


def ensure_fonts(*, prefer_system: bool = True) -> FontSet:
    """Register the four styles with reportlab (once per process) and return what is in use.

    ``prefer_system=False`` skips Times New Roman (tests use it for output that does not depend on
    the machine). The first call in a process decides; later calls return the same set.
    """
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        files = find_times_new_roman() if prefer_system else None
        source = "times-new-roman"
        if files is None:
            files = noto_instances()
            source = "noto-serif"
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        names = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
        for name, path in zip(names, files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        # Paragraph markup looks faces up by any of the four names; map each one to the family.
        for name in names:
            addMapping(name, 0, 0, REGULAR)
            addMapping(name, 1, 0, BOLD)
            addMapping(name, 0, 1, ITALIC)
            addMapping(name, 1, 1, BOLD_ITALIC)
        _registered = FontSet(regular=files[0], bold=files[1], italic=files[2], bold_italic=files[3],
                              source=source)
        return _registered
