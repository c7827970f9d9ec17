/**
 * Size and cold start of each entry, as a browser form or a portal loads it (figures in docs/benchmarks.md):
 * - min+gzip size: esbuild bundles a small program that imports the built package through its own `exports` map
 *   (bundle, minify, platform browser, format esm, the same settings every time), and gzip (level 9) measures it;
 * - cold start: a fresh Node process imports the calendar form's bundle and answers once (the browser's path:
 *   parse, evaluate, create the calendar, index the year), and another imports `motcua/calendar` from the built
 *   `dist/` with its dependencies resolved from node_modules (a server's path). Median of 7 each.
 *
 *   npm run bench        (builds first)   ·   npx tsx bench/size.ts   (after npm run build)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What each figure measures, and its target (issue 11), if any. */
const entries: readonly { name: string; code: string; target: number | null }[] = [
  {
    name: 'calendar form: createCalendar + addWorkingDays',
    code: "import { addWorkingDays, createCalendar } from 'motcua/calendar';\nexport const due = addWorkingDays(createCalendar(), '2026-02-12', 3);",
    target: 15,
  },
  { name: 'motcua/calendar (every export)', code: "export * from 'motcua/calendar';", target: null },
  { name: 'motcua/rules (every export)', code: "export * from 'motcua/rules';", target: null },
  { name: 'motcua/engine (every export)', code: "export * from 'motcua/engine';", target: null },
  { name: 'motcua (every export)', code: "export * from 'motcua';", target: 80 },
];

/** The one esbuild configuration every figure uses. */
async function bundle(code: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.contents;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const sizes: { name: string; min: number; gzip: number; target: number | null }[] = [];
for (const e of entries) {
  const out = await bundle(e.code);
  sizes.push({ name: e.name, min: out.length, gzip: gzipSync(out, { level: 9 }).length, target: e.target });
}

// Cold start of the form's bundle: the same program, exporting the calendar so the probe can time its steps.
const dir = mkdtempSync(join(tmpdir(), 'motcua-cold-'));
const file = join(dir, 'calendar-form.mjs');
writeFileSync(file, await bundle("export { addWorkingDays, createCalendar } from 'motcua/calendar';"));
const probe = (specifier: string): { importMs: number; firstAnswerMs: number } =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const t0 = performance.now();
         const { addWorkingDays, createCalendar } = await import(${JSON.stringify(specifier)});
         const t1 = performance.now();
         addWorkingDays(createCalendar(), '2026-02-12', 3);
         const t2 = performance.now();
         process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstAnswerMs: t2 - t1 }));`,
      ],
      { cwd: root, encoding: 'utf8' },
    ),
  );
const runs = (specifier: string) => {
  const all = Array.from({ length: 7 }, () => probe(specifier));
  const importMs = median(all.map((r) => r.importMs));
  const firstAnswerMs = median(all.map((r) => r.firstAnswerMs));
  return { importMs, firstAnswerMs, totalMs: median(all.map((r) => r.importMs + r.firstAnswerMs)) };
};
const browser = runs(new URL(`file://${file}`).href);
// What Node itself costs for a first dynamic import (its ESM loader), to read the figures above against.
const empty = join(dir, 'empty.mjs');
writeFileSync(
  empty,
  'export function createCalendar() { return {}; }\nexport function addWorkingDays() {}\n',
);
const baseline = runs(new URL(`file://${empty}`).href);
const node = runs('motcua/calendar');
rmSync(dir, { recursive: true, force: true });

console.log('\n## Size (esbuild bundle + minify, platform browser, format esm; gzip level 9)\n');
console.log('| entry | min | min+gzip | target | |');
console.log('|---|---|---|---|---|');
for (const s of sizes) {
  const verdict = s.target === null ? '' : s.gzip <= s.target * 1024 ? 'met' : '**not met**';
  console.log(
    `| ${s.name} | ${kb(s.min)} | ${kb(s.gzip)} | ${s.target === null ? '—' : `≤ ${s.target} KB`} | ${verdict} |`,
  );
}
console.log('\n## Cold start: import + first answer, fresh Node process (median of 7)\n');
console.log('| path | import | createCalendar + first addWorkingDays | total | target |');
console.log('|---|---|---|---|---|');
const row = (name: string, r: ReturnType<typeof runs>, target: string) =>
  console.log(
    `| ${name} | ${r.importMs.toFixed(1)} ms | ${r.firstAnswerMs.toFixed(1)} ms | ${r.totalMs.toFixed(1)} ms | ${target} |`,
  );
row("browser form: the form's bundle", browser, `≤ 20 ms: ${browser.totalMs <= 20 ? 'met' : '**not met**'}`);
row('server: motcua/calendar from dist/ and node_modules', node, '—');
row("baseline: an empty module (Node's own loader)", baseline, '—');
