"""The installed version of newskit."""

__version__ = "0.1.0"
