// The package as a portal gets it: `npm pack` (which runs `prepare`, a fresh build), the tarball installed into a
// temporary project outside the repository, then an ESM import, a CommonJS require and a TypeScript strict type
// check against it; publint and are-the-types-wrong on what ships; the files the docs point to, links that resolve
// inside the package, and source maps that carry their sources. Run by `npm test`.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'motcua-pack-'));
const failures = [];
const check = (label, ok, detail = '') => {
  if (!ok) failures.push(`${label}${detail ? `: ${detail}` : ''}`);
};
const run = (command, args, cwd, options = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

try {
  // 1. Pack: `prepare` builds dist/ from scratch.
  // npm prints the build's output before its JSON report: the report is the last top-level array.
  const output = run('npm', ['pack', '--json', '--pack-destination', work], root);
  const [packed] = JSON.parse(output.slice(output.lastIndexOf('\n[\n') + 1));
  const tarball = join(work, packed.filename);
  const files = new Set(packed.files.map((f) => f.path));
  for (const required of [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'dist/index.js',
    'dist/index.cjs',
    'dist/index.d.ts',
    'dist/index.d.cts',
    'dist/calendar/index.js',
    'dist/calendar/index.cjs',
    'dist/calendar/index.d.ts',
    'dist/rules/index.js',
    'dist/engine/index.js',
    'schema/procedure.schema.json',
    'schema/schedule.schema.json',
    'docs/calendar.md',
    'docs/schedules.md',
  ]) {
    check(`the tarball holds ${required}`, files.has(required));
  }
  for (const folder of ['procedures', 'dossiers', 'events']) {
    const examples = readdirSync(join(root, 'examples', folder)).filter((f) => f.endsWith('.json'));
    for (const f of examples)
      check(`the tarball holds examples/${folder}/${f}`, files.has(`examples/${folder}/${f}`));
  }
  check(
    'no test, source or bench file ships',
    ![...files].some((f) => /^(test|src|bench|scripts)\//.test(f)),
  );

  // 2. What ships, unpacked: links inside the package resolve; every source map carries its sources.
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  run('tar', ['-xzf', tarball, '-C', unpacked], work);
  const pkg = join(unpacked, 'package');
  for (const md of [...files].filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(pkg, md), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
      const path = normalize(join(dirname(md), target.split('#')[0]));
      check(
        `link ${target} in ${md} resolves inside the package`,
        files.has(path) || existsSync(join(pkg, path)),
      );
    }
  }
  for (const map of [...files].filter((f) => f.endsWith('.map'))) {
    const m = JSON.parse(readFileSync(join(pkg, map), 'utf8'));
    const content = m.sourcesContent ?? [];
    check(
      `${map} carries the content of each of its ${m.sources.length} sources`,
      content.length === m.sources.length && content.every((c) => typeof c === 'string' && c.length > 0),
    );
  }

  // 3. A consumer project outside the repository installs the tarball (its dependencies from the registry).
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'portal', private: true, version: '1.0.0' }),
  );
  run(
    'npm',
    ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    consumer,
  );

  // ESM, through the package's exports map (JSON Schemas included).
  const esm = `
    import { addWorkingDays, createCalendar, isWorkingDay, validateSchedule, CalendarError } from 'motcua/calendar';
    import { defineProcedure } from 'motcua/rules';
    import { createEngine } from 'motcua/engine';
    import * as root from 'motcua';
    import schedule from 'motcua/schema/schedule.schema.json' with { type: 'json' };
    import procedure from 'motcua/schema/procedure.schema.json' with { type: 'json' };
    import { readFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    const cal = createCalendar();
    const out = {
      due: addWorkingDays(cal, '2026-02-12', 3),
      tet2027: isWorkingDay(cal, '2027-02-04'),
      valid: validateSchedule({ year: 2027, covers: [], sources: [{ id: 'A', document: 'A' }], entries: [] }).ok,
      root: typeof root.createEngine,
      schemas: [schedule.title, typeof procedure.title, procedure.$schema],
      engine: typeof createEngine,
    };
    const example = createRequire(import.meta.url).resolve('motcua/package.json').replace('package.json', 'examples/procedures/marriage-registration.json');
    out.example = typeof defineProcedure(JSON.parse(readFileSync(example, 'utf8'))).hash;
    try { addWorkingDays(cal, '2026-02-30', 1); } catch (e) { out.error = e instanceof CalendarError && e.code; }
    console.log(JSON.stringify(out));`;
  const esmOut = JSON.parse(run(process.execPath, ['--input-type=module', '-e', esm], consumer).trim());
  check(
    'ESM import works',
    JSON.stringify(esmOut) ===
      JSON.stringify({
        due: '2026-02-24',
        tet2027: false,
        valid: true,
        root: 'function',
        schemas: ['motcua official schedule', 'string', 'https://json-schema.org/draft/2020-12/schema'],
        engine: 'function',
        example: 'string',
        error: 'INVALID_DATE',
      }),
    JSON.stringify(esmOut),
  );

  // CommonJS.
  const cjs = `
    const { addWorkingDays, createCalendar } = require('motcua/calendar');
    const { defineProcedure } = require('motcua/rules');
    const root = require('motcua');
    const schedule = require('motcua/schema/schedule.schema.json');
    console.log(JSON.stringify({
      due: addWorkingDays(createCalendar(), '2026-02-12', 3),
      rules: typeof defineProcedure,
      root: typeof root.createCalendar,
      schema: schedule.title,
    }));`;
  const cjsOut = JSON.parse(run(process.execPath, ['-e', cjs], consumer).trim());
  check(
    'CJS require works',
    JSON.stringify(cjsOut) ===
      JSON.stringify({
        due: '2026-02-24',
        rules: 'function',
        root: 'function',
        schema: 'motcua official schedule',
      }),
    JSON.stringify(cjsOut),
  );

  // TypeScript, strict, resolving through the exports map as Node does: once checking every declaration file
  // (the package's and its dependencies'), once with the stricter optional-property rule on the portal's own code
  // (xstate's declarations do not pass that rule themselves, so libraries are skipped there).
  const tsconfig = (name, extra) =>
    writeFileSync(
      join(consumer, name),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          noUncheckedIndexedAccess: true,
          types: [],
          ...extra,
        },
        files: ['check.mts', 'check.cts'],
      }),
    );
  tsconfig('tsconfig.json', { skipLibCheck: false });
  tsconfig('tsconfig.exact.json', { skipLibCheck: true, exactOptionalPropertyTypes: true });
  writeFileSync(
    join(consumer, 'check.mts'),
    `import { addWorkingDays, type Calendar, type CalendarIssue, createCalendar, type OfficialScheduleInput, validateSchedule } from 'motcua/calendar';
import { createEngine } from 'motcua/engine';
import { defineProcedure } from 'motcua/rules';
const cal: Calendar = createCalendar();
const day: string = addWorkingDays(cal, '2026-02-12', 3);
const input: OfficialScheduleInput = { year: 2028, covers: [], sources: [{ id: 'A', document: 'A' }], entries: [] };
const result = validateSchedule(input);
const issues: readonly CalendarIssue[] = result.issues;
const codes: string[] = issues.map((i) => i.code + i.messageVi);
// @ts-expect-error a day is a string, not a number
const wrong: number = addWorkingDays(cal, '2026-02-12', 3);
export { codes, createEngine, day, defineProcedure, wrong };
`,
  );
  writeFileSync(
    join(consumer, 'check.cts'),
    `import calendar = require('motcua/calendar');
const due: string = calendar.addWorkingDays(calendar.createCalendar(), '2026-02-12', 3);
export = due;
`,
  );
  for (const config of ['tsconfig.json', 'tsconfig.exact.json']) {
    try {
      run(bin('tsc'), ['-p', config], consumer);
    } catch (e) {
      check(`TypeScript strict check of the installed package (${config})`, false, `${e.stdout}${e.stderr}`);
    }
  }

  // publint on exactly what ships (the unpacked tarball), and are-the-types-wrong on the tarball itself.
  try {
    run(bin('publint'), ['--pack', 'false'], pkg);
  } catch (e) {
    check('publint', false, `${e.stdout}${e.stderr}`);
  }
  try {
    run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'ascii'], root);
  } catch (e) {
    check('are-the-types-wrong', false, `${e.stdout}${e.stderr}`);
  }
  console.log(`pack test: ${packed.filename}, ${files.size} files, installed in ${relative(root, consumer)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`pack test: ${failures.length} failure(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('pack test: ok');
