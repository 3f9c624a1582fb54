"""Names as people type them: ONE rule to find a partner city, a donor or a recipient.

Every party lookup (the CLI's ``--partner/--donor/--recipient``, the import dialog, ``party add``,
``shipment new``…) goes through :func:`find_partner`, :func:`find_recipient`, :func:`find_donor`
or :func:`find_organisation`. The rule, tier by tier; the first tier that matches decides:

1. ``exact``: the name exactly as stored (local name, ``"Partner → Own"``, the id);
2. ``folded``: the same names ignoring case, diacritics, apostrophe and dash variants and spacing
   (``munchen`` finds ``München``);
3. ``alias``: any of the party's other names, folded: a partner city's English and Ukrainian names
   and its exonyms (``Munich``, ``Мюнхен``), an organisation's English/Ukrainian/native names and
   aliases; a recipient also by its EDRPOU;
4. ``city`` (recipients only): the city (settlement) of the recipient when it is the only
   recipient there (``Kyiv`` → Kyiv City State Administration);
5. ``words``: every word typed appears in exactly one party's names (``Kyiv City State
   Administration`` finds ``… (demo)``).

Several parties in the deciding tier: :class:`~aidtracker.errors.NameAmbiguous` (for partner cities
first narrowed by ``own_city`` when given). Nothing in any tier:
:class:`~aidtracker.errors.NameUnknown`. Both carry ``candidates``, the closest names, for the
message (CLI exit 2). Both are :class:`~aidtracker.errors.NotFound`, so older handlers still catch
them.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlite_utils import Database

from aidtracker.domain import Organisation, OrgRole, Partnership
from aidtracker.errors import NameAmbiguous, NameUnknown
from aidtracker.services import directory
from aidtracker.store import parties

T = TypeVar("T")

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02b9`´]")
_ARROW = re.compile(r"\s*(?:→|->|=>|⇒|>)\s*")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """A name as compared: casefolded, without diacritics, one space, one kind of dash/quote/arrow.

    ``fold("München") == fold("MUNCHEN") == "munchen"``; Cyrillic letters stay Cyrillic (й, ї keep
    their breve/diaeresis because they are letters of their own in Ukrainian).
    """
    text = unicodedata.normalize("NFC", text)
    text = _APOSTROPHES.sub("'", _DASHES.sub("-", text))
    text = _ARROW.sub(" → ", text)
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text.casefold()):
        if unicodedata.combining(ch) and out and not ("\u0400" <= out[-1] <= "\u04ff"):
            continue
        out.append(ch)
    text = unicodedata.normalize("NFC", "".join(out)).replace("ł", "l").replace("ø", "o")
    return _SPACES.sub(" ", text).strip()


def split_aliases(text: str) -> tuple[str, ...]:
    """The names kept in an ``aliases`` field: separated by ``;`` or new lines, blanks dropped."""
    return tuple(a.strip() for a in re.split(r"[;\n]", text) if a.strip())


def join_aliases(names: Iterable[str]) -> str:
    """Store names in an ``aliases`` field (the inverse of :func:`split_aliases`)."""
    return "; ".join(n.strip() for n in names if n.strip())


@dataclass(frozen=True, slots=True)
class Named(Generic[T]):
    """One party with its names by tier: ``primary`` (exact/folded) and ``others`` (alias)."""

    party: T
    label: str
    primary: tuple[str, ...]
    others: tuple[str, ...]
    city: str = ""


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    """The party found and the tier that decided (``exact``, ``folded``, ``alias``, ``city``,
    ``words``), for a report such as "Munich → München (alias)"."""

    party: T
    label: str
    how: str


def _pair_forms(city: str, own: str) -> tuple[str, ...]:
    return (city, f"{city} → {own}", f"{city}-{own}", f"{city} - {own}") if city else ()


def partner_names(p: Partnership) -> Named[Partnership]:
    """A partnership's names: the local city name (and its pair forms) first, then the English and
    Ukrainian names and exonyms."""
    others = [n for n in (p.partner_city_en, p.partner_city_uk, *split_aliases(p.aliases)) if n]
    return Named(p, f"{p.partner_city} → {p.own_city}",
                 (*_pair_forms(p.partner_city, p.own_city), str(p.id)),
                 tuple(f for n in others for f in _pair_forms(n, p.own_city)))


def organisation_names(o: Organisation, *, by_edrpou: bool = False) -> Named[Organisation]:
    """An organisation's names: its English, Ukrainian and native names, then its aliases (and its
    EDRPOU when ``by_edrpou``)."""
    others = split_aliases(o.aliases) + ((o.edrpou,) if by_edrpou and o.edrpou else ())
    primary = (*(n for n in (o.name_en, o.name_uk, o.name_native) if n), str(o.id))
    return Named(o, o.display_name, primary, others, o.settlement)


def _unique(hits: list[Named[T]]) -> list[Named[T]]:
    seen: dict[int, Named[T]] = {}
    for h in hits:
        seen.setdefault(id(h.party), h)
    return list(seen.values())


def _tiers(text: str, pool: Sequence[Named[T]], *,
           by_city: bool) -> Iterable[tuple[str, list[Named[T]]]]:
    key = fold(text)
    yield "exact", [n for n in pool if text.strip() in n.primary]
    yield "folded", [n for n in pool if key in {fold(x) for x in n.primary}]
    yield "alias", [n for n in pool if key in {fold(x) for x in n.others}]
    if by_city:
        yield "city", [n for n in pool if n.city and fold(n.city) == key]
    words = set(_WORD.findall(key))
    yield "words", [n for n in pool if words and any(
        words <= set(_WORD.findall(fold(x))) for x in (*n.primary, *n.others))]


def closest(text: str, pool: Sequence[Named[T]], limit: int = 5) -> tuple[str, ...]:
    """The labels of the parties whose names are closest to ``text`` (for a refusal message)."""
    key = fold(text)
    scored: dict[str, float] = {}
    for n in pool:
        for name in (*n.primary, *n.others, n.city):
            if name:
                score = difflib.SequenceMatcher(None, key, fold(name)).ratio()
                scored[n.label] = max(scored.get(n.label, 0.0), score)
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(label for label, score in ranked[:limit] if score >= 0.4)


def resolve(text: str, pool: Sequence[Named[T]], *, entity: str, by_city: bool = False,
            narrow: Callable[[list[Named[T]]], list[Named[T]]] | None = None) -> Found[T]:
    """Apply the rule to ``pool``; the generic core of the ``find_*`` functions.

    Raises:
        NameAmbiguous: several parties in the deciding tier (``candidates``: their labels).
        NameUnknown: none in any tier (``candidates``: the closest labels).
    """
    for how, hits in _tiers(text, pool, by_city=by_city):
        hits = _unique(hits)
        if len(hits) > 1 and narrow is not None:
            hits = narrow(hits) or hits
        if len(hits) == 1:
            return Found(hits[0].party, hits[0].label, how)
        if hits:
            raise NameAmbiguous(entity=entity, key=text,
                                candidates=tuple(sorted(h.label for h in hits)))
    raise NameUnknown(entity=entity, key=text, candidates=closest(text, pool))


def matches(text: str, pool: Sequence[Named[T]], *, by_city: bool = False) -> list[T]:
    """Every party of the deciding tier (no ambiguity refusal): for filters, where 'Tallinn'
    rightly shows both of its partnerships."""
    for _how, hits in _tiers(text, pool, by_city=by_city):
        if hits:
            return [h.party for h in _unique(hits)]
    return []


def partner_ids(db: Database, name: str) -> set[int]:
    """The partnerships a filter's partner city names (any of its names, as in the lookups)."""
    pool = [partner_names(p) for p in parties.list_partnerships(db)]
    return {int(p.id or 0) for p in matches(name, pool)}


