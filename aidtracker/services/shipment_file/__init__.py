"""The shipment file both offices exchange (docs/shipment-file.md): export, verify, import.

- :mod:`container`: the sealed zip, its manifest and every safety check on reading;
- :mod:`codec`: records ↔ JSON, exact; :mod:`schema`: the JSON Schema and its validator;
- :mod:`export`: ``export-shipment``; :mod:`plan` and :mod:`apply`: ``import-shipment``.
"""
