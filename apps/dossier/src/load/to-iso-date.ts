const pad = (n: number) => String(n).padStart(2, '0');

/** Normalises a stated date ("2024-11-01T08:00:00+01:00", "1.11.2024", "2024-11", a Date) to ISO YYYY[-MM[-DD]], or null. */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? null
      : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999)
    return String(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  // ISO date or timestamp: the calendar date as written (the publisher's local day), not shifted to UTC.
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${pad(Number(m[2]))}` : null;
  if (/^\d{4}$/.test(s)) return s;
  // German numeric dates: 1.11.2024, 01.11.2024
  m = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/.exec(s);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  // Anything else Date understands unambiguously with a four-digit year (RFC 2822 in feeds: "Fri, 01 Nov 2024").
  if (/\b\d{4}\b/.test(s) && /[A-Za-z]{3}/.test(s)) {
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) return toIsoDate(d);
  }
  return null;
}

function valid(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? `${y}-${pad(mo)}-${pad(d)}`
    : null;
}
