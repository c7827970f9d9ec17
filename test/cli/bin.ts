/**
 * The built `motcua` bin, for tests that run it as a child process (as `npx motcua` would). `builtBin()` builds
 * dist/cli/index.js with the very tsup options of tsup.config.ts when it is missing or older than a source file
 * (`npm test` runs the unit tests before `npm run build`), once across parallel test files (a lock folder).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { cli } from '../../tsup.config.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = join(root, 'dist/cli/index.js');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

function fresh(): boolean {
  try {
    const sources = Math.max(
      newest(join(root, 'src')),
      statSync(join(root, 'tsup.config.ts')).mtimeMs,
      statSync(join(root, 'package.json')).mtimeMs,
    );
    return statSync(bin).mtimeMs >= sources;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The path of a fresh built bin. */
export async function builtBin(): Promise<string> {
  const lock = join(root, 'node_modules/.cache/motcua-cli-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; !fresh(); waited += 200) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    try {
      if (!fresh()) await build({ ...cli, config: false, silent: true });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return bin;
}

/** What a run of the bin gave. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built bin with arguments, in a folder, with extra environment; standard output and error are pipes
 * (not terminals), as in a script.
 */
export function run(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
