"""The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7.

This is Hồ Ngọc Đức's well-known algorithm ("Thuật toán tính âm lịch", the one behind most
Vietnamese calendar software): new moons from Jean Meeus' series, the sun's longitude for the
solar terms, month 11 as the month that holds the winter solstice, and a leap month as the
first month of a 13-month year without a major solar term. Vietnam counts days in UTC+7,
China in UTC+8, so the two calendars differ on some dates: Tết 2007 fell on 17 February 2007
in Vietnam and on 18 February 2007 in China; Tết 1985 fell on 21 January in Vietnam and on
20 February in China.

Only Gregorian dates are supported (the range news cares about); a day number is the Julian
day number of the date (``date.toordinal() + 1721425``).

>>> lunar_to_solar(1, 1, 2024)
datetime.date(2024, 2, 10)
>>> solar_to_lunar(date(2023, 1, 22))
LunarDate(day=1, month=1, year=2023, leap=False)
"""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache
from typing import NamedTuple

__all__ = ["VIETNAM_TZ", "LunarDate", "lunar_to_solar", "solar_to_lunar"]

VIETNAM_TZ = 7.0
_JD_OFFSET = 1721425  # Julian day number minus date.toordinal()
_EPOCH = 2415021.076998695  # the new moon of 1900-01-01, Julian day
_SYNODIC = 29.530588853
_DR = math.pi / 180


class LunarDate(NamedTuple):
    """A day of the Vietnamese lunar calendar; ``leap`` marks a leap month (tháng nhuận)."""

    day: int
    month: int
    year: int
    leap: bool = False


def _jd(d: date) -> int:
    return d.toordinal() + _JD_OFFSET


def _from_jd(jd: int) -> date:
    return date.fromordinal(jd - _JD_OFFSET)


def _new_moon(k: int) -> float:
    """Julian day (UT) of the k-th new moon after the one of 1900-01-01 (Meeus)."""
    t = k / 1236.85
    t2 = t * t
    t3 = t2 * t
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * _DR)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * _DR) + 0.0021 * math.sin(2 * _DR * m)
    c1 = c1 - 0.4068 * math.sin(mpr * _DR) + 0.0161 * math.sin(_DR * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(_DR * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(_DR * 2 * f) - 0.0051 * math.sin(_DR * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(_DR * (m - mpr)) + 0.0004 * math.sin(_DR * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(_DR * (2 * f - m)) - 0.0006 * math.sin(_DR * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(_DR * (2 * f - mpr)) + 0.0005 * math.sin(_DR * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


@lru_cache(maxsize=4096)
def _new_moon_day(k: int, tz: float) -> int:
    """Julian day number of the local day that holds the k-th new moon."""
    return math.floor(_new_moon(k) + 0.5 + tz / 24)


def _sun_longitude(jdn: float) -> float:
    """The sun's apparent longitude in radians (0 ≤ L < 2π) at Julian day ``jdn`` (UT)."""
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(_DR * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(_DR * 2 * m) + 0.000290 * math.sin(_DR * 3 * m)
    lon = (l0 + dl) * _DR
    return lon - 2 * math.pi * math.floor(lon / (2 * math.pi))


def _sun_sector(day_number: int, tz: float) -> int:
    """Which of the 12 major solar-term sectors (0–11) the sun is in at the start of a day."""
    return math.floor(_sun_longitude(day_number - 0.5 - tz / 24) / math.pi * 6)


@lru_cache(maxsize=512)
def _month11(year: int, tz: float) -> int:
    """Julian day number of the first day of lunar month 11 that holds the solstice of ``year``."""
    off = _jd(date(year, 12, 31)) - 2415021
    k = math.floor(off / _SYNODIC)
    nm = _new_moon_day(k, tz)
    if _sun_sector(nm, tz) >= 9:
        nm = _new_moon_day(k - 1, tz)
    return nm


def _leap_month_offset(a11: int, tz: float) -> int:
    """Offset (from month 11) of the leap month in the lunar year starting at ``a11``."""
    k = math.floor((a11 - _EPOCH) / _SYNODIC + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i, tz), tz)
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i, tz), tz)
        if arc == last or i >= 14:
            break
    return i - 1


def solar_to_lunar(d: date, tz: float = VIETNAM_TZ) -> LunarDate:
    """The lunar date of the Gregorian date ``d`` (Vietnamese calendar by default)."""
    day_number = _jd(d)
    # The month that holds the day starts at the last new moon on or before it. The mean
    # lunation gives a first guess that can be one month off either way near a new moon.
    k = math.floor((day_number - _EPOCH) / _SYNODIC) + 1
    while _new_moon_day(k, tz) > day_number:
        k -= 1
    while _new_moon_day(k + 1, tz) <= day_number:
        k += 1
    month_start = _new_moon_day(k, tz)
    a11 = _month11(d.year, tz)
    b11 = a11
    if a11 >= month_start:
        lunar_year = d.year
        a11 = _month11(d.year - 1, tz)
    else:
        lunar_year = d.year + 1
        b11 = _month11(d.year + 1, tz)
    lunar_day = day_number - month_start + 1
    diff = math.floor((month_start - a11) / 29)
    leap = False
    lunar_month = diff + 11
    if b11 - a11 > 365:
        leap_diff = _leap_month_offset(a11, tz)
        if diff >= leap_diff:
            lunar_month = diff + 10
            leap = diff == leap_diff
    if lunar_month > 12:
        lunar_month -= 12
    if lunar_month >= 11 and diff < 4:
        lunar_year -= 1
    return LunarDate(lunar_day, lunar_month, lunar_year, leap)


def lunar_to_solar(
    day: int, month: int, year: int, leap: bool = False, tz: float = VIETNAM_TZ
) -> date | None:
    """The Gregorian date of a lunar date, or None when it does not exist (a day past the
    month's end, or a leap month the year does not have)."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    if month < 11:
        a11 = _month11(year - 1, tz)
        b11 = _month11(year, tz)
    else:
        a11 = _month11(year, tz)
        b11 = _month11(year + 1, tz)
    k = math.floor(0.5 + (a11 - _EPOCH) / _SYNODIC)
    off = month - 11
    if off < 0:
        off += 12
    if b11 - a11 > 365:
        leap_off = _leap_month_offset(a11, tz)
        leap_month = leap_off - 2
        if leap_month < 0:
            leap_month += 12
        if leap and month != leap_month:
            return None
        if leap or off >= leap_off:
            off += 1
    elif leap:
        return None
    month_start = _new_moon_day(k + off, tz)
    result = _from_jd(month_start + day - 1)
    # A 30th day that the month does not have lands on the next month's first day.
    if day == 30 and solar_to_lunar(result, tz).day != 30:
        return None
    return result
