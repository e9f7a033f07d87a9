"""One module per schema migration: ``mNNN_<what>.py`` holding ``SQL``; NNN is its number."""
