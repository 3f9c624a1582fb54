"""The command line (``python -m aidtracker``, the ``aidtracker`` command) and the self-test.

Thin commands over :mod:`aidtracker.services`; ``main`` is in :mod:`aidtracker.cli.main`.
"""
