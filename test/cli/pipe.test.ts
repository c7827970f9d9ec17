/**
 * The bin in a pipeline whose reader stops early (`motcua check … | head -1`): it stops writing quietly, as cat
 * and grep do — no EPIPE stack trace on standard error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, builtBin, root } from './bin.js';

let dir: string;

beforeAll(async () => {
  await builtBin();
  dir = mkdtempSync(join(tmpdir(), 'motcua-pipe-'));
  const land = readFileSync(join(root, 'examples/procedures/land-change-registration.json'), 'utf8');
  // Many files with problems: many writes after the reader has gone.
  for (let i = 0; i < 60; i++) {
    writeFileSync(
      join(dir, `typo-${i}.json`),
      land.replaceAll('"to": "branch-review"', '"to": "branch-reveiw"'),
    );
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a closed pipe', () => {
  it('check | head -1: one line out, nothing on standard error', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check '*.json' | head -1`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toContain('UNKNOWN_STEP');
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(r.stderr).toBe('');
  });
});
