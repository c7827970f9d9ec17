/**
 * The command line's parts, in process: the message tables (both languages, no English in Vietnamese), the
 * iCalendar writer, Mermaid escaping, suggestions, the progress line, JSON positions, and the architecture
 * rule that the core entries never reach Node or the CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKind } from '../../src/cli/check/kind.js';
import { escapeText, foldLine, icsText } from '../../src/cli/ics.js';
import type { Stream } from '../../src/cli/io.js';
import { parseJson } from '../../src/cli/json.js';
import { mermaidText } from '../../src/cli/mermaid.js';
import { en, vi } from '../../src/cli/messages/index.js';
import { progressLine } from '../../src/cli/progress.js';
import { closest } from '../../src/cli/suggest.js';
import { root } from './bin.js';

const NUMBERS = new Set([
  'n',
  'count',
  'files',
  'errors',
  'warnings',
  'index',
  'line',
  'column',
  'day',
  'month',
]);
const sample = new Proxy(
  {},
  {
    get: (_, key) => {
      if (typeof key !== 'string') return undefined;
      if (NUMBERS.has(key) || ['year', 'done', 'total', 'off', 'worked', 'events'].includes(key)) return 2;
      if (key === 'provisional' || key === 'proposed') return 1;
      if (key === 'leap') return true;
      if (key === 'expected') return 'instant';
      if (key === 'reason') return 'CommaExpected';
      return 'X';
    },
  },
);

/** English words that would betray an untranslated Vietnamese text. */
const ENGLISH =
  /\b(the|and|of|to|is|are|not|no|file|files|error|errors|warning|warnings|day|days|working|option|options|command|unknown|missing|invalid|expected|found|cannot|must|with|for|from|at|time|limit|steps?|due|received|fees?|dossier|agency|result|status|help|show|print|write|written|folder|year|month|hours?|week|or|did|you|mean|checked|problems?)\b/i;

/** Drops what is not prose: options, identifiers in backticks or quotes, hyphenated values, paths. */
function prose(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/(^|\s)--?[a-z][a-z-]*/gi, ' ')
    .replace(/\b[a-z]+(-[a-z]+)+\b/gi, ' ')
    .replace(/\S+\/\S+/g, ' ')
    .replace(/\b(motcua|JSON|CEL|iCalendar|RFC|Mermaid|vi|en|none|N)\b/g, ' ');
}

describe('message tables', () => {
  it('have the same codes in both languages', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  it('hold no English in the Vietnamese texts', () => {
    const english: string[] = [];
    for (const [code, text] of Object.entries(vi)) {
      const rendered = (text as (p: unknown) => string)(sample);
      if (ENGLISH.test(prose(rendered))) english.push(`${code}: ${rendered}`);
    }
    expect(english).toEqual([]);
  });

  it('the detector itself catches English', () => {
    expect(ENGLISH.test(prose(en.FILE_NOT_FOUND({ file: 'a.json' })))).toBe(true);
    expect(ENGLISH.test(prose(en.CHECK_SUMMARY({ files: 2, errors: 1, warnings: 0 })))).toBe(true);
  });
});

describe('iCalendar', () => {
  it('escapes TEXT values (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 sequence', () => {
    const line = `SUMMARY:${'Nghỉ bù Giỗ Tổ Hùng Vương '.repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      expect(part).not.toContain('\uFFFD');
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('writes all-day events with an exclusive end and CRLF line ends', () => {
    const text = icsText({
      prodId: '-//t//t//VI',
      name: 'n',
      stamp: Date.UTC(2026, 0, 31, 23, 59, 59),
      events: [{ uid: 'u1@t', date: '2026-12-31', summary: 's', status: 'CONFIRMED' }],
    });
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(text).toContain('DTSTAMP:20260131T235959Z\r\n');
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
});

describe('small parts', () => {
  it('Mermaid labels cannot close their node or carry markup', () => {
    expect(mermaidText('a "b"] <i>#')).toBe('a #quot;b#quot;] #lt;i#gt;#35;');
  });

  it('suggests close names only', () => {
    expect(closest('chek', ['check', 'try', 'day'])).toBe('check');
    expect(closest('--workng-days', ['--working-days', '--working-hours'])).toBe('--working-days');
    expect(closest('zzzz', ['check', 'try'])).toBeUndefined();
  });

  it('tells definitions and schedules apart', () => {
    expect(fileKind({ $schema: './node_modules/motcua/schema/procedure.schema.json' })).toBe('procedure');
    expect(fileKind({ $schema: './schedule.schema.json', year: 2027 })).toBe('schedule');
    expect(fileKind({ year: 2027, entries: [] })).toBe('schedule');
    expect(fileKind([{ year: 2026, entries: [] }])).toBe('schedules');
    expect(fileKind({ code: '1.000894', steps: [] })).toBe('procedure');
    expect(fileKind({ hello: 1 })).toBe('unknown');
  });

  it('maps a JSON path to its line and column', () => {
    const r = parseJson('a.json', '{\n  "steps": [\n    { "to": "reveiw" }\n  ]\n}');
    expect(r.ok && r.document.locate(['steps', 0, 'to'])).toEqual({ line: 3, column: 13 });
    expect(r.ok && r.document.locate(['steps', 0, 'to'], { key: true })).toEqual({ line: 3, column: 7 });
    // A member that is not there: its nearest ancestor.
    expect(r.ok && r.document.locate(['steps', 0, 'agency'])).toEqual({ line: 3, column: 5 });
    const bad = parseJson('b.json', '{ "a": 1,, }');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatchObject({ line: 1, column: 10 });
  });

  it('keeps "__proto__" an own key for the input guard', () => {
    const r = parseJson('p.json', '{ "__proto__": { "x": 1 } }');
    expect(r.ok && Object.hasOwn(r.document.value as object, '__proto__')).toBe(true);
  });

  it('draws progress only on a terminal, in place, and erases it', () => {
    const written: string[] = [];
    const tty: Stream = { write: (s) => void written.push(s), isTTY: true, colors: false };
    let now = 0;
    const p = progressLine(
      tty,
      3,
      (d, t) => `${d}/${t}`,
      () => now,
    );
    p.update(1);
    p.update(2); // within 100 ms: not redrawn
    now = 500;
    p.update(3);
    p.clear();
    expect(written).toEqual(['\r\u001b[K1/3', '\r\u001b[K3/3', '\r\u001b[K']);
    const piped: string[] = [];
    const q = progressLine(
      { write: (s) => void piped.push(s), isTTY: false, colors: false },
      3,
      () => 'x',
      () => 0,
    );
    q.update(1);
    q.clear();
    expect(piped).toEqual([]);
  });
});

describe('architecture', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  it('the core entries import neither Node nor the CLI', () => {
    const offenders = ['calendar', 'rules', 'engine', 'shared']
      .flatMap((m) => files(join(root, 'src', m)))
      .filter((f) => /from '(node:|\.\.\/cli|\.\.\/\.\.\/cli)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the CLI imports the library through its public entries and src/shared only', () => {
    const deep = files(join(root, 'src/cli')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/from '((?:\.\.\/)+)(calendar|rules|engine|shared)\/([^']+)'/g)]
        .filter((m) => m[2] !== 'shared' && m[3] !== 'index.js')
        .map((m) => `${f}: ${m[0]}`),
    );
    expect(deep).toEqual([]);
  });
});
