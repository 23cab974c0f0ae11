"""Which province a place lies in, from cpca's division codes (places.divisions): a question asking of a
province (`广西…`) is answered by a page on a city of it that never names the province (`我市…梧州店`)."""

from __future__ import annotations

from functools import lru_cache

from assistant.answering.places import divisions, place_stem, place_words, wide_divisions


def is_a_province(place: str) -> bool:
    """`广西`, `河北省`, `西藏自治区`: a province-level division, named with or without its unit."""
    return wide_divisions().get(place, "")[2:] == "0" * 10


def _province_of(place: str) -> str | None:
    """The code of the province a province or prefecture lies in (`梧州`, `梧州市`, `广西` → 45), or None."""
    adcode = wide_divisions().get(place) or wide_divisions().get(place_stem(place))
    return adcode[:2] if adcode else None


def _province_asked(place: str) -> str | None:
    return _province_of(place) if is_a_province(place) or is_a_province(place_stem(place)) else None


def _province_named(name: str) -> str | None:
    """The province a place a text names lies in, read as written: a province or prefecture by its name or stem
    (`梧州`, `广西`), a county by its full name when only one province has it (`临桂区`; not `朝阳区`: 北京's and
    长春's) — never a county read as the prefecture its stem names (`朝阳区` is no 朝阳市)."""
    if adcode := wide_divisions().get(name):
        return adcode[:2]
    provinces = _county_provinces().get(name, ())
    return provinces[0] if len(provinces) == 1 else None


@lru_cache(maxsize=1)
def _county_provinces() -> dict[str, tuple[str, ...]]:
    """Each county-level division's full name to the provinces holding one so named."""
    provinces: dict[str, set[str]] = {}
    for adcode, name in divisions():
        if adcode[4:6] != "00" and adcode[6:] == "0" * 6:
            provinces.setdefault(name, set()).add(adcode[:2])
    return {name: tuple(sorted(codes)) for name, codes in provinces.items()}


def places_inside(place: str) -> tuple[str, ...]:
    """A province's prefectures, each by its shortest name (`广西` → 南宁, 柳州, 梧州…); none for another place."""
    province = _province_asked(place)
    return tuple(sorted({min(names, key=len) for adcode, names in _prefecture_names().items() if adcode[:2] == province}))


@lru_cache(maxsize=1)
def _prefecture_names() -> dict[str, tuple[str, ...]]:
    names = {}
    for name, adcode in wide_divisions().items():
        if adcode[2:] != "0" * 10:
            names[adcode] = (*names.get(adcode, ()), name)
    return names


@lru_cache(maxsize=256)  # asked per candidate passage: once per document
def inside_the_province(place: str, text: str) -> bool:
    """Is a province asked (`广西…`) of a text on a city of it that never names the province (`我市…`,
    `大润发超市梧州店`)? Every place it names that the division table places lies in that province, and one
    of them below it (a text naming only 天津 in passing is not on a city of 天津)."""
    province = _province_asked(place)
    if province is None:  # the common case: decided before the text is tagged
        return False
    named = {name: _province_named(name) for name in place_words(text)}
    return set(named.values()) - {None} == {province} and any(
        code == province and not is_a_province(name) for name, code in named.items())
