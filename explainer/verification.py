"""How a verification mark reads wherever content is shown or printed. No Qt here.

"unverified" is in capitals on purpose: attorneys must not miss it (issue 4, accuracy rules).
"""

from __future__ import annotations

from .model import Verification

VERIFICATION_LABEL: dict[Verification, str] = {
    "verified": "verified",
    "partly-verified": "partly verified",
    "unverified": "UNVERIFIED",
}
