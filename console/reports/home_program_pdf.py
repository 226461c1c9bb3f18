"""The printed home program: a calm, high-contrast handout in the patient's language.

`render_home_program` lays out, with reportlab's platypus: the clinic letterhead, the
title, who the program is for; each exercise with its illustration, numbered steps,
dosage, the therapist's note and cautions in a box; a weekly tick-box log; on every page
the clinic's phone number and "Page 1 of 3". Every fixed word comes from
`console.reports.strings` in the program's language; the protocol texts in the same
language (falling back to English where a protocol has no translation). DejaVu Sans is
embedded, so accents print everywhere. Grey fills are light and text is black, so a
black-and-white printer loses nothing.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from console import resources
from console.domain.home_program import (
    HomeProgram,
    HomeProgramError,
    HomeProgramItem,
    NotAHomeExerciseError,
    UnknownExerciseError,
)
from console.domain.messages import say
from console.domain.protocol import Protocol, ProtocolFile
from console.reports.clinic import ClinicHeader
from console.reports.fonts import FONT, FONT_BOLD, register_fonts
from console.reports.handout_style import (
    FILL,
    LARGE,
    LOG_FILL,
    MARGIN,
    NORMAL,
    FontTable,
    TickBoxes,
    markup,
)
from console.reports.numbered_canvas import INK, SOFT_INK, footer_top, numbered_canvas
from console.reports.pictures import picture
from console.reports.strings import dosage_line, long_date, text, weekdays

Paper = Literal["A4", "Letter"]

PAGE_SIZES: Mapping[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

MIN_PICTURE_H: float = 32 * mm


@dataclass(frozen=True)
class _Exercise:
    number: int
    item: HomeProgramItem
    spec: ProtocolFile
    illustration: Path | None


# -- layout -------------------------------------------------------------------------------


class _Layout:
    def __init__(
        self, program: HomeProgram, clinic: ClinicHeader, width: float, frame_height: float
    ) -> None:
        self.program = program
        self.frame_height = frame_height
        self.clinic = clinic
        self.lang = program.language
        self.look = LARGE if program.large_print else NORMAL
        self.width = width
        look = self.look
        self.body = look.style("body", look.body, spaceAfter=look.body * 0.35)
        self.strong = look.style("strong", look.body, bold=True)
        self.small = look.style("small", look.small, textColor=SOFT_INK)
        self.clinic_name = look.style("clinic", look.clinic, bold=True)
        self.title = look.style(
            "title", look.title, bold=True, spaceBefore=look.body * 0.8, spaceAfter=look.body * 0.5
        )
        self.heading = look.style("heading", look.heading, bold=True)
        self.number = look.style(
            "number", look.heading, bold=True, alignment=TA_CENTER, textColor=colors.white
        )
        self.step = look.style(
            "step",
            look.body,
            leftIndent=look.body * 1.9,
            bulletIndent=0,
            bulletFontName=FONT_BOLD,
            bulletFontSize=look.body,
            spaceAfter=look.body * 0.3,
            alignment=TA_LEFT,
            allowWidows=0,  # a step's last line never alone at the top of a page
        )
        self.cell = look.style("cell", look.body)
        self.caution_text = look.style("caution", look.body, spaceBefore=look.body * 0.3)
        self.cell_bold = look.style("cell-b", look.body, bold=True)
        self.day = look.style("day", look.body, bold=True, alignment=TA_CENTER)

    def t(self, key: str, **fields: object) -> str:
        return text(key, self.lang, **fields)

    # letterhead and title

    def letterhead(self) -> list[Flowable]:
        clinic = self.clinic
        lines: list[Flowable] = []
        if clinic.name:
            lines.append(Paragraph(markup(clinic.name), self.clinic_name))
        contact = [part for part in (clinic.address, clinic.phone) if part]
        if contact:
            lines.append(Paragraph(" · ".join(markup(part) for part in contact), self.small))
        logo = picture(clinic.logo, 50 * mm, 22 * mm) if clinic.logo else None
        if not lines and logo is None:
            return []
        if logo is None:
            return [*lines, self._rule()]
        logo_w = 54 * mm
        head = FontTable(
            [[logo, lines or ""]],
            colWidths=[logo_w, self.width - logo_w],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (0, 0), (0, 0), "LEFT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        head.hAlign = "LEFT"
        return [head, self._rule()]

    def _rule(self) -> Flowable:
        rule = FontTable([[""]], colWidths=[self.width], rowHeights=[4])
        rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, INK)]))
        return rule

    def title_block(self) -> list[Flowable]:
        program = self.program
        pairs = [
            (self.t("patient"), program.patient_name),
            (self.t("date"), long_date(program.date, self.lang)),
        ]
        if program.therapist_name:
            pairs.append((self.t("therapist"), program.therapist_name))
        pairs.append((self.t("version"), str(program.version)))
        label_w = (
            max(pdfmetrics.stringWidth(label, FONT, self.look.body) for label, _ in pairs)
            + self.look.body * 1.2
        )
        cells = [
            [Paragraph(markup(label), self.cell), Paragraph(markup(value), self.cell_bold)]
            for label, value in pairs
        ]
        if self.look.exercise_per_page:  # large print: one fact a line
            rows = cells
            widths = [label_w, self.width - label_w]
        else:  # two facts a line: room for more exercises on the first page
            half = -(-len(cells) // 2)
            rows = [
                left + (cells[half + index] if half + index < len(cells) else ["", ""])
                for index, left in enumerate(cells[:half])
            ]
            column = self.width / 2
            widths = [label_w, column - label_w, label_w, column - label_w]
        facts = FontTable(rows, colWidths=widths, hAlign="LEFT")
        facts.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        advice = FontTable(
            [
                [Paragraph(markup(f"{self.t('intro')} {self.t('sets_help')}"), self.cell)],
                [Paragraph(markup(self.t("stop")), self.cell_bold)],
            ],
            colWidths=[self.width],
        )
        advice.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), FILL),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, 0), 7),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ]
            )
        )
        return [
            Paragraph(markup(self.t("title")), self.title),
            facts,
            Spacer(1, self.look.body * 0.6),
            advice,
            Spacer(1, self.look.body * 0.9),
        ]

    def overview(self, exercises: Sequence[_Exercise]) -> list[Flowable]:
        """The list of exercises, for the cover page of a large-print program."""
        look = self.look
        rows = [
            [
                Paragraph(f"{exercise.number}.", self.cell),
                Paragraph(markup(exercise.spec.title.in_(self.lang)), self.cell),
            ]
            for exercise in exercises
        ]
        number_w = look.body * 2.2
        table = FontTable(rows, colWidths=[number_w, self.width - number_w], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return [
            Paragraph(markup(self.t("overview")), self.heading),
            Spacer(1, look.body * 0.4),
            table,
        ]

    # one exercise

    def exercise(self, exercise: _Exercise) -> list[Flowable]:
        look = self.look
        spec = exercise.spec
        item = exercise.item
        badge_w = look.heading * 2.1
        heading = FontTable(
            [
                [
                    Paragraph(str(exercise.number), self.number),
                    Paragraph(markup(spec.title.in_(self.lang)), self.heading),
                ]
            ],
            colWidths=[badge_w, self.width - badge_w],
            hAlign="LEFT",
        )
        heading.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (0, 0), INK),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (1, 0), (1, 0), look.heading * 0.6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LINEBELOW", (1, 0), (1, 0), 1.2, INK),
                ]
            )
        )
        steps = [
            Paragraph(markup(step.instruction.in_(self.lang)), self.step, bulletText=f"{n}.")
            for n, step in enumerate(spec.steps, start=1)
        ]
        after: list[Flowable] = [Spacer(1, look.body * 0.4), self._dosage(item)]
        if item.note.strip():
            after += [
                Spacer(1, look.body * 0.5),
                Paragraph(
                    f"<b>{markup(self.t('note'))}:</b> {markup(item.note.strip())}", self.body
                ),
            ]
        cautions = []
        if spec.home is not None and spec.home.caution is not None:
            cautions.append(spec.home.caution.in_(self.lang))
        if item.caution.strip():
            cautions.append(item.caution.strip())
        warning = [Spacer(1, look.body * 0.5), self._caution(cautions)] if cautions else []
        top: list[Flowable] = [heading, Spacer(1, look.body * 0.6)]
        if look.exercise_per_page:
            # The picture above the steps, as large as the page leaves room for, so the
            # exercise stays on one page. When the text alone is longer than a page, the
            # picture keeps its full size and the caution and dosage move up under it:
            # read before the exercise, and the steps run on to the next page instead.
            text = [*steps, *after, *warning]
            room = self.frame_height - self._height([*top, *text]) - look.body * 1.2
            art = picture(exercise.illustration, look.picture_w, look.picture_h)
            if art is not None and art.wrap(self.width, room)[1] > room:
                if room >= MIN_PICTURE_H:
                    art = picture(exercise.illustration, look.picture_w, room)
                else:
                    dosage, note = after[1:2], after[2:]
                    gap = Spacer(1, look.body * 0.8)
                    text = [*warning[1:], *after[:1], *dosage, gap, *steps, *note]
            middle = [art, Spacer(1, look.body * 0.8)] if art is not None else []
            return [*top, *middle, *text]
        after += warning
        art = picture(exercise.illustration, look.picture_w, look.picture_h)
        if art is None:
            return [*top, *steps, *after]
        gap = 5 * mm
        side = FontTable(
            [[art, steps]],
            colWidths=[look.picture_w + gap, self.width - look.picture_w - gap],
            hAlign="LEFT",
        )
        side.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (0, 0), "LEFT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), gap),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ]
            )
        )
        return [*top, side, *after]

    def _height(self, flowables: Iterable[Flowable]) -> float:
        """The height the flowables take stacked in the frame's width."""
        total = 0.0
        for flowable in flowables:
            _, height = flowable.wrap(self.width, self.frame_height)
            total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return total

    def fits_on_one_page(self, flowables: Iterable[Flowable]) -> bool:
        return self._height(flowables) <= self.frame_height

    def _dosage(self, item: HomeProgramItem) -> Flowable:
        line = dosage_line(**item.dosage(), lang=self.lang)
        label = self.t("how_much")
        label_w = pdfmetrics.stringWidth(label, FONT, self.look.body) + 16
        box = FontTable(
            [[Paragraph(markup(label), self.cell), Paragraph(markup(line), self.cell_bold)]],
            colWidths=[label_w, self.width - label_w],
            hAlign="LEFT",
        )
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), FILL),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return box

    def _caution(self, cautions: Sequence[str]) -> Flowable:
        # One cell, so the box never splits its heading from its text across pages.
        content = [Paragraph("⚠ " + markup(self.t("caution")), self.strong)]
        content += [Paragraph(markup(caution), self.caution_text) for caution in cautions]
        box = FontTable([[content]], colWidths=[self.width], hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.8, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return box

    # weekly log

    def weekly_log(self, exercises: Sequence[_Exercise]) -> list[Flowable]:
        look = self.look
        days = weekdays(self.lang)
        name_w = self.width - 7 * look.day_col
        header: list[Any] = [Paragraph(markup(self.t("exercise")), self.cell_bold)]
        header += [Paragraph(markup(day), self.day) for day in days]
        rows: list[list[Any]] = [header]
        per_row = max(1, int((look.day_col - 4 + look.box * 0.45) // (look.box * 1.45)))
        for exercise in exercises:
            name = f"{exercise.number}. {exercise.spec.title.in_(self.lang)}"
            boxes = exercise.item.per_day
            rows.append(
                [Paragraph(markup(name), self.cell)]
                + [TickBoxes(boxes, look.box, per_row) for _ in days]
            )
        table = FontTable(
            rows, colWidths=[name_w] + [look.day_col] * 7, hAlign="LEFT", repeatRows=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.8, INK),
                    ("BACKGROUND", (0, 0), (-1, 0), FILL),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (1, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (1, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LOG_FILL]),
                ]
            )
        )
        week = Paragraph(
            f"{markup(self.t('week_of'))}: " + "_" * (14 if look.exercise_per_page else 22),
            self.body,
        )
        intro = [
            Paragraph(markup(self.t("log_title")), self.heading),
            Spacer(1, look.body * 0.5),
            Paragraph(markup(self.t("log_help")), self.body),
            week,
            Spacer(1, look.body * 0.4),
        ]
        return [KeepTogether([*intro, table])]


