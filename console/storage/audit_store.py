"""The audit log as the program reads and adds to it: an entry for an action that
changes nothing else (a view, a print, an export), the entries, and the chain check.

Every other write appends its entry itself, inside its own transaction
(``Transactions.audit``); the hash chain is in ``audit.py``.
"""

from __future__ import annotations

from typing import Any

from console.storage import audit as audit_chain
from console.storage.rows import Row
from console.storage.transactions import Transactions


class AuditStore:
    def __init__(self, tx: Transactions) -> None:
        self._tx = tx
        #: Append an entry in its own transaction (or the caller's); returns its id.
        #: The same call as ``Transactions.audit``: ``detail`` is never a patient's name.
        self.log = tx.audit

    def entries(self, patient_id: int | None = None, limit: int | None = None) -> list[Row]:
        """Audit rows oldest first, all or those about one patient."""
        where = "" if patient_id is None else "WHERE patient_id = ?"
        params: list[Any] = [] if patient_id is None else [patient_id]
        tail = ""
        if limit is not None:
            tail = "LIMIT ?"
            params.append(limit)
        return self._tx.all(f"SELECT * FROM audit_log {where} ORDER BY id {tail}", params)

    def verify_chain(self) -> list[str]:
        """Every break in the audit log's hash chain; empty when intact."""
        with self._tx.conn.translated():
            return audit_chain.verify_chain(self._tx.conn)
