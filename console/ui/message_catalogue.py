"""The domain and storage layers' messages, listed for the translation catalogue.

Those layers know nothing of Qt, so pyside6-lupdate cannot find their texts; they are
named here under the context ``Messages`` and translated where they are made
(``console.domain.messages.user_text``, hooked to Qt by ``console/ui/i18n.py``).
``tests/unit/test_message_catalogue.py`` fails when a message is missing from this list.
"""

from __future__ import annotations

from console.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Messages"

MESSAGES = (
    # Patients and therapists
    QT_TRANSLATE_NOOP("Messages", "Enter the patient's given name."),
    QT_TRANSLATE_NOOP("Messages", "Enter the patient's family name."),
    QT_TRANSLATE_NOOP("Messages", "At most 100 characters."),
    QT_TRANSLATE_NOOP("Messages", "At most 40 characters."),
    QT_TRANSLATE_NOOP("Messages", "At most 10000 characters."),
    QT_TRANSLATE_NOOP("Messages", "The date of birth is in the future."),
    QT_TRANSLATE_NOOP("Messages", "The date of birth is too far in the past."),
    QT_TRANSLATE_NOOP("Messages", "The handout language is English or Spanish."),
    QT_TRANSLATE_NOOP("Messages", "Write the date of birth as year-month-day, e.g. 1984-03-02."),
    QT_TRANSLATE_NOOP("Messages", "Enter the record number."),
    QT_TRANSLATE_NOOP("Messages", "This record number belongs to another patient."),
    QT_TRANSLATE_NOOP("Messages", "Enter the therapist's name."),
    QT_TRANSLATE_NOOP("Messages", "Give the template a name."),
    QT_TRANSLATE_NOOP("Messages", "A PIN is 4 to 12 digits."),
    # Sessions
    QT_TRANSLATE_NOOP("Messages", "The note is empty."),
    QT_TRANSLATE_NOOP("Messages", "Pain is asked at the start or at the end."),
    QT_TRANSLATE_NOOP(
        "Messages", "Only a signed session is amended; this one can still be edited."
    ),
    # Storage
    QT_TRANSLATE_NOOP("Messages", "The database could not be used."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This database was made by a newer version of PNF Console. "
        "Update the program to open it; the file has not been changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is damaged or is not a PNF Console database. "
        "It has been left as it is; restore a backup or start a new database.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database is busy: another program or another PNF Console is using it. "
        "Close the other one and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full, so the last entry was not saved. Everything saved before it "
        "is safe. Free some space and save again.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database cannot be written: the file or its folder is read-only. "
        "Everything saved before is safe.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The disk reported an error while saving. Everything saved before is safe; "
        "check the disk and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "This database is encrypted. Enter the clinic passphrase to open it."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The passphrase does not open this database. Nothing was changed; check the "
        "passphrase and try again. If it is surely right, the file may be damaged: "
        "restore a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This database is already open in another PNF Console. Use that one, or close it "
        "first. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "That item is not in the database."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This session is signed and can no longer be changed; add an amendment instead.",
    ),
)
