// Intl formatters are costly to create and a dossier formats thousands of values: one per locale and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, opts);
    dateFormats.set(key, f);
  }
  return f;
}

/** A number formatter for a locale and options, created once. */
export function numberFormat(locale: string, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, opts);
    numberFormats.set(key, f);
  }
  return f;
}

/** Formats an ISO date ("2024", "2024-10", "2024-10-24") for a locale, at the precision it has. */
export function formatIsoDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) opts.month = 'long';
  if (d) opts.day = 'numeric';
  return dateFormat(locale, opts).format(date);
}

/** Formats a date range of ISO dates. */
export function formatIsoRange(from: string, to: string | undefined, locale: string): string {
  if (!to || to === from) return formatIsoDate(from, locale);
  // same precision: let Intl share the common parts ("6.–8. Mai 2031")
  if (from.length === 10 && to.length === 10) {
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const f = dateFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    return f.formatRange(d(from), d(to));
  }
  return `${formatIsoDate(from, locale)} – ${formatIsoDate(to, locale)}`;
}

const CURRENCY = /^[A-Z]{3}$/;
const PERCENT = /^(prozent|percent|%)$/i;

/** Formats a figure's value for a locale; currencies and percentages with their sign, millions and more in words. */
export function formatFigureValue(value: number, unit: string | null, locale: string): string {
  const big = Math.abs(value) >= 1_000_000;
  const base: Intl.NumberFormatOptions = big
    ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }
    : { maximumFractionDigits: 2 };
  try {
    if (unit && CURRENCY.test(unit)) {
      return numberFormat(locale, {
        ...base,
        style: 'currency',
        currency: unit,
        minimumFractionDigits: 0,
      }).format(value);
    }
  } catch {
    // an unknown currency code: fall through to a plain number
  }
  if (unit && PERCENT.test(unit)) {
    return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  }
  return numberFormat(locale, base).format(value);
}

/** Whether the unit is already shown by the formatted value (currency, percent). */
export function isUnitInValue(unit: string | null): boolean {
  return !!unit && (CURRENCY.test(unit) || PERCENT.test(unit));
}
