/**
 * Results never depend on the host's time zone: the same probe runs in child processes under zones from UTC−11 to
 * UTC+14 (with and without daylight saving) and must print the same answers. The whole suite also runs under
 * TZ=UTC and TZ=America/Los_Angeles in CI (.ci/run).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const probe = fileURLToPath(new URL('./fixtures/tz-probe.ts', import.meta.url));
const zones = [
  'Asia/Ho_Chi_Minh',
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
  'Europe/London',
];

describe('host time zone', () => {
  it('gives the same answers in every zone', async () => {
    const outputs = await Promise.all(
      zones.map(async (TZ) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', probe], {
          env: { ...process.env, TZ },
          maxBuffer: 16 * 1024 * 1024,
        });
        return stdout;
      }),
    );
    const [reference, ...others] = outputs;
    expect(JSON.parse(reference!).length).toBe(400 * 9);
    for (const [i, output] of others.entries())
      expect({ zone: zones[i + 1], output }).toEqual({ zone: zones[i + 1], output: reference });
  });
});
