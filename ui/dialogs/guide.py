"""F1: a short guide in the interface's language — the day's work, the shortcuts (read from the
window's own actions) and the workflow diagram built from ``aidtracker.workflow.TRANSITIONS``."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from aidtracker.domain import Event, Status
from aidtracker.workflow import RETURNING, TRANSITIONS
from ui.texts.i18n import QT_TRANSLATE_NOOP
from ui.texts.labels import event_label, status_label

# Events that step aside from the main path (they are listed, not drawn on it).
_ASIDE = frozenset({Event.HOLD, Event.CANCEL, Event.DECLARE_LOST, Event.HOLD_AT_CUSTOMS,
                    Event.RETURN, Event.CLOSE, Event.RESUME, Event.REOPEN})


def main_path() -> list[tuple[Status, Event | None]]:
    """The usual way from Draft to Closed: each status with the event that leaves it."""
    path: list[tuple[Status, Event | None]] = []
    status = Status.DRAFT
    while status not in {s for s, _ in path}:
        step = next(((e, t) for (s, e), t in TRANSITIONS.items()
                     if s is status and e not in _ASIDE and t is not status), None)
        if step is None and status is not Status.CLOSED:
            step = next(((e, t) for (s, e), t in TRANSITIONS.items() if s is status), None)
        path.append((status, step[0] if step else None))
        if step is None:
            break
        status = step[1]
    return path


def diagram_html() -> str:
    """The main path as a chain of boxes, then every other transition as a table."""
    boxes = []
    for status, event in main_path():
        boxes.append(f"<td nowrap style='background:#e3f2fd;border:1px solid #1565c0;"
                     f"padding:4px'>"
                     f"<b>{escape(status_label(status))}</b></td>")
        if event is not None:
            boxes.append(f"<td align='center' style='padding:2px'><small>"
                         f"{escape(event_label(event))}</small><br>→</td>")
    rows = [f"<tr><td>{escape(status_label(s))}</td><td>{escape(event_label(e))}</td>"
            f"<td>{escape(status_label(t))}</td></tr>"
            for (s, e), t in TRANSITIONS.items() if e in _ASIDE]
    rows += [f"<tr><td>{escape(status_label(s))}</td><td>{escape(event_label(e))}</td>"
             f"<td><i>{escape(_tr('before'))}</i></td></tr>"
             for (s, e) in RETURNING]
    width = 4  # statuses per row of the chain (each with its arrow)
    parts = [boxes[i:i + width * 2] for i in range(0, len(boxes), width * 2)]
    table = "".join(f"<table cellspacing='2'><tr>{''.join(p)}</tr></table>" for p in parts)
    return (f"{table}<h3>{escape(_tr('aside'))}</h3>"
            f"<table border='1' cellpadding='3' cellspacing='0'><tr><th>"
            f"{escape(_tr('from'))}</th><th>{escape(_tr('event'))}</th><th>"
            f"{escape(_tr('to'))}</th></tr>{''.join(rows)}</table>")


_WORDS = {
    "before": QT_TRANSLATE_NOOP("GuideDialog", "the status before"),
    "aside": QT_TRANSLATE_NOOP("GuideDialog", "Steps aside"),
    "from": QT_TRANSLATE_NOOP("GuideDialog", "From"),
    "event": QT_TRANSLATE_NOOP("GuideDialog", "Event"),
    "to": QT_TRANSLATE_NOOP("GuideDialog", "To"),
}


def _tr(key: str) -> str:
    return QCoreApplication.translate("GuideDialog", _WORDS[key])


def shortcuts_html(actions: list[QAction]) -> str:
    rows = [f"<tr><td><b>{escape(a.shortcut().toString())}</b></td>"
            f"<td>{escape(a.text().replace('&', ''))}</td></tr>"
            for a in actions if not a.shortcut().isEmpty()]
    return f"<table cellpadding='3'>{''.join(rows)}</table>"


class GuideDialog(QDialog):
    """The guide page; ``actions`` are the main window's (their shortcuts are listed)."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(self.tr("AidTracker guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.page(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 110, self.fontMetrics().height() * 40)

    def page(self, actions: list[QAction]) -> str:
        day = [self.tr("Ctrl+N: a new shipment — choose the partner city, donor and recipient "
                       "(\"Add new…\" in each list when one is missing), add the goods lines, "
                       "Ctrl+S saves."),
               self.tr("Print (Ctrl+P) makes the donation letter and the other papers."),
               self.tr("\"Move on\" takes the shipment to its next step; what still blocks the "
                       "step is shown first and can be ticked there."),
               self.tr("The \"Needs attention\" panel and View › This week show what is due "
                       "or overdue (red)."),
               self.tr("Shipment › Duplicate starts the next, similar shipment as a draft.")]
        items = "".join(f"<li>{escape(t)}</li>" for t in day)
        titles = [escape(t) for t in (self.tr("A day with AidTracker"), self.tr("Shortcuts"),
                                      self.tr("The steps of a shipment"))]
        return (f"<h2>{titles[0]}</h2><ol>{items}</ol>"
                f"<h2>{titles[1]}</h2>{shortcuts_html(actions)}"
                f"<h2>{titles[2]}</h2>{diagram_html()}")
