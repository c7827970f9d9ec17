/**
 * The built bin as a script runs it: exit codes, one stack-free line for bad input, Vietnamese by default,
 * `--json`, and `check` over definitions, schedules and a generated folder of 2,000 files (with the progress line
 * on a terminal only).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, builtBin, root, run } from './bin.js';

let dir: string;
const land = readFileSync(join(root, 'examples/procedures/land-change-registration.json'), 'utf8');

beforeAll(async () => {
  await builtBin();
  dir = mkdtempSync(join(tmpdir(), 'motcua-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noStack = (text: string) => {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text.trim().split('\n')).toHaveLength(1);
};

describe('the bin', () => {
  it('prints its help in Vietnamese, and in English with --lang en', () => {
    const vi = run(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Cách dùng: motcua <lệnh>');
    expect(vi.stdout).toContain('check');
    const enHelp = run(['check', '--help', '--lang', 'en']);
    expect(enHelp.code).toBe(0);
    expect(enHelp.stdout).toContain('Usage: motcua check <files…>');
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('refuses an unknown command or option in one line, with a suggestion, exit code 2', () => {
    const command = run(['chek', 'a.json']);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe('motcua: không có lệnh "chek"; có phải ý bạn là check?\n');
    const option = run(['deadline', '--from', '2026-02-12T10:00', '--workng-days', '3', '--lang', 'en']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(
      'motcua: unknown option --workng-days for "deadline"; did you mean --working-days?\n',
    );
    const lang = run(['day', '2026-02-17', '--lang', 'fr']);
    expect(lang.code).toBe(2);
    noStack(lang.stderr);
  });

  it('says which argument is missing', () => {
    const r = run(['try', 'a.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('motcua: lệnh "try" cần <hồ-sơ-hoặc-sự-kiện>\n');
    expect(run(['try', 'a.json', '--lang', 'en']).stderr).toBe('motcua: "try" needs <dossier-or-events>\n');
  });

  it('a missing file: one line, no stack trace, exit code 2', () => {
    for (const args of [
      ['check', 'nope.json'],
      ['diagram', 'nope.json'],
      ['try', 'nope.json', 'x.json'],
    ]) {
      const r = run(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('motcua: nope.json: không tìm thấy tệp\n');
      expect(r.stdout).toBe('');
    }
  });

  it('invalid JSON: its line and column, no stack trace', () => {
    writeFileSync(join(dir, 'broken.json'), '{\n  "code": "1.000894",\n  "steps": [,]\n}\n');
    const diagram = run(['diagram', 'broken.json'], { cwd: dir });
    expect(diagram.code).toBe(2);
    expect(diagram.stderr).toBe('motcua: broken.json:3:13: JSON không hợp lệ: cần một giá trị\n');
    const check = run(['check', 'broken.json', '--lang', 'en'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('broken.json:3:13 error JSON_SYNTAX: invalid JSON: a value is expected');
    noStack(check.stderr || 'x');
  });

  it('no colour when piped, even with FORCE_COLOR unset', () => {
    const r = run(['check', 'broken.json'], { cwd: dir, env: { NO_COLOR: '' } });
    expect(r.stdout).not.toContain('\u001b[');
  });
});

describe('motcua check', () => {
  it('the example procedures: warnings only, exit code 0', () => {
    const r = run(['check', 'examples/procedures/*.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /land-change-registration\.json:\d+:\d+ cảnh báo ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS tại documents\[2\]\.electronicFormats: /,
    );
    const files = readdirSync(join(root, 'examples/procedures')).filter((f) => f.endsWith('.json')).length;
    expect(files).toBeGreaterThanOrEqual(8);
    expect(r.stdout).toContain(`Đã kiểm tra ${files} tệp: 0 lỗi, 1 cảnh báo.`);
  });

  it('a typo in a step target: located by line, column and path, exit code 1', () => {
    const typo = land.replace('"to": "branch-review"', '"to": "branch-reveiw"');
    writeFileSync(join(dir, 'typo.json'), typo);
    const line = typo.split('\n').findIndex((l) => l.includes('branch-reveiw')) + 1;
    const column = typo.split('\n')[line - 1]!.indexOf('"branch-reveiw"') + 1;
    const r = run(['check', 'typo.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`typo.json:${line}:${column} lỗi UNKNOWN_STEP tại steps[0].actions[0].to: `);
    const json = JSON.parse(run(['check', 'typo.json', '--json'], { cwd: dir }).stdout);
    expect(json.ok).toBe(false);
    const problem = json.files[0].problems.find((p: { code: string }) => p.code === 'UNKNOWN_STEP');
    expect(problem).toMatchObject({
      severity: 'error',
      path: ['steps', 0, 'actions', 0, 'to'],
      pointer: 'steps[0].actions[0].to',
      line,
      column,
    });
    expect(problem.messageVi).toMatch(/branch-reveiw/);
    // "did you mean …?" once the rules report a suggestion (params.suggestion): shown, never invented.
    if (problem.suggestions) expect(problem.suggestions).toContain('branch-review');
  });

  it('an unknown key is located at the key', () => {
    writeFileSync(
      join(dir, 'key.json'),
      land
        .replace('"copies"', '"copeis"')
        .replace(
          '"accepts": ["original"],\n      "electronicFormats": ["pdf"]\n    },',
          '"accepts": ["original"],\n      "electronicFormats": ["pdf"],\n      "copeis": 2\n    },',
        ),
    );
    const json = JSON.parse(run(['check', 'key.json', '--json'], { cwd: dir }).stdout);
    const problem = json.files[0].problems.find((p: { code: string }) => p.code === 'SCHEMA_UNKNOWN_KEY');
    expect(problem.path).toEqual(['documents', 0, 'copeis']);
    const text = readFileSync(join(dir, 'key.json'), 'utf8').split('\n');
    expect(text[problem.line - 1]!.slice(problem.column - 1)).toMatch(/^"copeis"/);
  });

  it('official schedules: the shipped file is valid; a broken one is located', () => {
    const shipped = run(['check', 'src/calendar/data/official-schedules.json', '--json']);
    expect(shipped.code).toBe(0);
    expect(JSON.parse(shipped.stdout).files[0].kind).toBe('schedules');
    writeFileSync(
      join(dir, 'schedule-2027.json'),
      JSON.stringify(
        {
          year: 2027,
          covers: ['tet'],
          sources: [{ id: 'A', document: 'CV' }],
          entries: [{ kind: 'holiday', date: '2027-02-30', holiday: 'tet', source: 'A' }],
        },
        null,
        2,
      ),
    );
    const text = readFileSync(join(dir, 'schedule-2027.json'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('2027-02-30')) + 1;
    const broken = run(['check', 'schedule-2027.json', '--json'], { cwd: dir });
    expect(broken.code).toBe(1);
    const report = JSON.parse(broken.stdout).files[0];
    expect(report.kind).toBe('schedule');
    expect(report.problems[0]).toMatchObject({ severity: 'error', path: ['entries', 0, 'date'], line });
  });

  it('a file that is neither: an error saying so', () => {
    writeFileSync(join(dir, 'other.json'), '{ "hello": "world" }');
    const r = run(['check', 'other.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('other.json:1:1 lỗi UNKNOWN_KIND: không phải định nghĩa thủ tục');
  });

  it('--json with a missing file: one JSON document naming it beside the other files, exit code 2', () => {
    writeFileSync(join(dir, 'ok.json'), land);
    const r = run(['check', 'ok.json', 'nope.json', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as {
      ok: boolean;
      summary: { files: number; unreadable: number };
      unreadable: { file: string; code: string }[];
    };
    expect(doc.ok).toBe(false);
    expect(doc.summary).toMatchObject({ files: 2, unreadable: 1 });
    expect(doc.unreadable).toEqual([expect.objectContaining({ file: 'nope.json', code: 'FILE_NOT_FOUND' })]);
  });

  it('a pattern that names node_modules looks inside it (the examples of an installed package)', () => {
    const inside = join(dir, 'node_modules', 'motcua', 'examples');
    mkdirSync(inside, { recursive: true });
    writeFileSync(join(inside, 'land.json'), land);
    const r = run(['check', 'node_modules/motcua/examples/*.json', '--json'], { cwd: dir });
    expect(JSON.parse(r.stdout).summary.files).toBe(1);
    // A folder or a pattern that does not name it still leaves node_modules out.
    expect(
      run(['check', '**/land.json', '--json'], { cwd: join(dir, 'node_modules', '..') }).stdout,
    ).not.toContain('node_modules/motcua');
  });

  it('a glob that matches nothing is a usage error', () => {
    const r = run(['check', 'nothing/*.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('motcua: không có tệp nào khớp với nothing/*.json\n');
  });

  describe('2,000 files', () => {
    let many: string;
    beforeAll(() => {
      many = join(dir, 'many');
      mkdirSync(join(many, 'a'), { recursive: true });
      mkdirSync(join(many, 'b'), { recursive: true });
      const marriage = JSON.parse(
        readFileSync(join(root, 'examples/procedures/marriage-registration.json'), 'utf8'),
      );
      for (let i = 0; i < 2000; i++) {
        const code = `1.${String(100000 + i)}`;
        const copy = { ...marriage, code };
        if (i === 1234) copy.steps = [{ ...marriage.steps[0], agency: 'dsek' }, ...marriage.steps.slice(1)];
        writeFileSync(join(many, i % 2 ? 'a' : 'b', `${code}.json`), JSON.stringify(copy, null, 2));
      }
      cpSync(join(root, 'examples/procedures/land-change-registration.json'), join(many, 'land.json'));
    });

    it('checks a folder: every file, errors counted, JSON without progress', () => {
      const r = run(['check', 'many', '--json'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const json = JSON.parse(r.stdout);
      expect(json.summary).toMatchObject({ files: 2001, unreadable: 0 });
      const bad = json.files.filter((f: { problems: { severity: string }[] }) =>
        f.problems.some((p) => p.severity === 'error'),
      );
      expect(bad.map((f: { file: string }) => f.file)).toEqual(['many/b/1.101234.json']);
      const codes = bad[0].problems.map((p: { code: string }) => p.code);
      expect(codes).toContain('UNKNOWN_AGENCY');
      expect(json.summary.errors).toBe(
        codes.length - bad[0].problems.filter((p: { severity: string }) => p.severity === 'warning').length,
      );
    });

    it('draws the progress line on a terminal only', () => {
      const piped = run(['check', 'many/a'], { cwd: dir });
      expect(piped.stderr).toBe('');
      // `script` gives the bin a pseudo-terminal (util-linux); skip where it is absent.
      const script = spawnSync('script', ['-qec', `${process.execPath} ${bin} check many/a`, '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 120_000,
      });
      if (script.error) return;
      expect(script.stdout).toContain('\r\u001b[Kđang kiểm tra ');
      expect(script.stdout).toContain('/1000 tệp…');
      expect(script.stdout).toContain('Đã kiểm tra 1000 tệp: không có vấn đề nào.');
      expect(script.status).toBe(0);
    });
  });
});