def _resolve(
    program: HomeProgram,
    protocols: Mapping[str, ProtocolFile | Protocol],
    builtin_dir: Path,
) -> list[_Exercise]:
    missing = program.missing_protocols(protocols)
    if missing:
        raise UnknownExerciseError(missing)
    exercises = []
    for number, item in enumerate(program.items, start=1):
        entry = protocols[item.protocol_id]
        if isinstance(entry, Protocol):
            spec = entry.spec
            illustration = entry.illustration_path(builtin_dir)
        else:
            spec = entry
            illustration = None
            if spec.illustration and spec.illustration.startswith("builtin:"):
                stand_in = Protocol(spec=spec, path=builtin_dir / f"{spec.id}.toml", builtin=True)
                illustration = stand_in.illustration_path(builtin_dir)
        if spec.kind != "home":
            raise NotAHomeExerciseError(spec.id)
        exercises.append(_Exercise(number, item, spec, illustration))
    return exercises


def _story(layout: _Layout, exercises: Iterable[_Exercise]) -> list[Flowable]:
    story: list[Flowable] = [*layout.letterhead(), *layout.title_block()]
    listed = list(exercises)
    if layout.look.exercise_per_page:
        # Large print: a cover page listing the exercises (when the list fits on it).
        overview = layout.overview(listed)
        if layout.fits_on_one_page([*story, *overview]):
            story += overview
        story.append(PageBreak())
    for index, exercise in enumerate(listed):
        block = layout.exercise(exercise)
        if layout.look.exercise_per_page:
            if index > 0:
                story.append(PageBreak())
            story += block  # already alone on its page: nothing to keep together
        else:
            story += [KeepTogether(block), Spacer(1, layout.look.body * 1.3)]
    if layout.look.exercise_per_page:
        story.append(PageBreak())
    story += layout.weekly_log(listed)
    return story


