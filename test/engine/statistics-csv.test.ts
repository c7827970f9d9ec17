/**
 * The CSV exports (src/engine/statistics/export.ts): UTF-8 with a byte-order mark so spreadsheets read the accents,
 * CRLF line ends and quotes where RFC 4180 needs them, and text that a spreadsheet would run as a formula kept as
 * text (a leading `'`) — an applicant's name or a dossier code is data from outside.
 */
import { describe, expect, it } from 'vitest';
import { EngineError, type FactRow, factTableCsv, summaryCsv } from '../../src/engine/index.js';
import { business, engine, run } from './fixtures.js';

const row: FactRow = {
  dossier_code: '000.00.24.H29-260302-0001',
  procedure: '2.001610',
  version: '2026.1',
  agency: '000.00.24.H29',
  field: 'Thành lập và hoạt động doanh nghiệp',
  level: 'province',
  channel: 'online',
  submitted: '2026-03-02T08:00:00+07:00',
  received: '2026-03-02T08:10:00+07:00',
  due: '2026-03-05T08:10:00+07:00',
  due_766: '2026-03-05T08:10:00+07:00',
  finished: null,
  resolution: null,
  outcome: 'open-within',
  waiting_since: null,
  pauses: 0,
  paused_hours: 0,
  supplements: 0,
  apology: false,
  limit_hours: 24,
  used_hours: 1.5,
  processing_hours: null,
  fully_online: false,
  fee_paid: false,
  paid_online: null,
  documents_recorded: 0,
  documents_digitised: 0,
  documents_reused: 0,
  results: 1,
  results_digitised: 0,
};

