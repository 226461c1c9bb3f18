"""The domain and storage layers' messages, listed for the translation catalogue.

Those layers know nothing of Qt, so pyside6-lupdate cannot find their texts; they are
named here under the context ``Messages`` and translated where they are made
(``console.domain.messages.user_text``, hooked to Qt by ``console/ui/shell/i18n.py``).
``tests/unit/test_message_catalogue.py`` fails when a message is missing from this list.
"""

from __future__ import annotations

from console.ui.shell.i18n import QT_TRANSLATE_NOOP

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
    QT_TRANSLATE_NOOP("Messages", "The resume point was not saved: {0}"),
    QT_TRANSLATE_NOOP("Messages", "Only a running session's plan can change."),
    QT_TRANSLATE_NOOP("Messages", "Only a hold can be timed to fatigue."),
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
    # The clinic server (console/storage/server_errors.py, transfer.py)
    QT_TRANSLATE_NOOP(
        "Messages",
        "The target database already holds data, so nothing was copied into it. Moving a "
        "clinic needs a new, empty database.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database server refused this computer or this role. Ask the clinic's "
        "administrator to allow it (see docs/clinic-server.md). Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database server has no database of that name. Check the name in the database"
        " address, or set the database up (`pnf-console server init`).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The connection to the database server was lost while saving, so the last entry "
        "may not have reached it. Everything saved before it is safe. Check the network "
        "and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database role may not do this on the server. Nothing was changed; ask the "
        "clinic's administrator to set up the server again (`pnf-console server init`).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database server did not accept the user name or password. Check them and try"
        " again. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database server asks for a password. Enter it, or put it in the password "
        "file (see docs/clinic-server.md). Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database server cannot be reached. Check that the server is on and that this"
        " computer is on the clinic's network, then try again. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The secure connection to the database server could not be made: the server's "
        "certificate was not accepted. Check the certificate files named in the database "
        "address (see docs/clinic-server.md). Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This database was made by an older version of PNF Console and has not been "
        "upgraded yet. Open it once with this version (or run `pnf-console migrate`) to "
        "upgrade it; nothing has been changed.",
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
    # The runner's grade and pain entries
    QT_TRANSLATE_NOOP("Messages", "A resistance grade is 0 to 5, not {0}."),
    QT_TRANSLATE_NOOP(
        "Messages", "{0} is not a resistance grade: 0 to 5, with + or - (no 5+ or 0-)."
    ),
    QT_TRANSLATE_NOOP("Messages", "A pain score is 0 to 10, not {0}."),
    QT_TRANSLATE_NOOP("Messages", "Press a grade 0 to 5 first, then + or -."),
    QT_TRANSLATE_NOOP("Messages", "There is no grade {0}."),
    # Session plans
    QT_TRANSLATE_NOOP("Messages", "The saved plan has parts this version does not know: {0}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Item {0} of the plan uses the protocol “{1}”, which is not in the library. "
        "Put its file back in a protocol folder, or change the plan.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Item {0} of the plan ({1}) asks for the side “{2}”; the protocol has {3}."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Item {0} of the plan ({1}) repeats step {2}; the protocol's last step is {3}.",
    ),
    # Home programs
    QT_TRANSLATE_NOOP(
        "Messages", "The home program has no exercises to print. Add at least one first."
    ),
    QT_TRANSLATE_NOOP("Messages", "The paper size {0} is unknown; use A4 or Letter."),
    QT_TRANSLATE_NOOP("Messages", "Exercise {0} of the saved program cannot be read: {1}"),
    QT_TRANSLATE_NOOP("Messages", "The saved program's date is not a date: {0}."),
    QT_TRANSLATE_NOOP("Messages", "The saved program's exercises are not a list."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The protocol “{0}” is done with the therapist, not at home: it has no home dosage.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The home program names exercises that are not in the protocol library: {0}. "
        "Put their files back in a protocol folder, or take them out of the program.",
    ),
    # Several rooms on one clinic server
    QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else saved this while you were editing it. Nothing of yours has been "
        "lost: compare the two versions and choose what to keep.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This patient is in session in another room. Take the session over only if "
        "that room has stopped (for example its computer crashed).",
    ),
    QT_TRANSLATE_NOOP("Messages", "This session is no longer running; nothing to take over."),
    QT_TRANSLATE_NOOP("Messages", "someone"),
    QT_TRANSLATE_NOOP("Messages", "a room without a name"),
    QT_TRANSLATE_NOOP("Messages", "{0} in {1} at {2}"),
    QT_TRANSLATE_NOOP("Messages", "{0} in {1}, since {2}"),
)
