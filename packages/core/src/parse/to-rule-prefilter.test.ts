import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DE_BOILERPLATE_LINES, DE_BOILERPLATE_PHRASES } from '../lexicon/de/boilerplate.js';
import { EN_BOILERPLATE_LINES, EN_BOILERPLATE_PHRASES } from '../lexicon/en/boilerplate.js';
import {
  FOLDS_ONTO_SAFE,
  requiredLiterals,
  SAFE_LITERAL_CHARS,
  toRulePrefilter,
} from './to-rule-prefilter.js';

const RULES = [
  ...DE_BOILERPLATE_LINES,
  ...EN_BOILERPLATE_LINES,
  ...DE_BOILERPLATE_PHRASES,
  ...EN_BOILERPLATE_PHRASES,
].map((r) => r.pattern);

describe('requiredLiterals', () => {
  // literals are cut to their first twelve characters: a part of a required literal is required too
  it.each([
    [/wetter(?:bericht|dienst)/i, ['wetterberich', 'wetterdienst']],
    [/^(?:ampel|kreuzung)$/i, ['ampel', 'kreuzung']],
    // 'a' alone is a weaker filter than 'stau'
    [/\bstau\b.{0,20}(?:a\d+|autobahn)/i, ['stau']],
    [/st[äa]u|umleitung/i, ['stäu', 'stau', 'umleitung']],
    [/Brücke(?:n)?(?=\s)/iu, ['brücken', 'brücke']],
    [/\(c\)|copyright/i, ['(c)', 'copyright']],
    // a case-sensitive regex: the lower-cased text holds its literals lower-cased
    [/Wetter/, ['wetter']],
    [/^\p{Lu}\p{L}+\s+[/>›»]\s+\p{Lu}/u, ['/', '>', '›', '»']],
  ])('%s needs one of %j', (regex, expected) => {
    expect(new Set(requiredLiterals(regex))).toEqual(new Set(expected));
  });

  it.each([[/\d+ grad/gi], [/(?:regen)?|schnee/i], [/.{3,}/i], [/[^a]+/i], [/\p{L}+/iu]])(
    'finds none for %s',
    (regex) => {
      expect(requiredLiterals(regex)).toBeNull();
    },
  );

  // the lower-cased text holds a literal wherever a case-insensitive regex matches it: every character a
  // safe literal matches lower-cases to the literal's own lower case (with `u`, but for FOLDS_ONTO_SAFE)
  it.each([['i'], ['iu']])('keeps to characters that lower-case alike under /%s', (flags) => {
    const safe = [...SAFE_LITERAL_CHARS];
    const inClass = (c: string) => c.replace(/[\\\][^-]/g, '\\$&');
    const outside = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const any = new RegExp(`^[${safe.map(inClass).join('')}]$`, flags);
    const odd: string[] = [];
    for (let cp = 0; cp <= (flags.includes('u') ? 0x10ffff : 0xffff); cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const x = String.fromCodePoint(cp);
      if (!any.test(x)) continue;
      for (const p of safe)
        if (new RegExp(`^${outside(p)}$`, flags).test(x) && x.toLowerCase() !== p.toLowerCase()) odd.push(x);
    }
    expect([...new Set(odd)].join('')).toBe(flags.includes('u') ? FOLDS_ONTO_SAFE : '');
  });
});

describe('toRulePrefilter', () => {
  const mayMatch = toRulePrefilter(RULES);

  it('finds literals for most boilerplate rules', () => {
    const found = RULES.filter((r) => requiredLiterals(r) !== null).length;
    expect(found).toBeGreaterThan(RULES.length * 0.8);
  });

  it.each([
    'Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.',
    'WEITERLESEN MIT PLUS',
    'Lesen Sie auch: Neue Brücke über den Fluss',
    'Sign up for our morning briefing',
    'Copyright 2024 Beispielverlag',
    '(c) Beispielverlag',
    'Teilen',
    'Der Stadtrat tagt am Montag im Rathaus.',
  ])('never rules out a rule that matches %j', (line) => {
    const may = mayMatch(line);
    RULES.forEach((r, k) => {
      if (r.test(line)) expect(may[k]).toBe(1);
    });
  });

  it('never rules out a rule that matches a generated line', () => {
    // pieces of the rules' own wording in odd cases, so that lines match them, mixed with prose
    const pieces = fc.constantFrom(
      'Cookies',
      'COOKIE-Einstellungen',
      'wir und unsere Partner',
      'Datenschutz',
      'Newsletter',
      'abonnieren',
      'Jetzt',
      'für nur 1,99 €',
      'Monate',
      'Lesen Sie auch',
      'Kommentare',
      'ſ',
      'Teilen',
      'Facebook',
      'App',
      'herunterladen',
      'Foto:',
      'dpa',
      '©',
      'Alle Rechte vorbehalten',
      'Über den Autor',
      'Startseite',
      '›',
      'Politik',
      '|',
      ':',
      ' ',
      'der Rat',
      'tagte.',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.boolean(), (parts, upper) => {
        const joined = parts.join(' ');
        const line = upper ? joined.toUpperCase() : joined;
        const may = mayMatch(line);
        RULES.forEach((r, k) => {
          if (r.test(line)) expect(may[k]).toBe(1);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('reports exactly the rules one of whose literals the lower-cased line holds', () => {
    const literals = RULES.map(requiredLiterals);
    // each code unit lower-cased on its own, as the automaton reads it
    const lower = (t: string) =>
      [...t]
        .map((ch) =>
          ch.length === 1 && ch.toLowerCase().length === 1
            ? ch.toLowerCase()
            : ch.length === 1
              ? '\u0000'
              : ch,
        )
        .join('');
    const pieces = fc.oneof(
      fc.constantFrom(
        'Cookies',
        'NEWSLETTER',
        'Lesen Sie auch',
        '©',
        'für nur',
        'ſ',
        'İ',
        '›',
        ' ',
        'Teilen',
      ),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        const text = lower(line);
        const expected = literals.map((set, k) =>
          !set ||
          set.some((lit) => text.includes(lit)) ||
          (line.includes(FOLDS_ONTO_SAFE) && (RULES[k]!.flags.includes('u') || RULES[k]!.flags.includes('v')))
            ? 1
            : 0,
        );
        expect([...mayMatch(line)]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('lets every rule of a /u regex through when the text holds a character that folds onto a literal', () => {
    const may = toRulePrefilter([/cookies/iu])('ein Text mit coo\u017Fie');
    expect(may[0]).toBe(1);
  });
});
