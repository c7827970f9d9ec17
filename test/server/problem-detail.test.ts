/**
 * A 422 says what is wrong in its `detail` (the first problem, with its place), not only how many; an instant
 * without an offset is refused saying an offset is needed, in both languages; a 415 without a content type says
 * so in words (not `"none"`).
 */
import { describe, expect, it } from 'vitest';
import { report } from '../../src/server/messages/index.js';
import { call, post, useServer } from './support.js';

const server = useServer({});

describe('problem details', () => {
  it('422: the detail carries the first problem', async () => {
    const r = await post(server.current, '/v1/calendar/deadline', {
      receivedAt: '2026-02-12T10:00',
      limit: { amount: 3, unit: 'working-days' },
    });
    expect(r.status).toBe(422);
    expect(r.json.detail).toBe(
      'Yêu cầu có một lỗi; tại "/receivedAt": Sai định dạng thời điểm; cần ngày giờ có múi giờ, ví dụ 2026-02-12T10:00:00+07:00',
    );
    const en = await call(
      server.current,
      'POST',
      '/v1/calendar/deadline',
      { receivedAt: '2026-02-12T10:00', limit: { amount: 3, unit: 'working-days' } },
      { 'accept-language': 'en' },
    );
    expect(en.json.detail).toContain('at "/receivedAt": Not an instant with an offset');
  });

  it('415 without a content type: said in words', () => {
    const r = report('UNSUPPORTED_MEDIA_TYPE', { expected: 'json', given: '' });
    expect(r.messageVi).not.toContain('none');
    expect(r.messageVi).toContain('không ghi kiểu nội dung');
    expect(r.message).toContain('no content type given');
  });

  it('415 with another type names it', async () => {
    const r = await call(server.current, 'POST', '/v1/calendar/deadline', '{}', {
      'content-type': 'text/plain',
    });
    expect(r.status).toBe(415);
    expect(r.json.detail).toContain('đã gửi "text/plain"');
  });
});
