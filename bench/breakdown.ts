/**
 * What an entry's bytes are made of (docs/benchmarks.md): the entry is bundled as bench/size.ts bundles it (esbuild,
 * bundle + minify, platform browser, format esm) but from `src/` and with a source map, so every output byte is
 * traced to the file it came from. For each package and each of the library's parts it prints the minified bytes
 * and the marginal min+gzip — how much smaller the gzipped bundle gets without those bytes (the parts share gzip's
 * dictionary, so marginals add up to less than the total).
 *
 *   npx tsx bench/breakdown.ts [entry] [top]     entry: form | calendar | rules | engine | all (default all)
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entries: Readonly<Record<string, string>> = {
  form: "import { addWorkingDays, createCalendar } from './src/calendar/index.ts';\nexport const due = addWorkingDays(createCalendar(), '2026-02-12', 3);",
  calendar: "export * from './src/calendar/index.ts';",
  rules: "export * from './src/rules/index.ts';",
  engine: "export * from './src/engine/index.ts';",
  all: "export * from './src/index.ts';",
};
const which = process.argv[2] ?? 'all';
const top = Number(process.argv[3] ?? 25);
const code = entries[which];
if (!code) throw new Error(`entry: one of ${Object.keys(entries).join(', ')}`);

const result = await build({
  stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  write: false,
  sourcemap: 'external',
  outfile: 'out.js',
  logLevel: 'error',
});
const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as {
  sources: string[];
  mappings: string;
};

/** The source of every output character (index into `map.sources`, -1 for none), from the VLQ mappings. */
function owners(): Int32Array {
  const owner = new Int32Array(js.length).fill(-1);
  const lineStarts = [0];
  for (let i = 0; i < js.length; i++) if (js[i] === '\n') lineStarts.push(i + 1);
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let source = 0;
  const segments: { at: number; source: number }[] = [];
  map.mappings.split(';').forEach((line, lineNo) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0]!;
      if (values.length >= 4) source += values[1]!;
      segments.push({ at: lineStarts[lineNo]! + column, source: values.length >= 4 ? source : -1 });
    }
  });
  segments.sort((a, b) => a.at - b.at);
  for (const [i, s] of segments.entries()) owner.fill(s.source, s.at, segments[i + 1]?.at ?? js.length);
  return owner;
}

/** The part a source belongs to: a package, or a part of the library (messages and data apart). */
function partOf(source: string): { part: string; file: string } {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return { part: pkg[1]!, file: source.slice(source.indexOf('node_modules/')) };
  const file = source.slice(source.indexOf('src/'));
  const module = file.split('/')[1] ?? 'other';
  if (/\/messages\//.test(file)) return { part: `${module} messages`, file };
  if (file.endsWith('.json') || file.endsWith('lunarTable.ts')) return { part: `${module} data`, file };
  return { part: file.startsWith('src/') ? `${module} code` : '(entry)', file };
}

const owner = owners();
const gz = (text: string): number => gzipSync(text, { level: 9 }).length;
const total = gz(js);
const groups = new Map<string, { bytes: number; files: Map<string, number> }>();
const partOfSource = map.sources.map(partOf);
for (let i = 0; i < js.length; i++) {
  const o = owner[i]!;
  const { part, file } = o >= 0 ? partOfSource[o]! : { part: '(glue)', file: '(glue)' };
  const g = groups.get(part) ?? { bytes: 0, files: new Map() };
  g.bytes++;
  g.files.set(file, (g.files.get(file) ?? 0) + 1);
  groups.set(part, g);
}
/** The bundle without the characters of the sources a predicate picks. */
const without = (pick: (o: number) => boolean): string => {
  let out = '';
  let run = 0;
  for (let i = 0; i < js.length; i++) {
    if (pick(owner[i]!)) {
      out += js.slice(run, i);
      run = i + 1;
    }
  }
  return out + js.slice(run);
};

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
console.log(`\n## ${which}: ${kb(js.length)} min, ${kb(total)} min+gzip\n`);
console.log('| part | min | share | marginal min+gzip |');
console.log('|---|---|---|---|');
const parts = [...groups].sort((a, b) => b[1].bytes - a[1].bytes);
for (const [part, g] of parts) {
  const ids = new Set(partOfSource.flatMap((p, i) => (p.part === part ? [i] : [])));
  const marginal = part === '(glue)' ? 0 : total - gz(without((o) => ids.has(o)));
  console.log(
    `| ${part} | ${kb(g.bytes)} | ${((100 * g.bytes) / js.length).toFixed(0)} % | ${kb(marginal)} |`,
  );
}
console.log(`\n| largest files | min |\n|---|---|`);
const files = parts.flatMap(([, g]) => [...g.files]).sort((a, b) => b[1] - a[1]);
for (const [file, bytes] of files.slice(0, top)) console.log(`| ${file} | ${kb(bytes)} |`);
