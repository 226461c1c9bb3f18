"""Therapist PINs: scrypt with a salt of their own, constant-time comparison."""

from __future__ import annotations

import pytest

from console.domain.pin import hash_pin, pin_matches
from console.domain.validation import ValidationError


def test_a_pin_matches_only_itself() -> None:
    pin_hash, salt = hash_pin("2468")
    assert pin_matches("2468", pin_hash, salt)
    assert not pin_matches("2469", pin_hash, salt)
    assert not pin_matches("", pin_hash, salt)


def test_every_hash_has_its_own_salt() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first[1] != second[1] and first[0] != second[0]
    assert "2468" not in first[0]


def test_no_pin_or_a_broken_one_matches_nothing() -> None:
    assert not pin_matches("1234", None, None)
    assert not pin_matches("1234", "zz", "zz")


@pytest.mark.parametrize("pin", ["123", "12a4", "1234567890123", ""])
def test_a_pin_is_four_to_twelve_digits(pin: str) -> None:
    with pytest.raises(ValidationError):
        hash_pin(pin)
