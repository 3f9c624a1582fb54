"""Operational tools (soak writer for crash tests)."""
