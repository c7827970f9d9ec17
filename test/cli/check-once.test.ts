/**
 * `motcua check` says each thing once: a suggestion the library's text already gives is not repeated on a line
 * of its own; and a schema problem does not hide the lint problems of the same file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBin, root, run } from './bin.js';

let dir: string;
const land = JSON.parse(
  readFileSync(join(root, 'examples/procedures/land-change-registration.json'), 'utf8'),
);

beforeAll(async () => {
  await builtBin();
  dir = mkdtempSync(join(tmpdir(), 'motcua-check-once-'));
  const typo = structuredClone(land);
  typo.steps[0].actions[0].to = 'branch-reveiw';
  writeFileSync(join(dir, 'typo.json'), JSON.stringify(typo, null, 2));
  const both = structuredClone(land);
  both.fees[0].kind = 'lephi';
  both.steps[1].actions[0].to = 'tax-asessment';
  writeFileSync(join(dir, 'both.json'), JSON.stringify(both, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check says it once', () => {
  it('the suggestion appears once, in Vietnamese and in English', () => {
    for (const lang of ['vi', 'en']) {
      const r = run(['check', 'typo.json', '--lang', lang], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout.split('"branch-review"')).toHaveLength(2);
    }
  });

  it('a schema error and a lint error in one file: both printed', () => {
    const r = run(['check', 'both.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SCHEMA_INVALID_VALUE tại fees[0].kind');
    expect(r.stdout).toContain('UNKNOWN_STEP tại steps[1].actions[0].to');
  });
});