/** The cells of a CSV line, read back by RFC 4180's rules (quotes doubled inside quoted cells). */
function cells(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let text = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (line[q + 1] === '"') {
          text += `${line.slice(i, q)}"`;
          i = q + 2;
        } else {
          text += line.slice(i, q);
          i = q + 1;
          break;
        }
      }
      out.push(text);
      i++; // the comma
    } else {
      const comma = line.indexOf(',', i);
      const end = comma === -1 ? line.length : comma;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

describe('the fact table as CSV', () => {
  it('starts with a byte-order mark, has Vietnamese headers by default and ends lines with CRLF', () => {
    const text = factTableCsv([row]);
    expect(text.startsWith('\uFEFFMã hồ sơ,Mã thủ tục,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(3); // header, the row, and the empty string after the last CRLF
    expect(factTableCsv([row], { lang: 'en' }).startsWith('\uFEFFDossier code,Procedure code,')).toBe(true);
  });

  it('writes nulls as empty cells, numbers and booleans as they are', () => {
    const line = factTableCsv([row]).slice(1).split('\r\n')[1]!;
    const c = cells(line);
    expect(c[0]).toBe('000.00.24.H29-260302-0001');
    expect(c).toContain('false');
    expect(c).toContain('1.5');
    expect(c[11]).toBe(''); // finished: null
  });

  it('quotes separators, quotes and line breaks, and keeps formulas as text', () => {
    const hostile: FactRow = {
      ...row,
      dossier_code: '=HYPERLINK("http://x","bấm")',
      field: 'Đất đai, "nhà ở"\r\nNgày hẹn trả kết quả: 01/01/2027',
      agency: '+1-2',
      version: ' 2026 ',
    };
    const text = factTableCsv([hostile]).slice(1);
    // The forged line break is inside a quoted cell: the file still has one header and one row.
    const [, line] = text.split('\r\n', 2);
    expect(line!.startsWith(`"'=HYPERLINK(""http://x"",""bấm"")"`)).toBe(true);
    const body = text.slice(text.indexOf('\r\n') + 2, -2);
    const c = cells(body);
    expect(c[0]).toBe(`'=HYPERLINK("http://x","bấm")`);
    expect(c[2]).toBe(' 2026 ');
    expect(c[3]).toBe("'+1-2");
    expect(c[4]).toBe('Đất đai, "nhà ở"\r\nNgày hẹn trả kết quả: 01/01/2027');
  });
});

describe('a summary as CSV', () => {
  /** A business registration sent online and received on Monday 02/03/2026. */
  const receivedOnline = () =>
    run(business, [
      { type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'online' },
      {
        type: 'RECEIVE',
        at: '2026-03-02T08:10:00+07:00',
        by: 'bro',
        dossierCode: '000.00.24.H29-260302-0001',
      },
    ]);
  it('has one row per group and the total, with the dimensions grouped by', () => {
    const result = engine.summarize([receivedOnline()], {
      period: { from: '2026-03-01', to: '2026-03-31' },
      groupBy: ['procedure'],
    });
    const lines = summaryCsv(result, { lang: 'en' }).slice(1).split('\r\n');
    expect(lines[0]!.startsWith('Procedure code,Received,')).toBe(true);
    expect(lines[0]).not.toContain('Agency');
    expect(lines).toHaveLength(4); // header, the group, the total, ''
    expect(cells(lines[1]!).slice(0, 2)).toEqual([business.definition.code, '1']);
    expect(cells(lines[2]!).slice(0, 2)).toEqual(['Total', '1']);
    expect(cells(summaryCsv(result).slice(1).split('\r\n')[2]!)[0]).toBe('Tổng cộng');
    // The dossiers handled and those on time by Decision 766 stand beside the indicator they make.
    const header = cells(lines[0]!);
    const row = cells(lines[1]!);
    // Received 02/03 with 3 working days, still open at the end of March: overdue, so late by Decision 766.
    expect(row[header.indexOf('Handled')]).toBe('1');
    expect(row[header.indexOf('In progress, overdue')]).toBe('1');
    expect(row[header.indexOf('On time (Decision 766)')]).toBe('0');
    expect(row[header.indexOf('Progress indicator (Decision 766)')]).toBe('0');
  });

  it('writes the channel and the level in Vietnamese in a Vietnamese sheet, as codes in an English one', () => {
    const result = engine.summarize([receivedOnline()], {
      period: { from: '2026-03-01', to: '2026-03-31' },
      groupBy: ['level', 'channel'],
    });
    expect(cells(summaryCsv(result).slice(1).split('\r\n')[1]!).slice(0, 2)).toEqual([
      'Cấp tỉnh',
      'Trực tuyến',
    ]);
    expect(cells(summaryCsv(result, { lang: 'en' }).slice(1).split('\r\n')[1]!).slice(0, 2)).toEqual([
      'province',
      'online',
    ]);
  });

  it("gives apologies and the procedure's own extensions a column each", () => {
    const result = engine.summarize([], { period: { from: '2026-03-01', to: '2026-03-31' } });
    const header = cells(summaryCsv(result, { lang: 'en' }).slice(1).split('\r\n')[0]!);
    expect(header).toContain('Apologies (new appointment)');
    expect(header).toContain("Extensions (the procedure's own)");
    expect(cells(summaryCsv(result).slice(1).split('\r\n')[0]!)).toContain(
      'Gia hạn theo quy định của thủ tục',
    );
  });
});

describe('the CSV exports refuse what they cannot write, with a typed error', () => {
  const refused = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e as EngineError;
    }
    throw new Error('no error');
  };
  it.each([
    ['a summary that is not one', () => summaryCsv({} as never), 'INVALID_ARGUMENT', ['result']],
    ['fact rows that are not a list', () => factTableCsv(42 as never), 'INVALID_ARGUMENT', ['rows']],
    [
      'a fact row that is not an object',
      () => factTableCsv([row, 7] as never),
      'INVALID_ARGUMENT',
      ['rows', 1],
    ],
    [
      'a language it has no headers in',
      () => factTableCsv([row], { lang: 'fr' as never }),
      'INVALID_OPTIONS',
      ['lang'],
    ],
    [
      'an option it does not have',
      () => factTableCsv([row], { language: 'en' } as never),
      'INVALID_OPTIONS',
      ['language'],
    ],
  ])('%s', (_, f, code, path) => {
    const e = refused(f);
    expect(e).toBeInstanceOf(EngineError);
    expect([e.code, e.path]).toEqual([code, path]);
    expect(e.messageVi).not.toMatch(/[a-z]{4,} (?:of|the|a|an) /);
  });
});
