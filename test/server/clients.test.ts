/**
 * The client examples of docs/server.md run against the real server: each fenced Java and PHP block is written
 * out as the file its first line names and run (Java's source launcher compiles it; the JDK's `javac` checks it
 * first), and must print the appointment date and a recorded event. They run where a JDK with Jackson (Debian:
 * libjackson2-databind-java) and PHP with curl are installed, and say why they are skipped elsewhere. C# has no
 * SDK here (see the report in docs/server.md).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, useServer } from './support.js';

const doc = readFileSync(resolve(root, 'docs/server.md'), 'utf8');
const blocks = (lang: string) =>
  [...doc.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);
const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;

const jars = ['jackson-databind', 'jackson-core', 'jackson-annotations'].map(
  (j) => `/usr/share/java/${j}.jar`,
);
const java = has('javac', ['-version']) && jars.every(existsSync);
const php = has('php', ['-r', 'exit(function_exists("curl_init") ? 0 : 1);']);

const server = useServer();
/** Runs a program without blocking this process (the server under test runs in it). */
const run = (cmd: string, args: string[], cwd: string) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      cmd,
      args,
      { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, MOTCUA_URL: server.current.url } },
      (error, stdout, stderr) =>
        done({ status: error ? ((error.code as number | undefined) ?? 1) : 0, stdout, stderr }),
    );
  });

describe('docs/server.md examples', () => {
  it('has the Java, C# and PHP examples', () => {
    expect(blocks('java')).toHaveLength(2);
    expect(blocks('csharp')).toHaveLength(1);
    expect(blocks('php')).toHaveLength(1);
  });

  it.skipIf(!java)(
    'Java: both files compile with javac and run, printing the appointment and a recorded event',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'motcua-java-'));
      const cp = jars.join(':');
      const out: string[] = [];
      for (const source of blocks('java')) {
        const file = /^\/\/ (\w+\.java)/.exec(source)![1]!;
        writeFileSync(join(dir, file), source);
        const compiled = await run('javac', ['-cp', cp, '-d', dir, file], dir);
        expect(compiled.stderr).toBe('');
        expect(compiled.status).toBe(0);
        const r = await run('java', ['-cp', `${cp}:${dir}`, file.replace('.java', '')], dir);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        out.push(r.stdout);
      }
      expect(out[0]).toMatch(/Hẹn trả kết quả: 2026-02-24T10:00:00\+07:00/);
      expect(out[0]).toMatch(/nghỉ 2026-02-17: /);
      expect(out[1]).toMatch(/^seq 1, hash [0-9a-f]{64}$/m);
      expect(out[1]).toMatch(/^409 STALE_SEQUENCE: /m);
    },
  );

  it.skipIf(!php)('PHP: runs, printing the appointment and a recorded event', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-php-'));
    writeFileSync(join(dir, 'motcua.php'), blocks('php')[0]!);
    const r = await run('php', ['motcua.php'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Hẹn trả kết quả: 2026-02-24T10:00:00\+07:00/);
    expect(r.stdout).toMatch(/^seq 1, hash [0-9a-f]{64}$/m);
  });
});
