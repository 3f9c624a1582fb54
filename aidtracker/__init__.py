"""AidTracker core: the shipment ledger, its rules and documents. Never imports Qt."""

__version__ = "0.1.0"
