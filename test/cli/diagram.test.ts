/**
 * `diagram` and `init` through the built bin, the diagrams committed in docs/diagrams/ (fresh), and the bin used
 * from a project that installed the package (`npx motcua …`, `$schema` into node_modules).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagramFiles } from '../../scripts/diagrams.js';
import { builtBin, root, run } from './bin.js';

let dir: string;
beforeAll(async () => {
  await builtBin();
  dir = mkdtempSync(join(tmpdir(), 'motcua-diagram-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('motcua diagram', () => {
  it('agencies as lanes, steps with their shares, consultations and returns', () => {
    const r = run(['diagram', 'examples/procedures/construction-permit-2026.json']);
    expect(r.code).toBe(0);
    const m = r.stdout;
    expect(m.startsWith('flowchart TD\n')).toBe(true);
    for (const agency of ['desk', 'urban', 'commune', 'sector', 'utilities'])
      expect(m).toContain(`subgraph lane_${agency}[`);
    expect(m).toContain(
      'step_review["Thẩm định hồ sơ, kiểm tra thực địa<br/>2 ngày làm việc (28,6% thời hạn)',
    );
    expect(m).toContain('step_review -->|"lấy ý kiến"| step_consult_sector');
    expect(m).toContain('step_consult_utilities -->|"trả lời"| step_decide');
    expect(m).toContain('step_review -->|"!needsConsultation"| step_decide');
    expect(m).toContain('step_decide -.->|"trả lại"| step_review');
    expect(m).toContain('step_return --> returned');
    expect(m.match(/^ {2}subgraph /gm)).toHaveLength(5);
    expect(m.match(/^ {2}end$/gm)).toHaveLength(5);
  });

  it('the applicant’s payment and a variant limit; English labels with --lang en', () => {
    const m = run(['diagram', 'examples/procedures/land-change-registration.json', '--lang', 'en']).stdout;
    expect(m).toContain('limit[["Time limit: 10 working days<br/>20 working days when disadvantagedArea"]]');
    expect(m).toContain('step_tax_assessment ==>|"applicant pays"| step_issue');
    expect(m).toContain('3.5 working days (35% of the limit)');
  });

  it('--format markdown: a heading and a fenced block', () => {
    const md = run([
      'diagram',
      'examples/procedures/marriage-registration.json',
      '--format',
      'markdown',
    ]).stdout;
    expect(md).toMatch(/^# Đăng ký kết hôn \(1\.000894, phiên bản [\d.]+\)\n\n```mermaid\nflowchart TD\n/);
    expect(md.trimEnd().endsWith('```')).toBe(true);
    expect(run(['diagram', 'examples/procedures/marriage-registration.json', '--format', 'svg']).code).toBe(
      2,
    );
  });
});

describe('docs/diagrams', () => {
  it('holds a fresh diagram of every example procedure (npx tsx scripts/generate-diagrams.ts)', () => {
    const files = diagramFiles(root);
    // One per example procedure, and the index.
    const examples = readdirSync(join(root, 'examples/procedures')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBe(examples.length + 1);
    for (const f of files) {
      const committed = existsSync(join(root, f.path))
        ? readFileSync(join(root, f.path), 'utf8')
        : '(missing)';
      expect(committed, `${f.path} is stale: run npx tsx scripts/generate-diagrams.ts`).toBe(f.text);
    }
  });
});

describe('motcua init', () => {
  it('writes a template that passes check without a problem, and does not overwrite it', () => {
    const r = run(['init', '1.000894', '--name', 'Đăng ký kết hôn'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Đã tạo 1.000894.json. Hãy điền theo thủ tục đã công bố, rồi chạy: motcua check 1.000894.json\n',
    );
    const definition = JSON.parse(readFileSync(join(dir, '1.000894.json'), 'utf8'));
    expect(definition.code).toBe('1.000894');
    expect(definition.name.vi).toBe('Đăng ký kết hôn');
    expect(definition.notes.join(' ')).toContain('Thời hạn giải quyết');
    const check = run(['check', '1.000894.json', '--json'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).files[0].problems).toEqual([]);
    const again = run(['init', '1.000894'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('motcua: tệp 1.000894.json đã có (dùng --force để ghi đè)\n');
    expect(run(['init', '1.000894', '--force'], { cwd: dir }).code).toBe(0);
    expect(run(['init', '1000894'], { cwd: dir }).stderr).toBe(
      'motcua: <mã> "1000894": cần mã thủ tục hành chính, ví dụ 1.000894\n',
    );
  });

  it('with --lang en, the Vietnamese texts stay in .vi and the English ones go beside them', () => {
    const r = run(['init', '1.000895', '--lang', 'en', '-o', 'en.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const definition = JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8'));
    expect(definition.agencies[0].name.vi).toContain('Bộ phận Một cửa');
    expect(definition.agencies[0].name.en).toContain('One-stop desk');
    expect(definition.field.vi).not.toMatch(/\b(Field|as published)\b/);
    expect(JSON.parse(run(['check', 'en.json', '--json'], { cwd: dir }).stdout).files[0].problems).toEqual(
      [],
    );
  });

  it('from an installed package: npx motcua, $schema into node_modules, check and diagram work', () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    mkdirSync(join(project, 'thu-tuc'));
    symlinkSync(root, join(project, 'node_modules', 'motcua'), 'dir');
    symlinkSync('../motcua/dist/cli/index.js', join(project, 'node_modules', '.bin', 'motcua'));
    const npx = (args: string[]) =>
      spawnSync('npx', ['--no-install', 'motcua', ...args], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' },
        timeout: 60_000,
      });
    const init = npx(['init', '2.000488', '-o', 'thu-tuc/ly-lich.json', '--lang', 'en']);
    expect(init.status, init.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(project, 'thu-tuc/ly-lich.json'), 'utf8'));
    expect(written.$schema).toBe('../node_modules/motcua/schema/procedure.schema.json');
    expect(existsSync(join(project, 'thu-tuc', written.$schema))).toBe(true);
    const root2 = npx(['init', '2.000489']);
    expect(JSON.parse(readFileSync(join(project, '2.000489.json'), 'utf8')).$schema).toBe(
      './node_modules/motcua/schema/procedure.schema.json',
    );
    expect(root2.status).toBe(0);
    expect(npx(['check', 'thu-tuc/*.json']).status).toBe(0);
    expect(npx(['diagram', 'thu-tuc/ly-lich.json']).stdout).toMatch(/^flowchart TD/);
  });
});
