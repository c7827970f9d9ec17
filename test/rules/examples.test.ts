/**
 * The real procedures under examples/procedures/: they load, cite their basis, and behave as the domain notes say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defineProcedure,
  globalOutcomes,
  outcomeOfAction,
  type Procedure,
  procedureInForce,
  RulesError,
  safeDefineProcedure,
  validateDossier,
} from '../../src/rules/index.js';
import { example, examples } from './fixtures.js';

const all = examples();
const load = (file: string): Procedure => defineProcedure(example(file));

describe('example procedures', () => {
  it('there are at least five, each loads without errors and cites its legal basis', () => {
    const files = Object.keys(all);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const [file, json] of Object.entries(all)) {
      const r = safeDefineProcedure(json);
      if (!r.ok)
        throw new Error(`${file}: ${r.problems.map((p) => `${p.code} ${p.path.join('.')}`).join('; ')}`);
      expect(r.procedure.definition.legalBasis.length).toBeGreaterThan(0);
      expect(json.$schema).toBe('../../schema/procedure.schema.json');
      expect(r.procedure.definition.notes?.length).toBeGreaterThan(0);
    }
  });

  it('only the land procedure warns: the issued certificate is handed in on paper', () => {
    const warned = Object.entries(all).flatMap(([file, json]) => {
      const r = safeDefineProcedure(json);
      return r.ok ? r.warnings.map((w) => `${file}:${w.code}:${w.path.join('.')}`) : [];
    });
    expect(warned).toEqual([
      'land-change-registration.json:ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS:documents.2.electronicFormats',
    ]);
  });

  it('every example ends only in the outcomes the graph knows; withdrawal and stopping are engine-wide', () => {
    for (const json of Object.values(all)) {
      const outcomes = new Set(
        defineProcedure(json).definition.steps.flatMap((s) => s.actions.map((a) => outcomeOfAction(a.type))),
      );
      outcomes.delete(undefined);
      expect([...outcomes].sort()).toEqual(['refused', 'result-returned']);
    }
    expect(globalOutcomes).toEqual(['withdrawn', 'stopped']);
  });

  it('the example in docs/rules.md loads (the guide cannot drift from the format)', () => {
    const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(block).toBeDefined();
    const r = safeDefineProcedure(JSON.parse(block!));
    expect(r.ok ? [] : r.problems.map((p) => `${p.code} ${p.path.join('.')}`)).toEqual([]);
  });

  describe('marriage registration', () => {
    const marriage = load('marriage-registration.json');
    const dossier = {
      channel: 'in-person',
      fields: {
        groomAge: 25,
        brideAge: 23,
        bothPartiesPresent: true,
        groomResidesHere: true,
        brideResidesHere: false,
      },
      documents: [
        { document: 'declaration', form: 'original' },
        { document: 'bride-marital-status', form: 'original' },
      ],
    };

    it('is immediate, free, and 5 working days when verification is needed', () => {
      expect(marriage.definition.timing.limit).toEqual({ type: 'immediate' });
      expect(marriage.definition.timing.receiptCutoff).toEqual({ enabled: true, time: '15:00' });
      const r = validateDossier(marriage, dossier);
      expect(r.problems).toEqual([]);
      expect(r.fees.total).toBe(0);
      expect(r.timeLimit).toEqual({ type: 'immediate' });
      const verify = validateDossier(marriage, {
        ...dossier,
        fields: { ...dossier.fields, needsVerification: true },
      });
      expect(verify.timeLimit).toEqual({ type: 'duration', amount: 5, unit: 'working-days' });
    });

    it('asks for the marital-status certificate of a non-resident and for both parties', () => {
      const r = validateDossier(marriage, {
        ...dossier,
        fields: { ...dossier.fields, bothPartiesPresent: false, groomResidesHere: false, groomAge: 19 },
      });
      expect(r.problems.map((p) => p.code)).toEqual(['CHECK_FAILED', 'CHECK_FAILED', 'DOCUMENT_MISSING']);
      expect(r.problems[2]?.document?.name.vi).toBe('Giấy xác nhận tình trạng hôn nhân của bên nam');
    });
  });

  describe('business registration', () => {
    const business = load('business-registration.json');
    const base = {
      fields: {
        enterpriseType: 'llc-multi',
        enterpriseName: 'Công ty TNHH Một Cửa',
        charterCapital: 1_000_000_000,
      },
      documents: [
        { document: 'application', form: 'original' },
        { document: 'charter', form: 'original' },
        { document: 'members-list', form: 'original' },
        { document: 'identity', form: 'copy' },
      ],
    };
    it('3 working days; 50,000 VND fee waived online; publication 100,000 VND', () => {
      expect(business.definition.timing.limit).toEqual({ type: 'duration', amount: 3, unit: 'working-days' });
      const paper = validateDossier(business, { ...base, channel: 'in-person' });
      expect(paper.problems).toEqual([]);
      expect(paper.fees.items.map((i) => [i.id, i.amount])).toEqual([
        ['registration-fee', 50000],
        ['publication-charge', 100000],
      ]);
      expect(paper.fees.total).toBe(150000);
      const online = validateDossier(business, {
        channel: 'online',
        fields: base.fields,
        documents: base.documents.map((d) => ({ document: d.document, form: 'electronic', format: 'pdf' })),
      });
      expect(online.problems).toEqual([]);
      expect(online.fees.total).toBe(100000);
    });
  });

  describe('construction permit: two versions by receipt date', () => {
    const v2025 = load('construction-permit-2025.json');
    const v2026 = load('construction-permit-2026.json');
    it('picks 15 calendar days until 30/06/2026 and 7 working days from 01/07/2026', () => {
      expect(procedureInForce([v2025, v2026], '2026-06-30')?.definition.timing.limit).toEqual({
        type: 'duration',
        amount: 15,
        unit: 'calendar-days',
      });
      expect(procedureInForce([v2025, v2026], '2026-07-01')?.definition.timing.limit).toEqual({
        type: 'duration',
        amount: 7,
        unit: 'working-days',
      });
      expect(procedureInForce([v2025, v2026], '2025-06-30')).toBeUndefined();
      expect(v2026.definition.timing.supplement.applicantWindow).toEqual({ amount: 2, unit: 'working-days' });
      expect(v2025.hash).not.toBe(v2026.hash);
    });
    it('consults two agencies in parallel and joins at the decision', () => {
      expect(v2026.graph.longestPath).toBe(7);
      const replies = v2026.graph.edges.filter((e) => e.type === 'reply').map((e) => `${e.from}→${e.to}`);
      expect(replies.sort()).toEqual(['consult-sector→decide', 'consult-utilities→decide']);
    });
    it('refuses overlapping versions and malformed dates', () => {
      const overlapping = example('construction-permit-2025.json');
      overlapping.effective.to = '2026-07-31';
      expect(() => procedureInForce([defineProcedure(overlapping), v2026], '2026-07-15')).toThrow(RulesError);
      expect(() => procedureInForce([v2025], '30/06/2026')).toThrow(RulesError);
      expect(procedureInForce([v2025, v2026], '2026-07-15', { code: '9.999999' })).toBeUndefined();
    });
    it('refuses impossible days and non-strings with a located RulesError (review #11)', () => {
      for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29', 20260701, null, undefined, { day: 1 }]) {
        let error: unknown;
        try {
          procedureInForce([v2025, v2026], bad as string);
        } catch (e) {
          error = e;
        }
        expect(error, String(bad)).toBeInstanceOf(RulesError);
        const e = error as RulesError;
        expect(e.code).toBe('SCHEMA_INVALID_FORMAT');
        expect(e.path).toEqual(['receiptDate']);
        expect(e.message.length).toBeGreaterThan(10);
        expect(e.messageVi).toMatch(/YYYY-MM-DD/);
      }
      expect(procedureInForce([v2025, v2026], '2024-02-29')).toBeUndefined();
    });
  });

  describe('judicial record certificate', () => {
    const record = load('judicial-record-certificate.json');
    const dossier = (fields: Record<string, unknown>) => ({
      channel: 'in-person',
      fields: { copies: 1, hasSeveralResidences: false, livedAbroad: false, isForeigner: false, ...fields },
      documents: [
        { document: 'declaration', form: 'original' },
        { document: 'identity', form: 'copy' },
        { document: 'residence-abroad', form: 'copy' },
      ],
    });
    it.each([
      [1, 200000],
      [2, 200000],
      [3, 205000],
      [10, 240000],
    ])('%i copies cost %i VND', (copies, total) => {
      const r = validateDossier(record, dossier({ copies }));
      expect(r.problems).toEqual([]);
      expect(r.fees.total).toBe(total);
    });
    it('10 days, 15 for several residences, abroad or foreigners', () => {
      expect(validateDossier(record, dossier({})).timeLimit).toMatchObject({ amount: 10 });
      for (const flag of ['hasSeveralResidences', 'livedAbroad', 'isForeigner']) {
        expect(validateDossier(record, dossier({ [flag]: true })).timeLimit).toMatchObject({ amount: 15 });
      }
    });
  });

  describe('land: registration of changes', () => {
    const land = load('land-change-registration.json');
    it('is interagency, pauses the clock while the applicant pays, and fits half-day steps in 10 days', () => {
      const d = land.definition;
      expect(new Set(d.steps.map((s) => s.agency))).toEqual(
        new Set(['centre', 'branch', 'tax', 'land-office']),
      );
      expect(d.timing.financialObligationPausesClock).toBe(true);
      expect(land.graph.criticalPath).toEqual([
        'receive',
        'branch-review',
        'tax-assessment',
        'issue',
        'return',
      ]);
      expect(land.graph.longestPath).toBe(9.5);
      expect(d.steps.every((s) => Number.isInteger(s.time * 2))).toBe(true);
    });
    it('estimates the registration levy for transfers only and requires the declared value then', () => {
      const docs = [
        { document: 'application', form: 'original' },
        { document: 'contract', form: 'original' },
        { document: 'certificate', form: 'original' },
      ];
      const transfer = validateDossier(land, {
        channel: 'in-person',
        fields: { changeType: 'transfer', declaredValue: 2_000_000_000, disadvantagedArea: false },
        documents: docs,
      });
      expect(transfer.problems).toEqual([]);
      expect(transfer.fees.total).toBe(10_000_000);
      const gift = validateDossier(land, {
        channel: 'in-person',
        fields: { changeType: 'gift', disadvantagedArea: true },
        documents: docs,
      });
      expect(gift.problems).toEqual([]);
      expect(gift.fees.total).toBe(0);
      expect(gift.timeLimit).toMatchObject({ amount: 20 });
      const noValue = validateDossier(land, {
        channel: 'in-person',
        fields: { changeType: 'transfer', disadvantagedArea: false },
        documents: docs,
      });
      expect(noValue.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
        ['FIELD_MISSING', 'fields.declaredValue'],
      ]);
    });
  });
});
