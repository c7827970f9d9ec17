/**
 * The server stays a Node-only entry on top of the library: no core module (calendar, rules, engine, shared)
 * imports src/server, src/cli, Hono or a `node:` module; the server's modules form no import cycle (type-only
 * imports aside), nor do they with the command line; every file of src/server stays under ~400 lines; and the
 * built browser entries hold no trace of Hono.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './support.js';

const src = resolve(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The modules a file imports at run time (static `import … from` without `type`, `export … from`, `import()`). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  const re =
    /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(re)) out.push((m[1] ?? m[2])!);
  return out;
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = resolve(dirname(from), spec.replace(/\.js$/, '.ts'));
  return existsSync(target) ? target : null;
}

const all = files(src);
const graph = new Map(all.map((f) => [f, imports(f)]));
const area = (f: string) => relative(src, f).split('/')[0]!;

describe('boundaries', () => {
  it('no core module imports the server, the command line, Hono or Node', () => {
    const bad: string[] = [];
    for (const [file, specs] of graph) {
      if (!['calendar', 'rules', 'engine', 'shared'].includes(area(file))) continue;
      for (const spec of specs) {
        const target = resolveImport(file, spec);
        const wrong =
          spec.startsWith('node:') ||
          spec.startsWith('hono') ||
          spec.startsWith('@hono/') ||
          (target !== null && ['server', 'cli'].includes(area(target)));
        if (wrong) bad.push(`${relative(src, file)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no import cycle through the server or the command line', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      state.set(file, 'open');
      for (const spec of graph.get(file) ?? []) {
        const next = resolveImport(file, spec);
        if (next === null) continue;
        if (state.get(next) === 'open')
          cycles.push([...trail, file, next].map((f) => relative(src, f)).join(' → '));
        else if (!state.has(next)) visit(next, [...trail, file]);
      }
      state.set(file, 'done');
    };
    for (const f of all) if (['server', 'cli'].includes(area(f)) && !state.has(f)) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('every file of src/server is under ~400 lines', () => {
    const long = all
      .filter((f) => area(f) === 'server')
      .map((f) => [relative(src, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });

  it.skipIf(!existsSync(resolve(root, 'dist/engine/index.js')))(
    'the built browser entries hold no Hono',
    () => {
      const dist = resolve(root, 'dist');
      const browser = readdirSync(dist)
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(dist, f));
      for (const entry of ['calendar', 'rules', 'engine']) browser.push(join(dist, entry, 'index.js'));
      for (const f of browser) expect(readFileSync(f, 'utf8')).not.toMatch(/hono|swagger-ui/i);
    },
  );
});
