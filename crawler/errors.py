"""The base of every expected error: the CLI prints its message as one line and exits 2."""


class DanvanError(Exception):
    """An error a user can fix (bad input, unusable file); its message is one line."""
