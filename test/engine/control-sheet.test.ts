/**
 * The process control sheet keeps every parallel branch of a consultation.
 */
import { describe, expect, it } from 'vitest';
import { engine, permit2026, run } from './fixtures.js';

describe('the control sheet keeps every parallel branch', () => {
  it("hands each branch's reply back, the early one included", () => {
    const s = run(permit2026, [
      { type: 'SUBMIT', at: '2026-07-06T08:00:00+07:00', channel: 'in-person' },
      {
        type: 'RECEIVE',
        at: '2026-07-06T08:10:00+07:00',
        by: 'desk',
        dossierCode: 'X',
        fields: { floors: 3, floorArea: 100, needsConsultation: true },
      },
      { type: 'FORWARD', at: '2026-07-06T09:00:00+07:00', by: 'desk' },
      { type: 'CONSULT', at: '2026-07-07T09:00:00+07:00', by: 'urban' },
      { type: 'REPLY', at: '2026-07-08T09:00:00+07:00', by: 'sector' },
      { type: 'REPLY', at: '2026-07-13T09:00:00+07:00', by: 'utilities' },
      { type: 'ISSUE_RESULT', at: '2026-07-14T09:00:00+07:00', by: 'commune' },
      { type: 'RETURN_RESULT', at: '2026-07-14T15:00:00+07:00', by: 'desk' },
    ]);
    const d = permit2026.definition;
    const name = (id: string) => d.agencies.find((a) => a.id === id)!.name.vi;
    const blocks = engine.controlSheetForm(s, { at: '2026-07-15T00:00:00+07:00' }).blocks!;
    expect(blocks).toContainEqual(
      expect.objectContaining({
        giver: name('sector'),
        receiver: name('commune'),
        at: '2026-07-08T09:00:00+07:00',
        result: 'early',
      }),
    );
    expect(blocks).toContainEqual(
      expect.objectContaining({ giver: name('utilities'), receiver: name('commune'), result: 'late' }),
    );
    expect(blocks).toHaveLength(7);
    const times = blocks.map((b) => Date.parse(b.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
