"""Publication dates: one reader for every way a date comes in, and the one rule that orders two of them.

Front matter, JSON Lines and CSV fields, a manifest and a page's markup all go through `read_date`, so a date means
the same wherever it was written, and `diffsrc` writes it back one way (ISO 8601: `2025-10-22`,
`2025-10-22T06:00`, `2025-10-21T21:00:00Z`, `2025-10-22T06:00:00+09:00`).

Dates decide the direction of provenance edges, so a date is read only where it cannot mean two things: `03/04/1999`
(3 April or March 4) is refused, not guessed, and `certainly_before` claims an order only when it holds in every time
zone the dates leave open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from .. import rx

# Local time is at most 14 hours from UTC (UTC-12 to UTC+14), so a time written without its offset may be up to this
# far from the same clock time in UTC, either way.
MAX_UTC_OFFSET = timedelta(hours=14)

# A bare number (a JSON number, or a CSV cell of digits) is a Unix time, as scrapers and feeds write them: 9-10
# digits are seconds (1973 to 2286), 12-13 digits milliseconds (JavaScript's Date.now()). Other lengths (a year
# such as 2025, a compact 20251022) are not read as times: nothing says what they count.
_EPOCH_SECONDS = rx.compile(r"\d{9,10}(?:\.\d+)?")
_EPOCH_MILLISECONDS = rx.compile(r"\d{12,13}(?:\.\d+)?")
_ISO = rx.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?", re.I)
# Day, month and year in figures, one separator throughout: 23/11/1999, 11-23-1999, 23.11.1999.
_NUMERIC = rx.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
# An RFC 2822 date: an optional day name, then day, month name, year and time ("Tue, 21 Oct 2025 21:00:00 GMT").
# A date in words without a time is left to `parse_date`, which reads more ways of writing one.
_RFC_2822_START = rx.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")


class UnreadableDate(ValueError):
    """A date field that `read_date` cannot read; its message says why ("is ambiguous ...")."""


@dataclass(frozen=True)
class PublicationDate:
    """A date as read: what it says, to the precision it was written, and its offset from UTC when it gives one.

    Attributes:
        start: the first moment the date covers, in its own local time (midnight for a date without a time).
        end: the first moment after it (the next day, minute or second, as precise as it was written).
        offset: its offset from UTC, or None when it does not say (a date alone, or a time without a zone).
        seconds: whether the time was written to the second (for writing it back as precise as it was).
    """

    start: datetime
    end: datetime
    offset: timedelta | None = None
    seconds: bool = False

    @property
    def has_time(self) -> bool:
        return self.end - self.start < timedelta(days=1)

    @property
    def text(self) -> str:
        """The date in ISO 8601, as precise as it was written: `2025-10-22`, `2025-10-22T06:00:00+09:00`."""
        if not self.has_time:
            return self.start.date().isoformat()
        text = self.start.isoformat(timespec="seconds" if self.seconds else "minutes")
        if self.offset is None:
            return text
        if not self.offset:
            return text + "Z"
        sign = "-" if self.offset < timedelta(0) else "+"
        minutes = abs(self.offset) // timedelta(minutes=1)
        return f"{text}{sign}{minutes // 60:02d}:{minutes % 60:02d}"

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """The earliest and latest UTC moments the date can mean: without an offset, any time zone's."""
        if self.offset is None:
            return self.start - MAX_UTC_OFFSET, self.end + MAX_UTC_OFFSET
        return self.start - self.offset, self.end - self.offset

    def describe(self) -> str:
        """The date for a reader: its ISO text, and the UTC time when its own offset is not UTC's."""
        if self.offset:
            return f"{self.text} ({(self.start - self.offset):%Y-%m-%d %H:%M} UTC)"
        return self.text


