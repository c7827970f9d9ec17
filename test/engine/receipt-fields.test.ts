/**
 * RECEIVE fields are checked against the definition's form, by the rules module's own field check.
 */
import { describe, expect, it } from 'vitest';
import { engine, land, run } from './fixtures.js';

describe("RECEIVE fields are checked against the definition's form", () => {
  const submitted = run(land, [{ type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'in-person' }]);
  const receive = (fields: Record<string, string | number | boolean | null>) =>
    engine.applyEvent(submitted, {
      type: 'RECEIVE',
      seq: 2,
      at: '2026-03-02T08:10:00+07:00',
      by: 'centre',
      dossierCode: 'X',
      fields,
    });

  it.each([
    [{ changeType: 'gift', disadvantagedarea: true }, 'disadvantagedarea'],
    [{ changeType: 'gift', disadvantagedArea: 'yes' }, 'disadvantagedArea'],
    [{ changeType: 'bogus' }, 'changeType'],
    [{ changeType: 'gift', declaredValue: 'a lot' }, 'declaredValue'],
  ])('%j is refused at fields/%s, the snapshot untouched', (fields, key) => {
    const r = receive(fields);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rejection).toMatchObject({ code: 'INVALID_EVENT', path: ['fields', key] });
    // The field is named by its Vietnamese label (the rules module's own check and words), its id in the params.
    const field = land.definition.fields.find((f) => f.id === key);
    expect(r.rejection.messageVi).toContain(field ? field.label.vi : key);
    expect(r.rejection.params).toMatchObject({ problem: field ? 'field-value' : 'not-a-field', value: key });
    expect(r.snapshot).toBe(submitted);
  });

  it('declared fields of the right type (and null, not given) are accepted', () => {
    expect(receive({ changeType: 'gift', disadvantagedArea: true, declaredValue: null }).ok).toBe(true);
  });
});
