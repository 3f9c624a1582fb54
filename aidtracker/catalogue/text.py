"""One user-facing text in both interface languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["uk", "en"]


@dataclass(frozen=True, slots=True)
class Text:
    """A message template in English and Ukrainian (``str.format`` fields, same names in both)."""

    en: str
    uk: str

    def get(self, lang: Lang) -> str:
        """The template in ``lang``."""
        return self.uk if lang == "uk" else self.en