def render_home_program(
    program: HomeProgram,
    protocols: Mapping[str, ProtocolFile | Protocol],
    clinic: ClinicHeader,
    *,
    paper: Paper = "A4",
    illustrations_dir: Path | None = None,
) -> bytes:
    """The program as a PDF document.

    `protocols` maps protocol ids to their files; every item's protocol must be there
    (else `UnknownExerciseError`) and be a home exercise (else `NotAHomeExerciseError`).
    `builtin:` illustrations are looked up in `illustrations_dir` (default: the shipped
    illustrations).
    """
    if program.is_empty:
        raise HomeProgramError(
            say("The home program has no exercises to print. Add at least one first.")
        )
    if paper not in PAGE_SIZES:
        raise HomeProgramError(say("The paper size {0} is unknown; use A4 or Letter.", paper))
    register_fonts()
    builtin_dir = illustrations_dir or resources.illustrations_dir()
    exercises = _resolve(program, protocols, builtin_dir)

    lang = program.language
    page_w, page_h = PAGE_SIZES[paper]
    look = LARGE if program.large_print else NORMAL
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(page_w, page_h),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=footer_top(look.small, MARGIN) + 12,
        title=text("title", lang),
        author=clinic.name or program.therapist_name,
        subject=text("subject", lang, name=program.patient_name),
        creator="PNF Console",
        lang=lang,
        initialFontName=FONT,  # else every page names an unembedded Helvetica
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    layout = _Layout(program, clinic, doc.width, doc.height)
    phone = clinic.phone
    doc.build(
        _story(layout, exercises),
        canvasmaker=numbered_canvas(
            footer=text("questions", lang, phone=phone) if phone else "",
            page_label=lambda page, total: text("page", lang, page=page, pages=total),
            running_head=f"{program.patient_name} · {text('title', lang)}",
            size=look.small,
            margin=MARGIN,
        ),
    )
    return buffer.getvalue()
