/**
 * `motcua serve --schedules` reads a schedule file that carries `$schema` (the JSON Schema an editor uses).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/index.js';
import { call } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-schedules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--schedules with $schema', () => {
  it('starts, and the schedule applies', async () => {
    const schedule = {
      $schema: '../node_modules/motcua/schema/schedule.schema.json',
      year: 2027,
      covers: ['tet'],
      sources: [{ id: 's', document: 'Thông báo giả định của Bộ Nội vụ' }],
      entries: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map((date) => ({
        kind: 'holiday',
        date,
        holiday: 'tet',
        source: 's',
      })),
    };
    writeFileSync(join(dir, '2027.json'), JSON.stringify(schedule, null, 2));
    const server = await startServer({ port: 0, schedules: dir, log: { line: () => {}, error: () => {} } });
    try {
      expect((await call(server, 'GET', '/v1/calendar/days/2027-02-11')).json.working).toBe(false);
      expect((await call(server, 'GET', '/ready')).json.schedules).toBe(1);
    } finally {
      await server.close();
    }
  });
});
