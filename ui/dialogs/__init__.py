"""Dialogs of the AidTracker window."""
