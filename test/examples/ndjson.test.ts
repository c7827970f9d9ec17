import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lineRanges, ndjsonBatches, ndjsonLines } from '../../examples/ndjson.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-ndjson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const write = (text: string): string => {
  const file = join(dir, `f${files++}.ndjson`);
  writeFileSync(file, text);
  return file;
};
const collect = async (it: AsyncIterable<string>): Promise<string[]> => {
  const out: string[] = [];
  for await (const line of it) out.push(line);
  return out;
};

describe('examples/ndjson.ts', () => {
  it('reads every line across the 1 MB reads, with or without a last newline, skipping empty lines', async () => {
    // Lines of varied length, some with Vietnamese text, so cuts fall inside lines and inside characters.
    const lines = Array.from({ length: 9_000 }, (_, i) =>
      JSON.stringify({ n: i, t: 'Đăng ký đất đai '.repeat(i % 37), pad: 'x'.repeat((i * 7919) % 400) }),
    );
    const text = `${lines.join('\n')}\n\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 << 20);
    expect(await collect(ndjsonLines(write(text)))).toEqual(lines);
    expect(await collect(ndjsonLines(write(lines.join('\n'))))).toEqual(lines);
  });

  it('reads a line longer than the read buffer whole', async () => {
    const long = JSON.stringify({ big: 'ạ'.repeat(1_500_000) });
    const file = write(`{"a":1}\n${long}\n{"b":2}`);
    expect(await collect(ndjsonLines(file))).toEqual(['{"a":1}', long, '{"b":2}']);
  });

  it('splits a file into ranges at line starts that together read every line once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replaceAll('\n', ' ')),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        fc.integer({ min: 1, max: 7 }),
        async (lines, parts) => {
          const file = write(`${lines.join('\n')}\n`);
          const ranges = lineRanges(file, parts);
          const read: string[] = [];
          for (const range of ranges)
            for await (const batch of ndjsonBatches(file, range)) read.push(...batch);
          expect(read).toEqual(lines);
        },
      ),
      { numRuns: 60 },
    );
  });
});
