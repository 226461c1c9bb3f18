"""Settings files from every earlier version upgrade; broken ones are kept aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.domain.settings import SETTINGS_VERSION, Settings
from console.storage.settings_file import load_settings, save_settings

# One file as each earlier release wrote it.
VERSION_0 = {"clinic_name": "Clínica Norte", "paper_size": "Letter", "sound": False}
VERSION_1 = {
    "version": 1,
    "interface_language": "es",
    "protocol_language": "es",
    "paper_size": "A4",
    "clinic": {"name": "Clínica Sur", "address": "Calle 2", "phone": "555", "logo": None},
    "protocol_folders": ["/srv/protocols"],
    "sound": True,
    "speech": True,
    "auto_lock_minutes": 10,
    "font_scale": 1.25,
}


def write(path: Path, content: dict[str, object]) -> Path:
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_version_0_upgrades_to_the_current_version(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path / "settings.json", VERSION_0))
    assert loaded.problem is None
    settings = loaded.settings
    assert settings.version == SETTINGS_VERSION
    assert settings.clinic.name == "Clínica Norte"
    assert settings.paper_size == "Letter"
    assert settings.sound is False
    assert settings.first_start_done is True


def test_version_1_upgrades_to_the_current_version(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path / "settings.json", VERSION_1))
    assert loaded.problem is None
    settings = loaded.settings
    assert settings.version == SETTINGS_VERSION
    assert settings.clinic.name == "Clínica Sur"
    assert settings.interface_language == "es"
    assert settings.protocol_folders == ["/srv/protocols"]
    assert settings.auto_lock_minutes == 10
    assert settings.font_scale == 1.25
    # An installation already in use does not get the welcome again.
    assert settings.first_start_done is True
    assert settings.key_map == {} and settings.volume == 80


VERSION_2 = {
    "version": 2,
    "first_start_done": True,
    "interface_language": "es",
    "speech": True,
    "voice": "Spanish (Spain)",
    "volume": 60,
}


def test_version_2_keeps_its_one_voice_for_both_languages(tmp_path: Path) -> None:
    """Version 2 had one voice, used for whichever language has it: kept for both, the
    same voices speak after the upgrade."""
    loaded = load_settings(write(tmp_path / "settings.json", VERSION_2))
    assert loaded.problem is None
    settings = loaded.settings
    assert settings.version == SETTINGS_VERSION
    assert settings.voices == {"en": "Spanish (Spain)", "es": "Spanish (Spain)"}
    assert settings.speech is True and settings.volume == 60


def test_version_2_without_a_voice_names_none(tmp_path: Path) -> None:
    content = {**VERSION_2, "voice": ""}
    settings = load_settings(write(tmp_path / "settings.json", content)).settings
    assert settings.voices == {}


VERSION_3 = {
    "version": 3,
    "first_start_done": True,
    "paper_size": "Letter",
    "voices": {"es": "Spanish (Spain)"},
}


def test_version_3_prints_on_the_paper_the_clinic_chose(tmp_path: Path) -> None:
    """Version 4 adds Settings -> Printing; a clinic that chose Letter keeps printing on
    Letter, on the system's default printer, one copy, one-sided."""
    settings = load_settings(write(tmp_path / "settings.json", VERSION_3)).settings
    assert settings.version == SETTINGS_VERSION
    assert settings.printing.paper == "Letter"
    assert settings.printing.printer == ""
    assert settings.printing.copies == 1 and settings.printing.duplex is False
    assert settings.voices == {"es": "Spanish (Spain)"}


VERSION_4 = {
    "version": 4,
    "first_start_done": True,
    "printing": {"printer": "FrontDesk", "paper": "A4", "duplex": False, "copies": 1},
}


def test_version_4_keeps_using_its_database_file(tmp_path: Path) -> None:
    """Version 5 adds Settings -> Database; an installation upgraded keeps the file it
    used (an empty setting: the user data folder's file, or --db and PNF_CONSOLE_DB)."""
    loaded = load_settings(write(tmp_path / "settings.json", VERSION_4))
    assert loaded.problem is None
    assert loaded.settings.version == SETTINGS_VERSION
    assert loaded.settings.database == ""
    assert loaded.settings.printing.printer == "FrontDesk"


def test_version_5_has_no_room_yet(tmp_path: Path) -> None:
    """Version 6 names the console's room; an upgraded installation has none until it
    is named (asked at the next start on a clinic server)."""
    loaded = load_settings(write(tmp_path / "settings.json", {**VERSION_4, "version": 5}))
    assert loaded.problem is None
    assert loaded.settings.version == SETTINGS_VERSION == 6
    assert loaded.settings.room == ""
    assert Settings(room="  Room   2 ").room == "Room 2"


def test_a_new_installation_prints_on_the_printers_own_paper() -> None:
    assert Settings().printing.paper == "printer"


def test_an_upgraded_file_saves_and_reads_back_unchanged(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", VERSION_1)
    upgraded = load_settings(path).settings
    save_settings(upgraded, path)
    assert load_settings(path).settings == upgraded
    assert json.loads(path.read_text("utf-8"))["version"] == SETTINGS_VERSION


def test_every_setting_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(
        first_start_done=True,
        clinic={"name": "Clínica", "address": "Calle 1\nMadrid", "phone": "+34 91", "logo": None},
        key_map={"pause": ["F5"]},
        voices={"en": "English (Great Britain)", "es": "Spanish (Latin America)"},
        volume=35,
        auto_lock_minutes=0,
        font_scale=1.5,
        printing={"printer": "FrontDesk", "paper": "A4", "duplex": True, "copies": 2},
    )
    save_settings(settings, path)
    assert load_settings(path).settings == settings


@pytest.mark.parametrize(
    "content",
    [
        "",
        "null",
        json.dumps({"version": "two"}),
        json.dumps({"version": SETTINGS_VERSION, "volume": 300}),
        json.dumps({"version": SETTINGS_VERSION, "key_map": {"pause": ["B"], "note": ["B"]}}),
        json.dumps({"version": 1, "clinic": {"phone": "call me"}}),
        json.dumps({"version": SETTINGS_VERSION, "printing": {"copies": 0}}),
        json.dumps({"version": SETTINGS_VERSION, "printing": {"printer": "Front desk"}}),
    ],
)
def test_a_broken_file_is_kept_and_defaults_are_used(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.problem is not None
    assert loaded.kept_as is not None and loaded.kept_as.read_text("utf-8") == content
    assert loaded.kept_as.name.startswith("settings.json.broken-")