def read_date(value: object) -> PublicationDate:
    """Read a metadata date: ISO 8601 (with a time and an offset if given), RFC 2822 as feeds and e-mail write it
    (`Tue, 21 Oct 2025 21:00:00 GMT`), a Unix time (see `_EPOCH_SECONDS`), a day and month in figures only where
    they cannot be swapped (`23/11/1999`), or a date written out in words (`22 October 2025`, `Oct. 22, 2025`).

    Raises:
        UnreadableDate: no date can be read, or it reads two ways (`03/04/1999`); the message says which.
    """
    text = " ".join(str(value).split())
    if isinstance(value, bool) or not text:
        raise UnreadableDate("cannot be read (write it as YYYY-MM-DD)")
    try:
        if _EPOCH_SECONDS.fullmatch(text) or _EPOCH_MILLISECONDS.fullmatch(text):
            seconds = float(text) / (1000 if _EPOCH_MILLISECONDS.fullmatch(text) else 1)
            moment = datetime.fromtimestamp(int(seconds), UTC).replace(tzinfo=None)
            return PublicationDate(moment, moment + timedelta(seconds=1), timedelta(0), seconds=True)
        if m := _ISO.fullmatch(text):
            return _iso_date(m)
        if _RFC_2822_START.match(text):
            return _rfc_2822_date(text)
        if m := _NUMERIC.fullmatch(text):
            return _numeric_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    except UnreadableDate:
        raise
    except (ValueError, OverflowError, OSError):  # a day or month out of range: 31/02/2010, 2025-13-01
        raise UnreadableDate("cannot be read (write it as YYYY-MM-DD)") from None
    from .clean import parse_date  # here: reading a file's metadata need not compile the cleaning patterns

    if iso := parse_date(text):  # a date in words, with or without a time or a day name around it
        day = datetime.strptime(iso, "%Y-%m-%d")
        return PublicationDate(day, day + timedelta(days=1))
    raise UnreadableDate("cannot be read (write it as YYYY-MM-DD)")


def _iso_date(m: re.Match[str]) -> PublicationDate:
    year, month, day, hour, minute, second, zone = m.groups()
    start = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    if hour is None:  # a day, even "in UTC", is a day: it orders other days only
        return PublicationDate(start, start + timedelta(days=1))
    step = timedelta(seconds=1) if second is not None else timedelta(minutes=1)
    return PublicationDate(start, start + step, _offset(zone), seconds=second is not None)


def _offset(zone: str | None) -> timedelta | None:
    if zone is None:
        return None
    if zone.upper() in ("Z", "UTC", "GMT"):
        return timedelta(0)
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    if offset > MAX_UTC_OFFSET:
        raise UnreadableDate(f"cannot be read (offset {zone} is beyond UTC+14)")
    return -offset if zone[0] == "-" else offset


def _rfc_2822_date(text: str) -> PublicationDate:
    moment = parsedate_to_datetime(text)
    # RFC 2822's "-0000" says the zone is unknown, and comes back without one.
    offset = moment.utcoffset()
    start = moment.replace(tzinfo=None)
    return PublicationDate(start, start + timedelta(seconds=1), offset, seconds=True)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _numeric_date(first: int, second: int, year: int) -> PublicationDate:
    if 1 <= first <= 12 and 1 <= second <= 12 and first != second:
        raise UnreadableDate(f"is ambiguous ({first} {_MONTHS[second - 1]} or {_MONTHS[first - 1]} {second}; "
                             "write it as YYYY-MM-DD)")
    day, month = (first, second) if first > 12 or first == second else (second, first)
    start = datetime(year, month, day)  # ValueError for a day or month that does not exist (31/02, 0/5)
    return PublicationDate(start, start + timedelta(days=1))


def known_date(value: str | None) -> PublicationDate | None:
    """The date a document carries, if it can be read (an unreadable one was warned about when it was loaded)."""
    if not value:
        return None
    try:
        return read_date(value)
    except UnreadableDate:
        return None


def certainly_before(a: PublicationDate, b: PublicationDate) -> bool:
    """Whether `a` was published before `b` whatever time zones the two leave open.

    Two dates that both give their offsets are compared as UTC moments. Two that give none are taken to be in one
    time zone (one outlet's clock, one manifest's convention): a day is before the next day, and a time on a day is
    neither before nor after that day. A date with an offset and one without are ordered only when they are further
    apart than any two time zones can make them (`MAX_UTC_OFFSET`).
    """
    if a.offset is None and b.offset is None:
        return a.end <= b.start
    return a.utc_bounds()[1] <= b.utc_bounds()[0]


def date_order_key(value: str | None) -> str:
    """A sort key putting earlier dates first, for choices and output order that are not claims of direction
    (a date without an offset is taken as UTC); `~` sorts undated documents last."""
    date = known_date(value)
    if date is None:
        return "~"
    start = date.start - (date.offset or timedelta(0))
    return start.strftime("%Y-%m-%dT%H:%M:%S")


__all__ = ["MAX_UTC_OFFSET", "PublicationDate", "UnreadableDate", "certainly_before", "date_order_key", "known_date",
           "read_date"]
