"""Pages 2 and 3 of the I-247A: the notice to the detainee (English, Spanish) and the other translations.

All reconstructed: the research knows the notice's substance and its five languages, not its wording
(REFERENCE.md §1.1, ADDENDUM.md §1.2). The Spanish text is the project's own translation.
"""

from __future__ import annotations

import pymupdf

from .layout import MARGIN, PAGE_W, Sheet

R = "reconstructed"
X0, X1 = MARGIN, PAGE_W - MARGIN
W = X1 - X0

NOTICE_EN = [
    "The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration "
    "detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of "
    "you after you otherwise would be released from their custody. DHS has requested that the law enforcement "
    "agency which is currently detaining you maintain custody of you for a period not to exceed 48 hours beyond "
    "the time when you would have otherwise been released by the state or local law enforcement authorities "
    "based on your criminal charges or convictions.",
    "If DHS does not take you into custody during that additional 48-hour period, you should contact your "
    "custodian (the agency that is holding you now) to inquire about your release from their custody.",
]
HOTLINES_EN = [
    "If you have a complaint regarding this detainer or related to violations of civil rights or civil "
    "liberties connected to DHS activities, please contact the ICE Joint Intake Center at **1-877-2INTAKE "
    "(877-246-8253)**.",
    "If you believe you are a United States citizen or the victim of a crime, please advise DHS by calling "
    "the ICE Law Enforcement Support Center toll free at **(855) 448-6903**.",
]
NOTICE_ES = [
    "El Departamento de Seguridad Nacional (DHS) ha emitido una orden de retención migratoria en su contra. "
    "Una orden de retención es un aviso del DHS a las agencias del orden público de que el DHS tiene la "
    "intención de asumir su custodia cuando usted de otro modo quedaría en libertad. El DHS ha pedido a la "
    "agencia que lo tiene detenido que lo mantenga bajo custodia por un período que no exceda de 48 horas "
    "después del momento en que usted habría sido puesto en libertad por las autoridades estatales o locales "
    "según sus cargos o condenas penales.",
    "Si el DHS no lo pone bajo su custodia durante ese período adicional de 48 horas, comuníquese con la "
    "agencia que lo tiene detenido ahora para preguntar sobre su puesta en libertad.",
    "Si tiene una queja sobre esta orden de retención, o sobre violaciones de los derechos civiles o las "
    "libertades civiles relacionadas con las actividades del DHS, comuníquese con el Centro Conjunto de "
    "Admisión de ICE (Joint Intake Center) al 1-877-2INTAKE (877-246-8253).",
    "Si usted cree que es ciudadano de los Estados Unidos o víctima de un delito, infórmeselo al DHS llamando "
    "gratis al Centro de Apoyo a las Agencias del Orden Público de ICE al (855) 448-6903.",
]


def _heading(s: Sheet, y: float, title: str, subtitle: str) -> float:
    s.text(PAGE_W / 2, y, "DEPARTMENT OF HOMELAND SECURITY (DHS)", "sans-bold", 8, align="center")
    s.text(PAGE_W / 2, y + 11, title, "sans-bold", 12, align="center")
    s.text(PAGE_W / 2, y + 26, subtitle, "sans", 8, align="center")
    return y + 42


def page_notice(s: Sheet) -> None:
    y = 30.0
    with s.region("notice.en", "Notice to the detainee (English)", R):
        y = _heading(s, y, "NOTICE TO THE DETAINEE", "(English)")
        for paragraph in NOTICE_EN:
            y = s.para(X0 + 10, y, W - 20, paragraph, "serif", 10, leading=1.22) + 6
        with s.region("notice.en.hotlines", "Complaint and U.S. citizen / crime victim hotlines", R):
            for paragraph in HOTLINES_EN:
                y = s.para(X0 + 10, y, W - 20, paragraph, "serif", 10, leading=1.22) + 6
    y += 14
    s.hline(X0, X1, y - 8, 1.0)
    with s.region("notice.es", "Notice to the detainee (Spanish)", R):
        y = _heading(s, y, "AVISO A LA PERSONA DETENIDA", "(Spanish / Español)")
        for paragraph in NOTICE_ES:
            y = s.para(X0 + 10, y, W - 20, paragraph, "serif", 10, leading=1.22) + 6


def page_translations(s: Sheet) -> None:
    y = 30.0
    with s.region("notice.translations", "Other translations of the notice", R):
        y = _heading(s, y, "NOTICE TO THE DETAINEE – TRANSLATIONS", "(French, Portuguese, Chinese, Vietnamese)")
        y = s.para(
            X0 + 10,
            y,
            W - 20,
            "On the issued form, the notice to the detainee is also printed in French, Portuguese, Chinese and "
            "Vietnamese. This facsimile does not reproduce those translations: their wording, and which of them "
            "sits on which page, has not been verified. Each panel below marks where one of them appears.",
            "serif",
            10,
            leading=1.22,
        )
        y += 12
        languages = [
            ("AVIS AU DÉTENU", "French / Français"),
            ("AVISO AO DETIDO", "Portuguese / Português"),
            ("NOTICE TO THE DETAINEE", "Chinese"),
            ("NOTICE TO THE DETAINEE", "Vietnamese"),
        ]
        panel_h = 120.0
        for i, (title, language) in enumerate(languages):
            col, row = i % 2, i // 2
            x = X0 + col * (W / 2 + 5)
            top = y + row * (panel_h + 10)
            rect = pymupdf.Rect(x, top, x + W / 2 - 5, top + panel_h)
            s.box(rect, width=0.6)
            s.text(rect.x0 + rect.width / 2, top + 8, title, "sans-bold", 9, align="center")
            s.text(rect.x0 + rect.width / 2, top + 21, f"({language})", "sans", 7.5, align="center")
            s.para(
                rect.x0 + 10,
                top + 45,
                rect.width - 20,
                f"[The {language.split(' /')[0]} text of the notice appears here on the issued form; "
                "it is not reproduced in this facsimile.]",
                "serif-italic",
                9,
            )
            s.mark(rect)
