"""Who is at the computer, for the "who" of every record, signature and audit entry.

The therapist who last unlocked the screen (or the only profile, set at start) is the
repository's acting therapist. Without one, the first active profile (by name) is
used; a database without any gets one profile named "Therapist". Every screen asks
here, so the answer is decided in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.storage.repository import Repository
from console.ui.shell.i18n import QT_TRANSLATE_NOOP

#: The default profile's name, in the interface language when it is made.
DEFAULT_THERAPIST_NAME = QT_TRANSLATE_NOOP("TherapistIdentity", "Therapist")


def current_therapist_id(repository: Repository) -> int:
    """The id of the therapist at the computer (creating the default profile if none)."""
    therapists = repository.therapists.all()
    acting = repository.acting_therapist_id
    if acting is not None and any(t.id == acting for t in therapists):
        return acting
    if therapists:
        return therapists[0].id
    name = QCoreApplication.translate("TherapistIdentity", DEFAULT_THERAPIST_NAME)
    return repository.therapists.create(name)


def therapist_names(repository: Repository) -> dict[int, str]:
    """Every therapist's name by id (inactive ones too: old sessions name them)."""
    return {t.id: t.name for t in repository.therapists.all(include_inactive=True)}
