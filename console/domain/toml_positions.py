"""Where each key and table of a TOML document stands (line and column, 1-based).

tomllib gives values, not positions; validation errors must still name the line a
clinic admin has to fix. This scanner walks text that tomllib has already accepted and
records, for every key path, where its key is written, and for every table, where its
header (or first key) is. Array elements are numbered from 0 as in the parsed data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PathPart = str | int
KeyPath = tuple[PathPart, ...]
Position = tuple[int, int]

_BARE_KEY = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


@dataclass
class Positions:
    """Positions of keys (where `key =` is written) and of tables (their header)."""

    keys: dict[KeyPath, Position] = field(default_factory=dict)
    tables: dict[KeyPath, Position] = field(default_factory=dict)

    def of_key(self, path: KeyPath) -> Position | None:
        """The position of the key at `path`, or of its nearest located ancestor."""
        for end in range(len(path), 0, -1):
            prefix = path[:end]
            if prefix in self.keys:
                return self.keys[prefix]
            if prefix in self.tables:
                return self.tables[prefix]
        return None

    def of_table(self, path: KeyPath) -> Position:
        """Where the table at `path` is opened; (1, 1) for the document itself."""
        for end in range(len(path), 0, -1):
            prefix = path[:end]
            if prefix in self.tables:
                return self.tables[prefix]
            if prefix in self.keys:
                return self.keys[prefix]
        return (1, 1)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.line = 1
        self.col = 1
        self.out = Positions()
        self.array_counts: dict[KeyPath, int] = {}

    # -- low level -------------------------------------------------------------

    def peek(self, offset: int = 0) -> str:
        j = self.i + offset
        return self.text[j] if j < len(self.text) else ""

    def advance(self, n: int = 1) -> None:
        for _ in range(n):
            if self.i >= len(self.text):
                return
            if self.text[self.i] == "\n":
                self.line += 1
                self.col = 1
            else:
                self.col += 1
            self.i += 1

    def pos(self) -> Position:
        return (self.line, self.col)

    def skip_blank(self, newlines: bool) -> None:
        while self.i < len(self.text):
            ch = self.peek()
            if ch in " \t\r" or (newlines and ch == "\n"):
                self.advance()
            elif ch == "#":
                while self.i < len(self.text) and self.peek() != "\n":
                    self.advance()
            else:
                return

    # -- keys and strings ------------------------------------------------------

    def read_string(self) -> str:
        quote = self.peek()
        if self.text.startswith(quote * 3, self.i):
            self.advance(3)
            start = self.i
            while self.i < len(self.text):
                if quote == '"' and self.peek() == "\\":
                    self.advance(2)
                    continue
                if self.text.startswith(quote * 3, self.i):
                    # A closing delimiter may be followed by up to two more quotes.
                    while self.text.startswith(quote * 4, self.i):
                        self.advance()
                    value = self.text[start : self.i]
                    self.advance(3)
                    return value
                self.advance()
            return self.text[start:]
        self.advance()
        start = self.i
        while self.i < len(self.text) and self.peek() != quote:
            if quote == '"' and self.peek() == "\\":
                self.advance()
            self.advance()
        value = self.text[start : self.i]
        self.advance()
        return value

    def read_key(self) -> tuple[list[str], Position]:
        parts: list[str] = []
        start = self.pos()
        while True:
            self.skip_blank(newlines=False)
            ch = self.peek()
            if ch in "\"'":
                parts.append(self.read_string())
            else:
                begin = self.i
                while self.peek() and self.peek() in _BARE_KEY:
                    self.advance()
                parts.append(self.text[begin : self.i])
            self.skip_blank(newlines=False)
            if self.peek() == ".":
                self.advance()
                continue
            return parts, start

    # -- values ----------------------------------------------------------------

    def read_value(self, path: KeyPath) -> None:
        ch = self.peek()
        if ch in "\"'":
            self.read_string()
        elif ch == "{":
            self.read_inline_table(path)
        elif ch == "[":
            self.read_array(path)
        else:
            while self.peek() and self.peek() not in ",]}\n#":
                self.advance()

    def read_pair(self, table: KeyPath) -> None:
        """``key = value`` (the key dotted or not) inside ``table``."""
        parts, start = self.read_key()
        key_path = (*table, *parts)
        self.record_key(key_path, start, base=len(table))
        self.skip_blank(newlines=False)
        self.advance()  # =
        self.skip_blank(newlines=False)
        self.read_value(key_path)

    def read_inline_table(self, path: KeyPath) -> None:
        self.out.tables.setdefault(path, self.out.keys.get(path, self.pos()))
        self.advance()  # {
        while True:
            self.skip_blank(newlines=True)
            if self.peek() in ("}", ""):
                self.advance()
                return
            self.read_pair(path)
            self.skip_blank(newlines=True)
            if self.peek() == ",":
                self.advance()

    def read_array(self, path: KeyPath) -> None:
        self.advance()  # [
        index = 0
        while True:
            self.skip_blank(newlines=True)
            if self.peek() in ("]", ""):
                self.advance()
                return
            element = (*path, index)
            self.out.keys.setdefault(element, self.pos())
            self.read_value(element)
            index += 1
            self.skip_blank(newlines=True)
            if self.peek() == ",":
                self.advance()

    def record_key(self, path: KeyPath, start: Position, base: int) -> None:
        self.out.keys.setdefault(path, start)
        # A dotted key (a.b = 1) opens its parent tables implicitly, where it is written.
        for end in range(base + 1, len(path)):
            self.out.tables.setdefault(path[:end], start)

    # -- document --------------------------------------------------------------

    def resolve_header(self, parts: list[str]) -> KeyPath:
        """A header's path, with the current element index of enclosing arrays."""
        resolved: list[PathPart] = []
        for part in parts:
            resolved.append(part)
            count = self.array_counts.get(tuple(resolved))
            if count is not None:
                resolved.append(count - 1)
        return tuple(resolved)

    def scan(self) -> Positions:
        current: KeyPath = ()
        while True:
            self.skip_blank(newlines=True)
            if self.i >= len(self.text):
                return self.out
            start = self.pos()
            if self.peek() == "[":
                is_array = self.peek(1) == "["
                self.advance(2 if is_array else 1)
                parts, _ = self.read_key()
                self.advance(2 if is_array else 1)
                if is_array:
                    parent = self.resolve_header(parts[:-1])
                    array_path = (*parent, parts[-1])
                    self.array_counts[array_path] = self.array_counts.get(array_path, 0) + 1
                    current = (*array_path, self.array_counts[array_path] - 1)
                    self.out.keys.setdefault(array_path, start)
                else:
                    current = self.resolve_header(parts)
                    # `[home]` writes the key "home" (and `[a.b]` the keys a and b).
                    for end in range(len(current) - len(parts) + 1, len(current) + 1):
                        if isinstance(current[end - 1], str):
                            self.out.keys.setdefault(current[:end], start)
                self.out.tables.setdefault(current, start)
                continue
            self.read_pair(current)


def scan_positions(text: str) -> Positions:
    """Positions of every key and table in `text`, which must be valid TOML."""
    return _Scanner(text).scan()
