"""Errors the core raises: a stable code and parameters, never a finished sentence.

The window and the command line render them from the message catalogue (``desktop_app.messages``)
in the user's language.
"""

from __future__ import annotations

from typing import Any


class SothonError(Exception):
    """A refusal for a stated reason. ``code`` is a stable snake_case identifier."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # for logs only; users see the rendered message
        return f"{self.code} {self.params}"


class ValidationError(SothonError):
    """Input that breaks a domain rule. ``field`` names the offending field when there is one."""


class RowErrors(SothonError):
    """Several rows of an input file are invalid; ``errors`` holds (row number, error) pairs."""

    def __init__(self, code: str, /, errors: list[tuple[int, SothonError]], **params: Any) -> None:
        super().__init__(code, count=len(errors), **params)
        self.errors = errors


class NotFound(SothonError):
    pass


class StorageError(SothonError):
    pass


class AuthError(SothonError):
    pass
