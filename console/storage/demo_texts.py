"""The demo's names and clinical texts, in English and Spanish.

Nothing here is a real person. The clinical texts are written in the language the demo
is made in (the interface language in the app, ``--language`` on the command line).
Each list has the same length in both languages, so the same seed gives the same
caseload whichever language it is written in.
"""

from __future__ import annotations

GIVEN_EN = (
    "Zoë", "Oliver", "Amelia", "Chloé", "Noah", "Isla", "Renée", "Jack", "Ruth", "Harry",
    "Sophie", "Thomas", "Grace", "Eleanor", "Daniel", "Margaret", "Arthur", "Naïma",
)  # fmt: skip
GIVEN_ES = (
    "José", "María", "Lucía", "Martín", "Inés", "Jesús", "Ramón", "Begoña", "Álvaro",
    "Sofía", "Iñaki", "Raúl", "Mónica", "Andrés", "Verónica", "Íñigo", "Concepción", "Joaquín",
)  # fmt: skip
FAMILY_EN = (
    "Smith", "O'Brien", "Brontë", "Walker", "Hughes", "Patel", "Wright", "Green", "Evans",
    "Thompson", "MacLeod", "Fletcher", "Davies", "Clarke",
)  # fmt: skip
FAMILY_ES = (
    "Núñez", "Peña", "García", "Fernández", "Muñoz", "Gómez", "Martínez", "Sánchez",
    "Jiménez", "Ibáñez", "Castaño", "Rodríguez", "Pérez", "Domínguez", "Ordóñez", "Álvarez",
)  # fmt: skip
THERAPISTS = ("Ana García", "Tom Fletcher", "Lucía Fernández")

TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "diagnosis": (
            "chronic low back pain",
            "post-stroke left hemiparesis",
            "post-stroke right hemiparesis",
            "rotator cuff repair, 8 weeks",
            "total knee replacement, 6 weeks",
            "total hip replacement, 4 weeks",
            "adhesive capsulitis, right shoulder",
            "Parkinson's disease, gait and balance",
            "multiple sclerosis, lower limb weakness",
            "ankle sprain, return to sport",
            "cervical radiculopathy C6",
            "incomplete spinal cord injury T10",
        ),
        "note": (
            "good control through range",
            "compensates with trunk side flexion; cued",
            "fatigue in the last set",
            "good coordination, no pain",
            "needed tactile cue at the scapula",
            "range improved after hold-relax",
        ),
        "subjective": (
            "Reports less pain on waking; walked 20 minutes twice this week.",
            "Stiff after gardening at the weekend; home exercises done 4 of 7 days.",
            "Less pain climbing stairs.",
            "No new complaints. Sleeping better.",
        ),
        "assessment": (
            "Strength and control improving; tolerating more resistance.",
            "Pain settled within the session; progress as planned.",
            "Plateau this week; adherence to home program partial.",
        ),
        "plan": (
            "Continue plan; progress resistance next session.",
            "Review home program; add a balance exercise.",
            "Same plan next week; reassess grades.",
        ),
        "amendment reason": (
            "late entry",
            "correction of a typing error",
            "information from the patient",
        ),
        "amendment": (
            "Patient also reported numbness after the session; resolved within an hour.",
        ),
        "patient note": ("Prefers morning appointments.",),
        "today note": ("Tolerated more resistance today.",),
    },
    "es": {
        "diagnosis": (
            "lumbalgia crónica",
            "hemiparesia izquierda tras ictus",
            "hemiparesia derecha tras ictus",
            "reparación del manguito rotador, 8 semanas",
            "prótesis total de rodilla, 6 semanas",
            "prótesis total de cadera, 4 semanas",
            "capsulitis adhesiva, hombro derecho",
            "enfermedad de Parkinson, marcha y equilibrio",
            "esclerosis múltiple, debilidad de miembros inferiores",
            "esguince de tobillo, vuelta al deporte",
            "radiculopatía cervical C6",
            "lesión medular incompleta T10",
        ),
        "note": (
            "buen control en todo el recorrido",
            "compensa con inclinación lateral del tronco; se corrige con la orden",
            "fatiga en la última serie",
            "buena coordinación, sin dolor",
            "necesitó estímulo táctil en la escápula",
            "más recorrido tras mantener-relajar",
        ),
        "subjective": (
            "Refiere menos dolor al levantarse; ha caminado 20 minutos dos veces esta semana.",
            "Rigidez tras trabajar en el jardín el fin de semana; ejercicios en casa 4 de 7 días.",
            "Refiere menos dolor al subir escaleras.",
            "Sin molestias nuevas. Duerme mejor.",
        ),
        "assessment": (
            "Mejoran la fuerza y el control; tolera más resistencia.",
            "El dolor cedió durante la sesión; evoluciona según lo previsto.",
            "Sin cambios esta semana; cumple en parte los ejercicios en casa.",
        ),
        "plan": (
            "Seguir el plan; aumentar la resistencia la próxima sesión.",
            "Revisar el programa de ejercicios en casa; añadir un ejercicio de equilibrio.",
            "El mismo plan la próxima semana; volver a valorar la fuerza.",
        ),
        "amendment reason": (
            "anotación tardía",
            "corrección de un error al escribir",
            "información del paciente",
        ),
        "amendment": ("El paciente refirió además hormigueo tras la sesión; cedió en una hora.",),
        "patient note": ("Prefiere citas por la mañana.",),
        "today note": ("Hoy toleró más resistencia.",),
    },
}
DEMO_LANGUAGES = tuple(TEXTS)


def demo_text(language: str, what: str) -> tuple[str, ...]:
    """The demo's texts of one kind ("diagnosis", "note", "subjective"...)."""
    return TEXTS.get(language, TEXTS["en"])[what]
