"""Document wording, kept as data in ``resources/templates/<lang>.json`` (DOMAIN.md §4.16).

A :class:`Texts` speaks the languages of one variant (``uk-en`` → Ukrainian, then English) and
joins them the way the documents print them: "Отримувач / Recipient". Templates use
``str.format`` fields; values are plain text and are escaped later, with everything else, by
:func:`aidtracker.documents.text.para_text`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from aidtracker.documents.context import LANG_PARTS
from aidtracker.domain import LineItem, Organisation, Unit
from aidtracker.reference import categories
from aidtracker.resources import load_json

TEMPLATE_LANGS = ("uk", "en", "pl", "de")
SEP = " / "


def template(lang: str) -> dict[str, str]:
    """The wording table of one language (keys starting with '_' are comments)."""
    data = load_json(f"templates/{lang}.json")
    if not isinstance(data, dict):
        raise TypeError(f"templates/{lang}.json must hold one JSON object")
    return {str(k): str(v) for k, v in data.items() if not str(k).startswith("_")}


def dedupe(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        text = item.strip()
        if text and text not in out:
            out.append(text)
    return out


class PerLang(dict[str, str]):
    """A template value that differs per language (an organisation's name): code → text."""

    def pick(self, code: str) -> str:
        return self.get(code) or next((v for v in self.values() if v), "")


class Texts:
    """The wording of one language variant."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.langs = LANG_PARTS[lang]
        self._tables = [template(code) for code in self.langs]

    def each(self, key: str, **values: object) -> list[str]:
        """The text of ``key`` in every language of the variant, formatted with ``values``.

        A :class:`PerLang` value is replaced by its text for each language.
        """
        out = []
        for code, table in zip(self.langs, self._tables, strict=True):
            filled = {k: v.pick(code) if isinstance(v, PerLang) else v for k, v in values.items()}
            out.append(table[key].format_map(filled))
        return out

    def label(self, key: str, **values: object) -> str:
        """'Отримувач / Recipient' (each distinct wording once)."""
        return SEP.join(dedupe(self.each(key, **values)))

    def first(self, key: str, **values: object) -> str:
        return self.each(key, **values)[0]

    @property
    def word_langs(self) -> tuple[str, ...]:
        """Languages for amounts in words: every language of the variant (uk, en, pl, de)."""
        return self.langs

    # names of things, picked per language ------------------------------------------------

    def org(self, org: Organisation) -> str:
        """Organisation name in each language of the variant: 'Київська міська рада / Kyiv …'."""
        return SEP.join(dedupe(self.org_names(org).values()))

    def org_names(self, org: Organisation) -> PerLang:
        """The organisation's name per language, for sentences written in that language."""
        picks = {
            "uk": (org.name_uk, org.name_en, org.name_native),
            "en": (org.name_en, org.name_native, org.name_uk),
        }
        fallback = (org.name_native, org.name_en, org.name_uk)
        return PerLang({c: next((n for n in picks.get(c, fallback) if n), "") for c in self.langs})

    def category(self, code: str) -> str:
        cat = categories().get(code)
        if cat is None:
            return code
        names = [cat.name_uk if c == "uk" else cat.name_en for c in self.langs]
        return SEP.join(dedupe(names))

    def description(self, line: LineItem) -> str:
        """The line's description: the record's own text, with the English one beside it."""
        if self.langs == ("uk",):
            return line.description or line.description_en
        if self.langs == ("en",):
            return line.description_en or line.description
        return SEP.join(dedupe([line.description, line.description_en]))

    def code_words(self, prefix: str, codes: str) -> str:
        """A stored code (or a comma-separated list) in words: 'before_loading' → 'до
        завантаження / before loading'; an unknown code prints as it is."""
        out = []
        for code in (c.strip() for c in codes.split(",") if c.strip()):
            key = f"{prefix}.{code}"
            out.append(self.label(key) if key in self._tables[0] else code)
        return ", ".join(out)

    def unit(self, unit: Unit | str) -> str:
        """'шт./pcs' — compact, for table cells."""
        return "/".join(dedupe(self.each(f"unit.{unit}")))


@cache
def texts_for(lang: str) -> Texts:
    return Texts(lang)
