"""Therapist PINs: stored as an scrypt hash with a random salt of their own.

``hash_pin`` gives the (hash, salt) pair the therapists table keeps (hex text);
``pin_matches`` compares in constant time. A PIN is 4 to 12 digits.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from console.domain.validation import ValidationError

#: scrypt cost: about 16 MB and a few tens of milliseconds per check on a desktop.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
HASH_BYTES = 32
SALT_BYTES = 16
MIN_DIGITS = 4
MAX_DIGITS = 12


def check_pin_format(pin: str) -> str:
    if not pin.isdigit() or not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise ValidationError("pin", f"A PIN is {MIN_DIGITS} to {MAX_DIGITS} digits.")
    return pin


def _derive(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=64 * 1024 * 1024,
        dklen=HASH_BYTES,
    )


def hash_pin(pin: str) -> tuple[str, str]:
    """(hash, salt) as hex for a new PIN; a new random salt every time."""
    check_pin_format(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    return _derive(pin, salt).hex(), salt.hex()


def pin_matches(pin: str, pin_hash: str | None, pin_salt: str | None) -> bool:
    """True when ``pin`` is the one stored; a therapist without a PIN matches nothing."""
    if not pin_hash or not pin_salt:
        return False
    try:
        salt = bytes.fromhex(pin_salt)
        stored = bytes.fromhex(pin_hash)
    except ValueError:
        return False
    return hmac.compare_digest(_derive(pin, salt), stored)
