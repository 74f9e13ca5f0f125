"""The main window: a navigation list of areas, the pages in a stack, menus and a status bar.

Areas are a small registry (``AREAS``): a later issue adds its page by appending one ``Area``. An area whose
page differs in a commune's copy (the exchange: the hamlet sends bundles, the commune receives them) gives its
commune label and icon, and its factory picks the page (``MainWindow.commune``). A page is a QWidget with
``retranslate_ui()``; it may also have ``refresh()`` and these signals, which the window connects when it
creates the page:

- ``data_changed()``: the page wrote something; other pages refresh (now if shown, else on their next visit)
  and the status bar's counts are recomputed;
- ``status_message(str)``: shown for a few seconds in the status bar;
- ``ready()``: the first page shows its first data (start-up measurement, ``--exit-when-ready``);
- ``restored()``: the database was replaced by a backup; the window asks to be reopened;
- ``language_requested(str)``, ``text_scale_requested(float)``: the settings page asks for a change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__, i18n
from desktop_app.bootstrap import App
from desktop_app.domain.clock import vn_today
from desktop_app.domain.units import UnitKind
from desktop_app.gui.common import show_error
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import (
    LANGUAGE_NAMES,
    LINK_BUTTON_STYLE,
    NAVIGATION_STYLE,
    SCALE_STEP,
    Heading,
    apply_text_scale,
    hint_label,
)
from desktop_app.i18n import N_, format_date, format_number, tr

SP = QStyle.StandardPixmap
REMINDER_DAYS = 30
STATUS_SECONDS = 8
STATUS_FALLBACK_MS = 3000  # if the first page never says it is ready
AFTER_READY_MS = 250


# --- the areas ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Area:
    key: str
    label: str  # English source text, marked with N_ and translated when shown
    icon: QStyle.StandardPixmap
    factory: Callable[[MainWindow], QWidget]
    commune_label: str | None = None  # in a commune's copy, when the area is a different page there
    commune_icon: QStyle.StandardPixmap | None = None
    commune_only: bool = False  # shown only in a commune's copy (the enrolled hamlets, the overview)
    hamlet_only: bool = False  # hidden in a commune's copy, where it makes no sense

    def shown_in(self, commune: bool) -> bool:
        return not (self.commune_only and not commune) and not (self.hamlet_only and commune)

    def label_for(self, commune: bool) -> str:
        """The English source of the label in a hamlet's or a commune's copy."""
        return self.commune_label if commune and self.commune_label else self.label

    def icon_for(self, commune: bool) -> QStyle.StandardPixmap:
        return self.commune_icon if commune and self.commune_icon is not None else self.icon


def is_commune(app: App) -> bool:
    """The copy serves a commune (it receives the hamlets' bundles) rather than a hamlet."""
    return app.unit is not None and app.unit.kind == UnitKind.COMMUNE


def _register_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.register.page import RegisterPage

    return RegisterPage(window.app)


def _trash_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.register.trash_page import TrashPage

    return TrashPage(window.app)


def _backup_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.backup_page import BackupPage

    return BackupPage(window.app)


def _documents_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.documents.page import DocumentsPage

    return DocumentsPage(window.app)


def _exchange_page(window: MainWindow) -> QWidget:
    """A hamlet sends bundles to the commune; a commune opens the bundles its hamlets bring."""
    if window.commune:
        from desktop_app.gui.exchange.inbox_page import InboxPage

        return InboxPage(window.app)
    from desktop_app.gui.exchange.page import ExchangePage

    return ExchangePage(window.app)


def _mediation_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.mediation.page import MediationPage

    return MediationPage(window.app)


def _meetings_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.meetings.page import MeetingsPage

    return MeetingsPage(window.app)


def _dashboard_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.security.dashboard import DashboardPage

    return DashboardPage(window.app)


def _security_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.security.page import SecurityPage

    return SecurityPage(window.app)


def _hamlets_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.commune.hamlets_page import HamletsPage

    return HamletsPage(window.app)


def _overview_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.commune.overview_page import OverviewPage

    return OverviewPage(window.app, first_read=window.early_reads.pop("overview", None))


def _settings_page(window: MainWindow) -> QWidget:
    from desktop_app.gui.settings.page import SettingsPage

    return SettingsPage(window.app)


# Only the areas that exist: mediation, meetings, security and reports add theirs here.
AREAS: list[Area] = [
    Area("dashboard", N_("At a glance"), SP.SP_ComputerIcon, _dashboard_page, hamlet_only=True),
    Area("register", N_("Households & residents"), SP.SP_DirHomeIcon, _register_page),
    Area("documents", N_("Documents"), SP.SP_FileDialogContentsView, _documents_page),
    Area("exchange", N_("Exchange"), SP.SP_ArrowUp, _exchange_page,
         commune_label=N_("Received bundles"), commune_icon=SP.SP_ArrowDown),
    Area("mediation", N_("Mediation"), SP.SP_MessageBoxInformation, _mediation_page),
    Area("meetings", N_("Meetings"), SP.SP_FileDialogListView, _meetings_page),
    Area("security", N_("Security and order"), SP.SP_MessageBoxWarning, _security_page, hamlet_only=True),
    Area("hamlets", N_("Hamlets"), SP.SP_DirLinkIcon, _hamlets_page, commune_only=True),
    Area("overview", N_("Commune overview"), SP.SP_FileDialogListView, _overview_page, commune_only=True),
    Area("backups", N_("Backups"), SP.SP_DriveHDIcon, _backup_page),
    Area("settings", N_("Settings"), SP.SP_FileDialogDetailedView, _settings_page),
    Area("trash", N_("Trash"), SP.SP_TrashIcon, _trash_page),
]
# The register page also serves the window's register actions (import, export, Ctrl+F, Ctrl+N, the reminder).
REGISTER_AREA = "register"
# The first page after signing in: a hamlet head sees the hamlet at a glance (the dashboard), a commune officer
# the commune at a glance (the overview: who has sent what, the commune's figures). Each one's page says when
# the window is ready, so that bench_startup measures the start-up to that page with its data.
HAMLET_FIRST_AREA = "dashboard"
COMMUNE_FIRST_AREA = "overview"


def first_area(commune: bool) -> str:
    return COMMUNE_FIRST_AREA if commune else HAMLET_FIRST_AREA


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


# --- the reminder's list --------------------------------------------------------------------------


class ExpiringDialog(QDialog):
    """The temporary residents whose registration ends soon (a reminder to renew)."""

    def __init__(self, residents: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Temporary residences ending soon"))
        self.resize(640, 400)
        explain = hint_label(tr(
            "These temporary residence registrations end within {days} days. Remind the people to renew them"
            " or to declare that they have left.", days=REMINDER_DAYS))
        table = QTreeWidget()
        table.setRootIsDecorated(False)
        table.setHeaderLabels([tr("Full name"), tr("Household"), tr("Ends on")])
        for r in residents:
            table.addTopLevelItem(QTreeWidgetItem([r.full_name, r.household_no, format_date(r.residence_to)]))
        table.resizeColumnToContents(0)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)


# --- the window -----------------------------------------------------------------------------------


class MainWindow(QMainWindow):
    ready = Signal()  # the first page shows its first data
    reopen_requested = Signal()  # the database was replaced (restore): reopen it and sign in again
    closed = Signal()

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.commune = is_commune(app)  # which page and label areas such as the exchange have
        self.areas = [a for a in AREAS if a.shown_in(self.commune)]  # the areas this copy shows
        self.first_area = first_area(self.commune)  # its page says when the window is ready
        # A commune's first page, the overview, starts reading its figures on a worker thread before the window
        # is built, so that they are there when the page is (benchmarks/bench_overview.py).
        self.early_reads: dict[str, QObject] = {}
        if self.first_area == "overview":
            from desktop_app.gui.commune.overview_page import FirstRead

            self.early_reads["overview"] = FirstRead(app, vn_today().year)
        self.pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self._counts: tuple[int, int] | None = None
        self._expiring: list = []
        self._build()
        self._build_menus()
        self._connect_signals()
        self.retranslate_ui()
        self.setMinimumSize(1000, 640)
        self.fit_to_screen()
        self.show_area(self.first_area)
        if self.delivery is not None:
            self.delivery.start()
        # The counts need the ORM (~0.25 s to import): they wait until the first page shows its data.
        self._status_started = False
        # The counts follow the first page a moment later, so start-up never shares the CPU with them
        # (and a start-up measurement, which exits on ready, never starts them).
        self.ready.connect(lambda: self._status_timer.start(AFTER_READY_MS))
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self._start_status)
        self._status_timer.start(STATUS_FALLBACK_MS)

    # --- view --------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.unit_heading = Heading(factor=1.2)
        self.unit_place = hint_label()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(NAVIGATION_STYLE)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        style = self.style()
        for area in self.areas:
            item = QListWidgetItem(style.standardIcon(area.icon_for(self.commune)), "")
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()

        side = QWidget()
        side.setObjectName("side")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 10, 4, 8)
        side_layout.addWidget(self.unit_heading)
        side_layout.addWidget(self.unit_place)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.nav, 1)
        self.side = side

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.reminder_button = QPushButton()
        self.reminder_button.setObjectName("reminder")
        self.reminder_button.setStyleSheet(LINK_BUTTON_STYLE)
        self.reminder_button.setIcon(style.standardIcon(SP.SP_MessageBoxWarning))
        self.reminder_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reminder_button.setVisible(False)
        self.counts_label = QLabel()
        self.unit_label = QLabel()
        self.profile_label = QLabel()
        self.delivery = None  # the hamlet's automatic delivery to the commune (gui.exchange.delivery)
        self.delivery_indicator = None
        if not self.commune and self.app.unit is not None:
            from desktop_app.gui.exchange.delivery import DeliveryIndicator, DeliveryWorker

            self.delivery = DeliveryWorker(self.app, parent=self)
            self.delivery_indicator = DeliveryIndicator(self.delivery)
            status.addWidget(self.delivery_indicator, 1)
        permanent = (self.reminder_button, self.counts_label, self.unit_label, self.profile_label)
        for i, widget in enumerate(permanent):
            if i > 1:
                status.addPermanentWidget(_separator())
            widget.setContentsMargins(6, 0, 6, 0)
            status.addPermanentWidget(widget)

    def _action(self, menu: QMenu | None, key: str, slot: Callable[[], object],
                shortcuts: list[QKeySequence | str] | None = None) -> QAction:
        action = QAction(self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        else:
            self.addAction(action)  # a shortcut without a menu entry
        self.actions_by_key[key] = action
        return action

    def _build_menus(self) -> None:
        self.actions_by_key: dict[str, QAction] = {}
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self._action(self.file_menu, "import", lambda: self._on_register("import_file"), ["Ctrl+I"])
        self._action(self.file_menu, "export", lambda: self._on_register("export_file"), ["Ctrl+E"])
        self._action(self.file_menu, "template", lambda: self._on_register("save_template"))
        self.file_menu.addSeparator()
        self._action(self.file_menu, "verify_pdf", self.verify_pdf)
        self.file_menu.addSeparator()
        self._action(self.file_menu, "backup", self.back_up_now)
        self.file_menu.addSeparator()
        quit_action = self._action(self.file_menu, "quit", self.close, ["Ctrl+Q"])
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.view_menu = bar.addMenu("")
        self._action(self.view_menu, "larger", lambda: self.step_text_scale(+1), ["Ctrl+=", "Ctrl++"])
        self._action(self.view_menu, "smaller", lambda: self.step_text_scale(-1), ["Ctrl+-"])
        self._action(self.view_menu, "normal", lambda: self.set_text_scale(1.0), ["Ctrl+0"])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.view_menu.addSeparator()
        for number, area in enumerate(self.areas[:9], start=1):
            action = self._action(self.view_menu, f"area:{area.key}", lambda k=area.key: self.show_area(k),
                                  [f"Ctrl+{number}"])
            action.setIcon(self.style().standardIcon(area.icon_for(self.commune)))

        self.help_menu = bar.addMenu("")
        about = self._action(self.help_menu, "about", self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

        self._action(None, "find", lambda: self._on_register("focus_search"), [QKeySequence.StandardKey.Find])
        self._action(None, "new_household", lambda: self._on_register("new_household"),
                     [QKeySequence.StandardKey.New])

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self._nav_row_changed)
        self.reminder_button.clicked.connect(self.show_expiring)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """The register page has its own Ctrl+F and Ctrl+N while focus is inside it; the window's copies
        serve everywhere else. Two enabled actions on one key would cancel each other out."""
        if not shiboken6.isValid(self):
            return
        page = self.pages.get(REGISTER_AREA)
        inside = page is not None and now is not None and (now is page or page.isAncestorOf(now))
        for key in ("find", "new_household"):
            self.actions_by_key[key].setEnabled(not inside)

    def retranslate_ui(self) -> None:
        unit = self.app.unit
        self.setWindowTitle(tr("Sổ Thôn — {unit}", unit=unit.name) if unit else tr("Sổ Thôn"))
        self.unit_heading.setText(unit.name if unit else "")
        self.unit_place.setText(f"{unit.commune_name}, {unit.province_name}" if unit else "")
        for row, area in enumerate(self.areas):
            self.nav.item(row).setText(tr(area.label_for(self.commune)))
        self.file_menu.setTitle(tr("&File"))
        self.view_menu.setTitle(tr("&View"))
        self.help_menu.setTitle(tr("&Help"))
        self.language_menu.setTitle(tr("&Language"))
        texts = {
            "import": tr("&Import household list…"),
            "export": tr("&Export register…"),
            "template": tr("Blank import &template…"),
            "verify_pdf": tr("&Verify a signed PDF…"),
            "backup": tr("&Back up now"),
            "quit": tr("&Quit"),
            "larger": tr("&Larger text"),
            "smaller": tr("&Smaller text"),
            "normal": tr("&Normal text size"),
            "about": tr("&About Sổ Thôn"),
            "find": tr("Find a resident"),
            "new_household": tr("New household"),
        }
        for key, text in texts.items():
            self.actions_by_key[key].setText(text)
        for area in self.areas[:9]:
            self.actions_by_key[f"area:{area.key}"].setText(tr("Go to: {area}",
                                                               area=tr(area.label_for(self.commune))))
        self.language_actions[i18n.language()].setChecked(True)
        self.unit_label.setText(tr("{unit} ({code})", unit=unit.name, code=unit.code) if unit else "")
        self.unit_label.setToolTip(tr("The unit this copy serves and its unit code"))
        profile = self.app.profile
        self.profile_label.setText(profile.display_name if profile else "")
        self.profile_label.setToolTip(tr("The profile you signed in with"))
        self._show_status()
        for page in self.pages.values():
            page.retranslate_ui()  # type: ignore[attr-defined]
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """Wide enough for the longest label in the current language and text size (no clipping)."""
        metrics = QFontMetrics(QGuiApplication.font())
        widest = max(metrics.horizontalAdvance(self.nav.item(row).text()) for row in range(self.nav.count()))
        width = widest + self.nav.iconSize().width() + 56
        heading = QFontMetrics(self.unit_heading.font()).horizontalAdvance(self.unit_heading.text()) + 16
        self.side.setFixedWidth(max(190, min(max(width, heading), 360)))

    def fit_to_screen(self) -> None:
        """1280×720 where it fits; on a 1366×768 laptop, as much of the screen as the taskbar leaves."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 1280, 720
        if screen is not None:
            avail = screen.availableGeometry()
            frame = 40  # the title bar and borders the window manager adds
            width = min(width, avail.width())
            height = min(height, avail.height() - frame)
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
            self.move(avail.center() - self.rect().center())
        else:
            self.resize(width, height)

    # --- areas -------------------------------------------------------------------------------------

    def area_keys(self) -> list[str]:
        return [a.key for a in self.areas]

    def current_area(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def page(self, key: str) -> QWidget | None:
        """The page of an area, created on its first visit (None if it could not be created)."""
        if key in self.pages:
            return self.pages[key]
        area = next(a for a in self.areas if a.key == key)
        try:
            page = area.factory(self)
        except Exception as exc:  # noqa: BLE001 — a broken page must not take the window down
            show_error(self, exc)
            return None
        self.pages[key] = page
        self.stack.addWidget(page)
        self._wire(page, key)
        return page

    def _wire(self, page: QWidget, key: str) -> None:
        def hook(name: str, slot: Callable) -> None:
            signal = getattr(page, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(slot)

        hook("data_changed", lambda *_a: self._data_changed(key))
        if self.delivery is not None and hasattr(page, "attach_delivery"):
            page.attach_delivery(self.delivery)
        hook("status_message", lambda text: self.statusBar().showMessage(text, STATUS_SECONDS * 1000))
        if key == self.first_area:
            hook("ready", lambda *_a: self.ready.emit())
        hook("navigate_requested", self.open_target)
        hook("restored", lambda *_a: self.reopen_requested.emit())
        hook("language_requested", self.set_language)
        hook("text_scale_requested", self.set_text_scale)

    def show_area(self, key: str) -> QWidget | None:
        page = self.page(key)
        if page is None:
            self._select_nav(self.current_area())
            return None
        self.stack.setCurrentWidget(page)
        self._select_nav(key)
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()  # type: ignore[attr-defined]
        return page

    def _select_nav(self, key: str) -> None:
        keys = self.area_keys()
        if key in keys:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(keys.index(key))
            self.nav.blockSignals(False)

    def _nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            self.show_area(self.areas[row].key)

    def _data_changed(self, source: str) -> None:
        self.refresh_status()
        for key, page in self.pages.items():
            if key == source or not hasattr(page, "refresh"):
                continue
            if page is self.stack.currentWidget():
                page.refresh()  # type: ignore[attr-defined]
            else:
                self._stale.add(key)

    def open_target(self, area: str, target: str = "") -> QWidget | None:
        """Show ``area`` at what a dashboard reminder concerns: a resident, a mediation case, a meeting, the
        report of a period to make, the assessment (``target`` "" shows the area as it is)."""
        page = self.show_area(area)
        if page is None or not target:
            if page is not None and area == REGISTER_AREA and hasattr(page, "show_expiring"):
                page.show_expiring()  # "… temporary residences end": the list of them
            return page
        if area == REGISTER_AREA:
            page.select_resident(target)  # type: ignore[attr-defined]
        elif area == "mediation" and hasattr(page, "select_case"):
            page.select_case(target)
        elif area == "meetings":
            page.show_meeting(target)  # type: ignore[attr-defined]
        elif area == "security" and target == "assessment":
            page.show_assessment()  # type: ignore[attr-defined]
        elif area == "documents":
            self._prepare_report(page, target)
        return page

    def _prepare_report(self, page: QWidget, period: str) -> None:
        """The documents page set on the security-order report of ``period`` ("2026-07", "2026-Q3", "2026"),
        dated its last day."""
        from desktop_app.domain.errors import ValidationError
        from desktop_app.domain.mediation import Period

        try:
            end = Period.parse(period).end
            page.select_kind("security_report")  # type: ignore[attr-defined]
        except (KeyError, ValidationError):  # a page without the kind, or no period: shown as it is
            return
        span = "quarter" if "Q" in period.upper() else "month" if "-" in period else "year"
        page.set_report_period(span, end)  # type: ignore[attr-defined]

    def _on_register(self, method: str) -> None:
        page = self.show_area(REGISTER_AREA)
        if page is not None:
            getattr(page, method)()

    # --- status bar --------------------------------------------------------------------------------

    def _start_status(self) -> None:
        self._status_timer.stop()
        if not self._status_started:
            self._status_started = True
            self.refresh_status()

    def refresh_status(self) -> None:
        """Recount residents and households and look for expiring residences, off the GUI thread."""
        app = self.app

        commune = is_commune(app)

        def work() -> tuple[tuple[int, int], list]:
            if commune:  # the commune's people are the hamlets' records as received, not a register of its own
                from desktop_app.services import commune_overview as ov

                with app.reader() as conn:
                    figures = ov.by_unit(conn).values()
                return (sum(f["residents"] for f in figures), sum(f["households"] for f in figures)), []
            from desktop_app.services import views

            with app.reader() as conn:
                s = views.stats(conn)
                expiring = views.expiring_temporary_residents(conn, today=vn_today(),
                                                              within_days=REMINDER_DAYS)
            return (s.residents, s.households), expiring

        def done(result: tuple[tuple[int, int], list]) -> None:
            if shiboken6.isValid(self):
                self._counts, self._expiring = result
                self._show_status()

        run_in_background(self, work, on_success=done, on_error=lambda exc: None)

    def _show_status(self) -> None:
        if self._counts is None:
            self.counts_label.setText("")
        else:
            residents, households = self._counts
            text = N_("{residents} residents · {households} households in the hamlets' records") \
                if is_commune(self.app) else N_("{residents} residents · {households} households")
            self.counts_label.setText(tr(text, residents=format_number(residents),
                                         households=format_number(households)))
        count = len(self._expiring)
        self.reminder_button.setVisible(count > 0)
        self.reminder_button.setText(tr("{count} temporary residences end within {days} days",
                                        count=format_number(count), days=REMINDER_DAYS))
        self.reminder_button.setToolTip(tr("Click to see who needs to renew"))

    def show_expiring(self) -> None:
        """The register page lists them when it can (its own reminder does the same); else a small list."""
        page = self.show_area(REGISTER_AREA)
        if page is not None and hasattr(page, "show_expiring"):
            page.show_expiring()
        else:
            ExpiringDialog(self._expiring, self).exec()

    # --- language and text size --------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch every text to ``lang`` now, and remember it."""
        i18n.set_language(lang)
        if self.app.settings.language != lang:
            self.app.settings.language = lang
            self._save_settings()
        self.retranslate_ui()
        self._settings_changed()

    def set_text_scale(self, scale: float) -> None:
        scale = apply_text_scale(scale)
        if self.app.settings.text_scale != scale:
            self.app.settings.text_scale = scale
            self._save_settings()
        self._fit_navigation()
        self._settings_changed()

    def step_text_scale(self, steps: int) -> None:
        self.set_text_scale(self.app.settings.text_scale + steps * SCALE_STEP)

    def _settings_changed(self) -> None:
        page = self.pages.get("settings")
        if page is not None and hasattr(page, "show_current"):
            page.show_current()

    def _save_settings(self) -> None:
        try:
            self.app.save_settings()
        except OSError as exc:
            show_error(self, exc)

    # --- actions -----------------------------------------------------------------------------------

    def verify_pdf(self) -> None:
        """Choose a PDF and show whether its signature holds (the documents page does the work)."""
        page = self.page("documents")
        if page is not None:
            page.choose_and_verify()  # type: ignore[attr-defined]

    def back_up_now(self) -> None:
        from desktop_app.gui.backup_page import start_backup

        def done(path) -> None:  # noqa: ANN001
            if not shiboken6.isValid(self):
                return
            text = tr("Backup written to {path}.", path=str(path))
            self.statusBar().showMessage(text, STATUS_SECONDS * 1000)
            page = self.pages.get("backups")
            if page is not None:
                page.refresh()  # type: ignore[attr-defined]

        start_backup(self, self.app, done)

    def show_about(self) -> None:
        QMessageBox.about(self, tr("About Sổ Thôn"), tr(
            "Sổ Thôn {version} — the hamlet book.\n\nThe records of a hamlet or a commune, kept on this"
            " computer and shared with the commune by files.",
            version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 — Qt's name
        super().closeEvent(event)
        if event.isAccepted():
            if self.delivery is not None:
                self.delivery.stop()
            try:
                QApplication.instance().focusChanged.disconnect(self._focus_changed)
            except (RuntimeError, TypeError):
                pass  # already disconnected (closed twice)
            self.closed.emit()

