/**
 * The server's messages by code: every code renders in English and Vietnamese from the tables, and no
 * Vietnamese text holds English (media types, codes and ids only quoted, as data); the texts of the `serve`
 * command too.
 */
import { describe, expect, it } from 'vitest';
import { texts } from '../../src/cli/messages/index.js';
import { statusTitles } from '../../src/server/http/problem.js';
import { en, jsonReasonsEn } from '../../src/server/messages/en.js';
import { vi } from '../../src/server/messages/vi.js';
import type { ParamsOf } from '../../src/shared/messages.js';
import { englishWords } from '../support/english-rules.js';

type Samples = { readonly [C in keyof typeof en]: readonly ParamsOf<typeof en, C>[] };
const reasons = Object.keys(jsonReasonsEn) as (keyof typeof jsonReasonsEn)[];
/** Parameters for every code (a missing code is a type error); every reason and variant rendered. */
const samples: Samples = {
  BODY_TOO_LARGE: [{ max: 1024 }],
  MALFORMED_JSON: reasons.map((reason) => ({ reason, line: 1, column: 2 })),
  JSON_TOO_DEEP: [{ max: 40 }],
  UNSUPPORTED_MEDIA_TYPE: [
    { expected: 'json', given: 'text/plain' },
    { expected: 'ndjson', given: 'application/json' },
    { expected: 'json', given: '' },
  ],
  REQUEST_TIMEOUT: [{ ms: 10_000 }],
  NOT_FOUND: [{ method: 'GET', path: '/v1/x' }],
  METHOD_NOT_ALLOWED: [{ method: 'DELETE', path: '/v1/dossiers/apply', allowed: ['POST'] }],
  NOT_READY: [{ state: 'starting' }, { state: 'stopping' }],
  REQUEST_INVALID: [
    { count: 1 },
    { count: 3, at: '/receivedAt', first: 'Not an instant', firstVi: 'Sai định dạng thời điểm' },
  ],
  DEFINITION_INVALID: [{ count: 1 }, { count: 2 }],
  DEFINITION_NOT_REGISTERED: [{ hash: 'sha256:00' }],
  REGISTRY_FULL: [{ max: 500 }],
  NDJSON_LINE_TOO_LONG: [{ line: 3, max: 65_536 }],
  NDJSON_LINE_INVALID: reasons.map((reason) => ({ line: 2, reason })),
  NDJSON_TOO_MANY_LINES: [{ max: 10 }],
  INTERNAL_ERROR: [{}],
  SERVER_READY: [{ url: 'http://127.0.0.1:8787', definitions: 6, schedules: 1 }],
  SERVER_STOPPING: [{ signal: 'SIGTERM' }],
  SERVER_STOPPED: [{}],
  LISTEN_FAILED: [{ address: '127.0.0.1:8787', reason: 'EADDRINUSE' }],
  LOAD_NOT_A_DEFINITION: [{ file: 'a.json' }],
  LOAD_DEFINITION_ERRORS: [{ file: 'a.json', count: 2, at: 'steps[0]' }],
  LOAD_SCHEDULE_INVALID: [{ file: 'a.json', at: 'entries[0]' }],
  LOAD_FILE_INVALID: reasons.map((reason) => ({ file: 'a.json', reason })),
  LOAD_FOLDER_MISSING: [{ folder: 'defs' }],
};

describe('server messages', () => {
  for (const code of Object.keys(en) as (keyof typeof en)[]) {
    it(`${code}: both languages, no English in Vietnamese`, () => {
      for (const params of samples[code]) {
        const english = (en[code] as (p: unknown) => string)(params);
        const vietnamese = (vi[code] as (p: unknown) => string)(params);
        expect(english.length).toBeGreaterThan(0);
        expect(vietnamese).not.toBe(english);
        expect(englishWords(vietnamese)).toEqual([]);
      }
    });
  }

  it('the status titles of problem documents', () => {
    for (const [status, title] of Object.entries(statusTitles)) {
      expect(englishWords(title.vi), status).toEqual([]);
      expect(title.vi).not.toBe(title.en);
    }
  });

  it('the serve command’s help texts', () => {
    const codes = [
      'CMD_serve',
      'OPT_port',
      'OPT_host',
      'OPT_definitions',
      'OPT_schedules',
      'PH_folder',
    ] as const;
    for (const code of codes) {
      expect(englishWords(texts('vi')[code]())).toEqual([]);
      expect(texts('vi')[code]()).not.toBe(texts('en')[code]());
    }
    expect(
      englishWords(texts('vi').BAD_OPTION_VALUE({ option: '<cổng>', value: 'x', expected: 'port' })),
    ).toEqual([]);
  });
});
