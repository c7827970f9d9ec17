/**
 * The calendar over HTTP, on the real server: a day and why, working days and hours, the appointment date by
 * each counting policy (the hand-checked cases of docs/engine.md §1), a year's days off, and the iCalendar feed —
 * the very feed `motcua calendar <year> --ics` writes, parsed back by ical.js.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { call, post, useServer } from './support.js';

const server = useServer();

describe('GET /v1/calendar/days/{date}', () => {
  it('says why a day is off, with its source, in both languages', async () => {
    const r = await call(server.current, 'GET', '/v1/calendar/days/2026-04-27');
    expect(r.status).toBe(200);
    expect(r.json.working).toBe(false);
    expect(r.json.reasons.map((x: { kind: string }) => x.kind)).toContain('compensatory');
    expect(r.json.summary.vi).toMatch(/Giỗ Tổ Hùng Vương/);
    expect(r.json.reasons.find((x: { kind: string }) => x.kind === 'compensatory').source.document).toMatch(
      /45\/2019/,
    );
  });

  it('refuses a day that does not exist with the calendar’s own code, in the language asked', async () => {
    const vi = await call(server.current, 'GET', '/v1/calendar/days/2026-02-30');
    const en = await call(server.current, 'GET', '/v1/calendar/days/2026-02-30', undefined, {
      'accept-language': 'en-US,en;q=0.9',
    });
    expect(vi.status).toBe(422);
    expect(vi.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(vi.json.code).toBe('INVALID_DATE');
    expect(vi.json.type).toBe('urn:motcua:problem:INVALID_DATE');
    expect(vi.json.detail).toBe(vi.json.messageVi);
    expect(en.json.detail).toBe(en.json.message);
    expect(en.headers.get('content-language')).toBe('en');
    expect(vi.json.messageVi).not.toBe(vi.json.message);
  });
});

describe('working days and hours', () => {
  it('adds working days across Tết', async () => {
    const r = await post(server.current, '/v1/calendar/add-working-days', { date: '2026-02-12', days: 3 });
    expect(r.json).toEqual({ date: '2026-02-24' });
  });

  it('adds working hours over a weekend', async () => {
    const r = await post(server.current, '/v1/calendar/add-working-hours', {
      instant: '2026-02-13T16:00:00+07:00',
      hours: 4,
    });
    expect(r.status).toBe(200);
    // Friday 16:00 + 1 h = 17:00; Tết from Monday 16/02 to Friday 20/02; Monday 23/02 07:30 + 3 h = 10:30.
    expect(r.json).toEqual({ instant: '2026-02-23T10:30:00+07:00' });
  });

  it('counts working days between two days', async () => {
    const r = await post(server.current, '/v1/calendar/working-days-between', {
      from: '2026-02-12',
      to: '2026-02-24',
    });
    expect(r.json).toEqual({ days: 3 });
  });
});

describe('POST /v1/calendar/deadline', () => {
  const base = { receivedAt: '2026-02-12T10:00:00+07:00', limit: { amount: 3, unit: 'working-days' } };

  it('counts by working hours by default: Thursday 12/02 10:00 + 3 working days = Tuesday 24/02 10:00', async () => {
    const r = await post(server.current, '/v1/calendar/deadline', base);
    expect(r.status).toBe(200);
    expect(r.json.policy).toBe('working-hours');
    expect(r.json.due).toBe('2026-02-24T10:00:00+07:00');
    expect(r.json.daysOff.map((d: { date: string }) => d.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('gives a day less under the cut-off policy, and the Civil Code its own count', async () => {
    const cutoff = await post(server.current, '/v1/calendar/deadline', {
      ...base,
      policy: 'working-days-cutoff',
    });
    const civil = await post(server.current, '/v1/calendar/deadline', { ...base, policy: 'civil-code' });
    expect(cutoff.json.due).toBe('2026-02-23T17:00:00+07:00');
    expect(civil.json.due).toBe('2026-02-24T17:00:00+07:00');
  });

  it('counts calendar days by the Civil Code and moves a last day off to the next working day', async () => {
    const r = await post(server.current, '/v1/calendar/deadline', {
      receivedAt: '2026-04-24T16:00:00+07:00',
      limit: { amount: 15, unit: 'calendar-days' },
    });
    expect(r.json.due).toBe('2026-05-12T00:00:00+07:00');
  });

  it('names a missing member and a bad value with the rules module’s codes and JSON Pointers', async () => {
    const r = await post(server.current, '/v1/calendar/deadline', {
      receivedAt: '2026-02-12 10:00',
      policy: 'fast',
    });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('REQUEST_INVALID');
    const found = r.json.problems
      .map((p: { code: string; pointer: string }) => `${p.code} ${p.pointer}`)
      .sort();
    expect(found).toEqual([
      'SCHEMA_INVALID_FORMAT /receivedAt',
      'SCHEMA_INVALID_VALUE /policy',
      'SCHEMA_MISSING /limit',
    ]);
    expect(r.json.pointer).toBe(r.json.problems[0].pointer);
  });

  it('refuses an unknown member (a misspelt option is not silently dropped)', async () => {
    const r = await post(server.current, '/v1/calendar/deadline', { ...base, polcy: 'civil-code' });
    expect(r.json.problems.map((p: { code: string; pointer: string }) => `${p.code} ${p.pointer}`)).toEqual([
      'SCHEMA_UNKNOWN_KEY /polcy',
    ]);
  });

  it('refuses an instant outside the calendar with the calendar’s code', async () => {
    const r = await post(server.current, '/v1/calendar/deadline', {
      ...base,
      receivedAt: '2300-01-05T10:00:00+07:00',
    });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('OUT_OF_RANGE');
  });
});

describe("a year's days off", () => {
  it('lists the days that are not ordinary, Tết among them', async () => {
    const r = await call(server.current, 'GET', '/v1/calendar/years/2026/days-off');
    expect(r.status).toBe(200);
    expect(r.json.year).toBe(2026);
    expect(r.json.days.map((d: { date: string }) => d.date)).toContain('2026-02-17');
  });

  it('serves the same iCalendar feed as `motcua calendar 2026 --ics`, DTSTAMP aside, that ical.js reads', async () => {
    const r = await call(server.current, 'GET', '/v1/calendar/years/2026/days-off.ics');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    let cli = '';
    const sink = {
      write: (t: string) => {
        cli += t;
      },
      isTTY: false,
      colors: false,
    };
    const code = await main(['calendar', '2026', '--ics'], {
      stdout: sink,
      stderr: { write: () => {}, isTTY: false, colors: false },
      cwd: process.cwd(),
      now: () => 0,
    });
    expect(code).toBe(0);
    const noStamp = (t: string) => t.replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP');
    expect(noStamp(r.text)).toBe(noStamp(cli));
    const events = new ICAL.Component(ICAL.parse(r.text)).getAllSubcomponents('vevent');
    expect(events.length).toBe(
      JSON.parse((await call(server.current, 'GET', '/v1/calendar/years/2026/days-off')).text).days.length,
    );
    const tet = events.find((e) => e.getFirstPropertyValue('uid') === '20260217-lich-nghi@motcua');
    expect(String(tet?.getFirstPropertyValue('summary'))).toMatch(/Tết/);
  });

  it('writes the feed in English when asked', async () => {
    const r = await call(server.current, 'GET', '/v1/calendar/years/2026/days-off.ics?lang=en');
    expect(r.text).toMatch(/SUMMARY:Holiday: Lunar New Year/);
  });

  it('has no such year as "20x6"', async () => {
    const r = await call(server.current, 'GET', '/v1/calendar/years/20x6/days-off');
    expect(r.status).toBe(404);
  });
});
