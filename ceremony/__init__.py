"""ceremony: run one Chinese official ceremony on the day.

The domain package. It never imports Qt or ``ui``; the CLI, the GUI and the
tests all drive it through :class:`ceremony.event.Event`.
"""

__version__ = "0.1.0"
