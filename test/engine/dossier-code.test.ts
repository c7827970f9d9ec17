/**
 * Dossier codes have a fixed width (Circular 01/2018/TT-VPCP Art. 19).
 */
import { describe, expect, it } from 'vitest';
import { dossierCode, EngineError } from '../../src/engine/index.js';

describe('dossier codes have a fixed width', () => {
  it('four sequence digits, 1–9999', () => {
    expect(dossierCode('H29.22', '2026-02-10T09:10:00+07:00', 9999)).toBe('H29.22-260210-9999');
    expect(() => dossierCode('H29.22', '2026-02-10T09:10:00+07:00', 10_000)).toThrow(EngineError);
  });
});
