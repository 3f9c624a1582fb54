"""AidTracker's desktop window (PySide6). Imports the core; the core never imports this."""
