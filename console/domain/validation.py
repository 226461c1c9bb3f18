"""Validation errors a form can show beside the field that caused them."""

from __future__ import annotations

from collections.abc import Sequence

from console.domain.messages import user_text


class ValidationError(ValueError):
    """Input that breaks a rule of the product: the first problem, and all of them.

    ``field`` names the input (``"given_name"``, ``"date_of_birth"``...), ``message`` says
    what is wrong in words for the therapist. ``problems`` lists every
    ``(field, message)`` found, so a form can mark all of them at once.
    """

    def __init__(self, field: str, message: str, more: Sequence[tuple[str, str]] = ()) -> None:
        message = user_text(message)
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.problems: list[tuple[str, str]] = [
            (field, message),
            *((name, user_text(text)) for name, text in more),
        ]

    @classmethod
    def from_problems(cls, problems: Sequence[tuple[str, str]]) -> ValidationError:
        if not problems:
            raise ValueError("a validation error needs at least one problem")
        (field, message), *more = problems
        return cls(field, message, more)
