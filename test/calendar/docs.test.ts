/**
 * The examples in the calendar's doc blocks are executed: every `expression; // expected` line of an `@example`
 * must give what it says, so the documentation editors and the shipped `.d.ts` show cannot drift from the code.
 * Other lines of an example run as written; a comment after ` — ` on an example line is prose. Examples that fetch
 * over the network (`await`) are shown, not run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as date from '../../src/calendar/date.js';
import * as calendar from '../../src/calendar/index.js';
import * as jsonSchema from '../../src/calendar/jsonSchema.js';
import * as lunar from '../../src/calendar/lunar.js';
import * as names from '../../src/calendar/names.js';

const dir = join(import.meta.dirname, '../../src/calendar');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

/** The `@example` blocks of a file, as lists of code lines. */
function examples(source: string): string[][] {
  const blocks: string[][] = [];
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((l) => l.replace(/^\s*\*\s?/, ''));
    let current: string[] | null = null;
    for (const line of lines) {
      if (line.startsWith('@example')) {
        current = [];
        blocks.push(current);
      } else if (line.startsWith('@') || line.trim() === '/') {
        current = null;
      } else if (current) {
        current.push(line);
      }
    }
  }
  return blocks.filter((b) => b.some((l) => l.trim().length > 0));
}

/** One example block as a function body: `expr; // expected — prose` lines become checks. */
function program(block: string[]): string {
  return block
    .map((line) => {
      const m = /^(.*?);?\s*\/\/(?:=>)?\s*(.+)$/.exec(line);
      if (!m || m[1]!.trim() === '') return line.trim().startsWith('//') ? '' : line;
      const expected = m[2]!.split(' — ')[0]!.trim();
      return `__check(() => (${m[1]}), ${JSON.stringify(expected)}, ${JSON.stringify(line.trim())});`;
    })
    .join('\n');
}

const cal = calendar.createCalendar();
const scope = { ...lunar, ...date, ...names, ...jsonSchema, ...calendar, cal };

describe('doc examples of src/calendar', () => {
  for (const file of files) {
    const blocks = examples(readFileSync(join(dir, file), 'utf8'));
    if (blocks.length === 0) continue;
    it(`${file}: ${blocks.length} example(s) give what they say`, () => {
      let checked = 0;
      const check = (actual: () => unknown, expected: string, line: string): void => {
        const value = actual();
        // The expected side is a JS literal, or a readable shape: `{ code: 'X', … }` compared as a subset.
        expect(value, line).toEqual(new Function(`return (${expected});`)());
        checked++;
      };
      for (const block of blocks) {
        if (block.some((l) => /\bawait\b/.test(l))) continue;
        const body = `{\n${program(block)}\n}`;
        new Function(...Object.keys(scope), '__check', body)(...Object.values(scope), check);
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