def recipient_ids(db: Database, name: str) -> set[int]:
    """The organisations a filter's recipient names (names, EDRPOU, or a recipient's city)."""
    ids = {o.id for o in directory.list_organisations(db, OrgRole.RECIPIENT)}
    pool = [dataclasses.replace(n, city=n.city if n.party.id in ids else "")
            for n in (organisation_names(o, by_edrpou=True)
                      for o in parties.list_organisations(db))]
    return {int(o.id or 0) for o in matches(name, pool, by_city=True)}


def find_partner(db: Database, name: str, *, own_city: str | None = None) -> Partnership:
    """The partnership for a partner city as typed (``Munich``, ``Мюнхен``, ``München → Kyiv``).

    ``own_city`` (e.g. the recipient's city) settles a city twinned with several of ours.
    """
    return find_partner_how(db, name, own_city=own_city).party


def find_partner_how(db: Database, name: str, *,
                     own_city: str | None = None) -> Found[Partnership]:
    """:func:`find_partner` with the label and tier that decided."""
    pool = [partner_names(p) for p in parties.list_partnerships(db)]

    def narrow(hits: list[Named[Partnership]]) -> list[Named[Partnership]]:
        if not own_city:
            return hits
        own = {fold(own_city)}
        return [h for h in hits if fold(h.party.own_city) in own]

    return resolve(name, pool, entity="partner", narrow=narrow)


def find_organisation(db: Database, name: str, *, role: OrgRole | None = None) -> Organisation:
    """Any organisation by a name as typed (or its EDRPOU); ``role`` limits the pool (a recipient
    is also found by its city, see :func:`find_recipient`)."""
    return find_organisation_how(db, name, role=role).party


def find_organisation_how(db: Database, name: str, *,
                          role: OrgRole | None = None) -> Found[Organisation]:
    """:func:`find_organisation` with the label and tier that decided.

    Names are looked up among all organisations, those playing ``role`` preferred when several
    match; the city tier only among recipients (with an EDRPOU or already a shipment's).
    """
    ids = {o.id for o in directory.list_organisations(db, role)} if role else set()
    pool = []
    for o in parties.list_organisations(db):
        named = organisation_names(o, by_edrpou=True)
        city = named.city if role is OrgRole.RECIPIENT and o.id in ids else ""
        pool.append(Named(o, named.label, named.primary, named.others, city))

    def narrow(hits: list[Named[Organisation]]) -> list[Named[Organisation]]:
        return [h for h in hits if h.party.id in ids]

    return resolve(name, pool, entity=role.value if role else "organisation",
                   by_city=role is OrgRole.RECIPIENT, narrow=narrow if role else None)


def find_recipient(db: Database, name: str) -> Organisation:
    """A recipient by name, alias, EDRPOU or city (when it is the only recipient there)."""
    return find_organisation_how(db, name, role=OrgRole.RECIPIENT).party


def find_donor(db: Database, name: str) -> Organisation:
    """A donor by any of its names (or aliases)."""
    return find_organisation_how(db, name, role=OrgRole.DONOR).party
