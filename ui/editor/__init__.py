"""Editor of the AidTracker window."""
