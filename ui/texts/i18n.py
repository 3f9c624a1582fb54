"""Languages: load the compiled translations and switch them while the window runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from aidtracker.resources import resources_root

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; returns it unchanged (Qt's marker, typed:
    PySide6's stub says it returns ``object``)."""
    return source


def translations_dir() -> str:
    return str(resources_root() / "translations")


def system_language() -> str:
    """'uk' when the system speaks Ukrainian, else 'en'."""
    return "uk" if QLocale.system().language() == QLocale.Language.Ukrainian else "en"


def install_language(lang: str) -> bool:
    """Replace the app's translators by those of ``lang``; sends LanguageChange to every widget.

    Returns False when the AidTracker catalogue for ``lang`` is missing (English shows then).
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    own = QTranslator(app)
    found = own.load(f"aidtracker_{lang}", translations_dir())
    if found:
        app.installTranslator(own)
        _installed.append(own)
    qt = QTranslator(app)
    if lang != "en" and qt.load(f"qtbase_{lang}",
                                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Ukrainian if lang == "uk"
                               else QLocale.Language.English))
    app.setProperty("aidtracker_language", lang)
    return found


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("aidtracker_language") if app is not None else None
    return str(value) if value else "en"
