"""The settings model: defaults, validation messages, key-map conflicts."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from console.domain.settings import SETTINGS_VERSION, ClinicDetails, Settings


def test_defaults_are_valid_and_current() -> None:
    settings = Settings()
    assert settings.version == SETTINGS_VERSION
    assert settings.first_start_done is False
    assert settings.key_map == {}
    assert (settings.sound, settings.speech, settings.volume) == (True, False, 80)
    assert settings.auto_lock_minutes == 5
    assert settings.font_scale == 1.0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("volume", 101),
        ("volume", -1),
        ("auto_lock_minutes", 241),
        ("font_scale", 0.5),
        ("font_scale", 2.5),
        ("paper_size", "A3"),
        ("interface_language", "fr"),
    ],
)
def test_out_of_range_values_are_refused(field: str, value: object) -> None:
    settings = Settings()
    with pytest.raises(ValidationError):
        setattr(settings, field, value)
    assert settings == Settings()


def test_clinic_details_are_tidied() -> None:
    clinic = ClinicDetails(name="  Clínica   Norte ", address=" Calle 1 \n\n  Madrid ", phone="")
    assert clinic.name == "Clínica Norte"
    assert clinic.address == "Calle 1\nMadrid"


def test_phone_takes_phone_characters_only() -> None:
    assert ClinicDetails(phone="+34 (91) 555-12.34").phone == "+34 (91) 555-12.34"
    with pytest.raises(ValidationError, match="digits, spaces"):
        ClinicDetails(phone="call Ana")


def test_logo_must_be_a_picture() -> None:
    assert ClinicDetails(logo="/srv/logo.PNG").logo == "/srv/logo.PNG"
    assert ClinicDetails(logo="  ").logo is None
    with pytest.raises(ValidationError, match="PNG, JPEG or SVG"):
        ClinicDetails(logo="/srv/logo.pdf")


def test_clinic_name_has_a_length_limit() -> None:
    with pytest.raises(ValidationError):
        ClinicDetails(name="x" * 121)


def test_protocol_folders_are_distinct_and_not_blank() -> None:
    assert Settings(protocol_folders=["/a", "/a", " /b "]).protocol_folders == ["/a", "/b"]
    with pytest.raises(ValidationError, match="cannot be blank"):
        Settings(protocol_folders=[" "])


def test_key_map_overrides_are_cleaned() -> None:
    settings = Settings(key_map={"next": [" PgDown ", "pgdown", "", "Return"]})
    assert settings.key_map == {"next": ["PgDown", "Return"]}


def test_one_key_for_two_actions_is_refused_naming_both() -> None:
    with pytest.raises(ValidationError, match="B is given to both pause and note"):
        Settings(key_map={"pause": ["b"], "note": ["B"]})


def test_unknown_settings_are_refused() -> None:
    with pytest.raises(ValidationError):
        Settings.model_validate({"colour": "blue"})
