"""Widgets of the AidTracker window."""
