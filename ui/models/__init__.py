"""Models of the AidTracker window."""
