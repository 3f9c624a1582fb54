"""The main window's actions and menus: every action has a menu entry and, where it matters, a
shortcut; texts are set in ``retranslate`` so a language switch renames them in place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.texts.i18n import QT_TRANSLATE_NOOP


@dataclass
class MainActions:
    new_database: QAction
    open_database: QAction
    open_demo: QAction
    backup: QAction
    settings: QAction
    quit: QAction
    new_shipment: QAction
    open_shipment: QAction
    duplicate: QAction
    print_: QAction
    print_list: QAction
    refresh: QAction
    find: QAction
    partners: QAction
    organisations: QAction
    needs: QAction
    attention: QAction
    this_week: QAction
    donor_report: QAction
    guide: QAction
    about: QAction
    file_menu: QMenu
    recent_menu: QMenu
    shipment_menu: QMenu
    status_menu: QMenu
    directories_menu: QMenu
    view_menu: QMenu
    reports_menu: QMenu
    help_menu: QMenu


def _action(window: QMainWindow, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
            ) -> QAction:
    action = QAction(window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    window.addAction(action)
    return action


def create_actions(window: QMainWindow) -> MainActions:
    """Build the actions and the menu bar of ``window`` (texts come from ``retranslate``)."""
    key = QKeySequence.StandardKey
    a = MainActions(
        new_database=_action(window, None), open_database=_action(window, key.Open),
        open_demo=_action(window, None), backup=_action(window, None),
        settings=_action(window, key.Preferences), quit=_action(window, key.Quit),
        new_shipment=_action(window, "Ctrl+N"), open_shipment=_action(window, None),
        duplicate=_action(window, "Ctrl+Shift+D"), print_=_action(window, "Ctrl+P"),
        print_list=_action(window, "Ctrl+Shift+P"), refresh=_action(window, key.Refresh),
        find=_action(window, "Ctrl+F"), partners=_action(window, None),
        organisations=_action(window, None), needs=_action(window, None),
        attention=_action(window, "F9"), this_week=_action(window, "Ctrl+T"),
        donor_report=_action(window, None),
        guide=_action(window, "F1"), about=_action(window, None),
        file_menu=QMenu(window), recent_menu=QMenu(window), shipment_menu=QMenu(window),
        status_menu=QMenu(window), directories_menu=QMenu(window), view_menu=QMenu(window),
        reports_menu=QMenu(window), help_menu=QMenu(window),
    )
    if a.settings.shortcut().isEmpty():
        a.settings.setShortcut(QKeySequence("Ctrl+,"))
    if a.quit.shortcut().isEmpty():
        a.quit.setShortcut(QKeySequence("Ctrl+Q"))
    for everyday in (a.new_shipment, a.find):  # wherever focus is (Ctrl+E: excel_actions)
        everyday.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    a.attention.setCheckable(True)
    a.attention.setChecked(True)
    _menus(window, a)
    return a


def _menus(window: QMainWindow, a: MainActions) -> None:
    bar = window.menuBar()
    for menu, items in (
        (a.file_menu, [a.new_database, a.open_database, a.recent_menu, a.open_demo, None,
                       a.backup, a.settings, None, a.quit]),
        (a.shipment_menu, [a.new_shipment, a.open_shipment, a.duplicate, a.status_menu, None,
                           a.print_, a.print_list, a.refresh]),
        (a.directories_menu, [a.partners, a.organisations, a.needs]),
        (a.view_menu, [a.find, a.this_week, a.attention]),
        (a.reports_menu, [a.donor_report]),
        (a.help_menu, [a.guide, None, a.about]),
    ):
        bar.addMenu(menu)
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)


_MENU_TEXTS = {
    "file_menu": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "recent_menu": QT_TRANSLATE_NOOP("MainWindow", "Open &recent"),
    "shipment_menu": QT_TRANSLATE_NOOP("MainWindow", "&Shipment"),
    "status_menu": QT_TRANSLATE_NOOP("MainWindow", "Change &status"),
    "directories_menu": QT_TRANSLATE_NOOP("MainWindow", "&Directories"),
    "view_menu": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "reports_menu": QT_TRANSLATE_NOOP("MainWindow", "R&eports"),
    "help_menu": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}
_ACTION_TEXTS = {
    "new_database": QT_TRANSLATE_NOOP("MainWindow", "&New database…"),
    "open_database": QT_TRANSLATE_NOOP("MainWindow", "&Open database…"),
    "open_demo": QT_TRANSLATE_NOOP("MainWindow", "Open &demo data"),
    "backup": QT_TRANSLATE_NOOP("MainWindow", "&Back up the database…"),
    "settings": QT_TRANSLATE_NOOP("MainWindow", "S&ettings…"),
    "quit": QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
    "new_shipment": QT_TRANSLATE_NOOP("MainWindow", "&New shipment"),
    "open_shipment": QT_TRANSLATE_NOOP("MainWindow", "&Open shipment (Enter)"),
    "duplicate": QT_TRANSLATE_NOOP("MainWindow", "&Duplicate as a new draft"),
    "print_": QT_TRANSLATE_NOOP("MainWindow", "&Print documents…"),
    "print_list": QT_TRANSLATE_NOOP("MainWindow", "Print the &list as filtered…"),
    "refresh": QT_TRANSLATE_NOOP("MainWindow", "Re&fresh"),
    "find": QT_TRANSLATE_NOOP("MainWindow", "&Find…"),
    "partners": QT_TRANSLATE_NOOP("MainWindow", "&Partner cities"),
    "organisations": QT_TRANSLATE_NOOP("MainWindow", "&Organisations"),
    "needs": QT_TRANSLATE_NOOP("MainWindow", "&Needs and coverage"),
    "attention": QT_TRANSLATE_NOOP("MainWindow", "Needs &attention panel"),
    "this_week": QT_TRANSLATE_NOOP("MainWindow", "This &week: what is due"),
    "donor_report": QT_TRANSLATE_NOOP("MainWindow", "&Donor report…"),
    "guide": QT_TRANSLATE_NOOP("MainWindow", "&Guide and shortcuts"),
    "about": QT_TRANSLATE_NOOP("MainWindow", "&About AidTracker"),
}


def retranslate(a: MainActions) -> None:
    """Set every menu title and action text in the current language."""
    for name, source in _MENU_TEXTS.items():
        getattr(a, name).setTitle(QCoreApplication.translate("MainWindow", source))
    for name, source in _ACTION_TEXTS.items():
        getattr(a, name).setText(QCoreApplication.translate("MainWindow", source))
