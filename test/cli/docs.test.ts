/**
 * The command line's documentation says what the bin does: the sample output of docs/cli.md is the real output;
 * the commands docs/authoring.md gives run on files the package ships; README and docs/cli.md lead to
 * `motcua serve`, `motcua/server` and docs/server.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBin, root, run } from './bin.js';

const read = (file: string) => readFileSync(join(root, file), 'utf8');
let dir: string;

beforeAll(async () => {
  await builtBin();
  dir = mkdtempSync(join(tmpdir(), 'motcua-docs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docs/cli.md', () => {
  it('the sample of check is what check prints', () => {
    const doc = read('docs/cli.md');
    const sample = /```console\n\$ npx motcua check jr\.json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(sample).toBeDefined();
    const jr = read('examples/procedures/judicial-record-certificate.json').replaceAll(
      '"to": "verify"',
      '"to": "verfy"',
    );
    writeFileSync(join(dir, 'jr.json'), jr);
    expect(run(['check', 'jr.json'], { cwd: dir }).stdout).toBe(sample);
  });

  it('lists serve, and no obsolete "not wired yet" section', () => {
    const doc = read('docs/cli.md');
    expect(doc).toMatch(/^## `motcua serve/m);
    expect(doc).toContain('(server.md)');
    expect(doc).not.toContain('Not wired yet');
  });
});

describe('README', () => {
  it('leads to the server', () => {
    const readme = read('README.md');
    expect(readme).toContain('npx motcua serve');
    expect(readme).toContain('`motcua/server`');
    expect(readme).toContain('(docs/server.md)');
  });
});

describe('docs/authoring.md', () => {
  const doc = read('docs/authoring.md');
  const files: string[] = (JSON.parse(read('package.json')) as { files: string[] }).files;

  it('points only at files the package ships', () => {
    expect(doc).not.toMatch(/test\/cli\/fixtures|\.\.\/shared\//);
    const named = [...doc.matchAll(/node_modules\/motcua\/([\w./-]+\.json)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThanOrEqual(6);
    for (const file of named) {
      expect(() => read(file)).not.toThrow();
      expect(files.some((f) => file === f || file.startsWith(`${f}/`))).toBe(true);
    }
  });

  it('its try commands run', () => {
    const commands = [...doc.matchAll(/^npx motcua (try node_modules\/motcua\/.*)$/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const command of commands) {
      const args = command.replaceAll('node_modules/motcua/', '').split(/\s+/);
      const r = run(args);
      expect(r.stderr).toBe('');
      expect([0, 1]).toContain(r.code);
    }
  });
});
