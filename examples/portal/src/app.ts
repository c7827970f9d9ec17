/**
 * The portal: a Hono application that mounts the library's HTTP server (`createApp` of motcua/server, under
 * `/api`: the same endpoints a Java or PHP portal calls) and serves the pages — the desk, the citizen's lookup,
 * the manager's dashboard — rendered on the server, every value escaped, no script, assets served locally.
 * Every change to a dossier is one event applied by the engine and stored by the repository.
 */
import { readFileSync } from 'node:fs';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { holidays } from '../../../src/calendar/index.js';
import {
  dossierCode,
  type Engine,
  parseEvent,
  phaseOf,
  renderForm,
  summaryCsv,
  type UnnumberedEvent,
} from '../../../src/engine/index.js';
import { type Procedure, validateDossier } from '../../../src/rules/index.js';
import { createApp, createState } from '../../../src/server/index.js';
import { type Html, html, trusted } from './html.js';
import { page, type View, viewOf, vnInstant } from './layout.js';
import { dashboardPage, periodOf } from './pages/dashboard.js';
import { applicantMissing, deskForm, deskHome, readDeskForm, strings } from './pages/desk.js';
import { dossierPage, eventFromForm } from './pages/dossier.js';
import { lookupPage } from './pages/lookup.js';
import { inForce, offices } from './procedures.js';
import { ConflictError, IntegrityError, type Repository, type StoredDossier } from './store/index.js';

export interface PortalOptions {
  readonly engine: Engine;
  readonly procedures: readonly Procedure[];
  readonly repo: Repository;
  /** The portal's clock (epoch ms); tests fix it. */
  readonly now?: () => number;
  /** Where the library server's access log goes (default: nowhere). */
  readonly log?: (line: string) => void;
}

const css = readFileSync(new URL('../assets/portal.css', import.meta.url), 'utf8');
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/**
 * The portal application.
 *
 * @example
 * const app = createPortal({ engine, procedures, repo });
 * serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
 */
export function createPortal(options: PortalOptions): Hono {
  const { engine, procedures, repo } = options;
  const now = options.now ?? Date.now;
  const app = new Hono();
  const byHash = new Map(procedures.map((p) => [p.hash, p]));
  const names = new Map(procedures.map((p) => [p.definition.code, p.definition.name.vi]));

  // The library's HTTP server, as a Java or PHP portal would call it (docs/server.md).
  const state = createState(engine.calendar, procedures, 0);
  state.phase = 'ready';
  const api = createApp(state, {
    log: {
      line: (text) => options.log?.(text),
      error: (e, method, path) => options.log?.(`${method} ${path}: ${String(e)}`),
    },
  });
  app.mount('/api', api.fetch);

  app.use('/desk/*', csrf());
  app.use('*', bodyLimit({ maxSize: 256 * 1024 }));
  app.get('/assets/portal.css', (c) =>
    c.body(css, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' }),
  );

  // Through the context, so the headers set on it (the language cookie) go out too.
  const send = (
    c: Context,
    status: number,
    view: View,
    title: string,
    body: Html,
    active: Parameters<typeof page>[3],
  ) => c.body(page(view, title, body, active), status as 200, PAGE_HEADERS);
  const today = () => vnInstant(now()).slice(0, 10);

  const failure = (c: Context, view: View, e: unknown): Response => {
    if (e instanceof ConflictError)
      return send(
        c,
        409,
        view,
        view.t('conflictTitle'),
        html`<section class="problems" role="alert"><p data-code="${e.code}">${view.t('conflict', e.params)}</p><p><a href="/desk/d/${e.params.dossier}">${view.t('back')}</a></p></section>`,
        'desk',
      );
    if (e instanceof IntegrityError)
      return send(
        c,
        500,
        view,
        view.t('integrityTitle'),
        html`<section class="problems" role="alert"><p data-code="${e.code}">${view.t('integrity', e.params)}</p></section>`,
        'desk',
      );
    throw e;
  };

  const load = async (c: { req: { param(k: string): string } }): Promise<StoredDossier | null> => {
    const id = Number(c.req.param('id'));
    return Number.isSafeInteger(id) && id > 0 ? repo.get(id) : null;
  };

  app.get('/', (c) => c.redirect('/desk'));

  app.get('/desk', async (c) => {
    const view = viewOf(c);
    const q = (c.req.query('q') ?? '').slice(0, 64);
    const rows = await repo.list({ limit: 30, ...(q ? { code: q } : {}) });
    const listed = [];
    for (const r of rows) {
      try {
        const d = await repo.get(r.id);
        if (d)
          listed.push({
            ...r,
            phase: phaseOf(d.snapshot),
            name: d.procedure.definition.name[view.lang] ?? '',
          });
      } catch (e) {
        if (!(e instanceof IntegrityError)) throw e;
      }
    }
    return send(
      c,
      200,
      view,
      view.t('deskTitle'),
      deskHome(view, inForce(procedures, today()), listed, q),
      'desk',
    );
  });

  const procedureOf = (hash: string | undefined) => (hash ? byHash.get(hash) : undefined);

  app.get('/desk/new', (c) => {
    const view = viewOf(c);
    const p = procedureOf(c.req.query('procedure'));
    if (!p) return c.redirect('/desk');
    const form = { applicant: '', office: offices[0]!.code, application: null };
    return send(c, 200, view, view.t('newDossier'), deskForm(view, p, offices, form, null), 'desk');
  });

  app.post('/desk/new', async (c) => {
    const view = viewOf(c);
    const p = procedureOf(c.req.query('procedure'));
    if (!p) return c.redirect('/desk');
    const body = strings(await c.req.parseBody());
    const form = readDeskForm(p, body);
    const application = form.application!;
    const office = offices.find((o) => o.code === form.office) ?? offices[0]!;
    const day = today();
    const validation = validateDossier(
      p,
      {
        channel: application.channel,
        fields: application.fields,
        documents: application.documents.map((x) => ({
          document: x.document,
          form: x.form,
          copies: x.copies,
        })),
      },
      { on: day },
    );
    const intent = body.intent;
    const desk = p.definition.roles.desk;
    const at = vnInstant(now());
    if (application.applicant !== '' && (intent === 'receive' || intent === 'supplement')) {
      if (intent === 'receive' && validation.ok) {
        const prefix = `${office.code}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`;
        const seq = (await repo.codesOfDay(prefix)) + 1;
        const code = dossierCode(office.code, at, seq);
        const events = [
          { type: 'SUBMIT', at, channel: application.channel },
          { type: 'RECEIVE', at, by: desk, dossierCode: code, fields: application.fields },
        ] as unknown as UnnumberedEvent[];
        try {
          const r = await repo.create(p, { ...application, office: office.code }, events, at);
          if (r.ok) return c.redirect(`/desk/d/${r.dossier.id}/receipt`, 303);
          return rejected(c, view, r.rejection);
        } catch (e) {
          return failure(c, view, e);
        }
      }
      if (intent === 'supplement' && !validation.ok) {
        const items = validation.problems
          .filter((x) => x.severity === 'error')
          .map((x) => (view.lang === 'vi' ? x.messageVi : x.message).slice(0, 2000))
          .slice(0, 100);
        const events = [
          { type: 'SUBMIT', at, channel: application.channel },
          { type: 'REQUEST_SUPPLEMENT', at, by: desk, items },
        ] as unknown as UnnumberedEvent[];
        const r = await repo.create(p, { ...application, office: office.code }, events, at);
        if (r.ok) return c.redirect(`/desk/d/${r.dossier.id}/supplement`, 303);
        return rejected(c, view, r.rejection);
      }
    }
    const shown =
      application.applicant === '' && intent !== 'check'
        ? { ...validation, ok: false, problems: [applicantMissing(view), ...validation.problems] }
        : validation;
    return send(
      c,
      intent === 'check' ? 200 : 422,
      view,
      view.t('newDossier'),
      deskForm(view, p, offices, form, shown as typeof validation),
      'desk',
    );
  });

  const rejected = (c: Context, view: View, r: { code: string; message: string; messageVi: string }) =>
    send(
      c,
      422,
      view,
      view.t('rejected'),
      html`<section class="problems" role="alert"><p data-code="${r.code}">${view.lang === 'vi' ? r.messageVi : r.message}</p></section>`,
      'desk',
    );

  app.get('/desk/d/:id', async (c) => {
    const view = viewOf(c);
    try {
      const d = await load(c);
      if (!d) return send(c, 404, view, view.t('notFound'), html``, 'desk');
      const title = `${view.t('dossier')} ${d.code ?? `#${d.id}`}`;
      return send(c, 200, view, title, dossierPage(view, engine, d, vnInstant(now()), null), 'desk');
    } catch (e) {
      return failure(c, view, e);
    }
  });

  app.post('/desk/d/:id/events', async (c) => {
    const view = viewOf(c);
    try {
      const d = await load(c);
      if (!d) return send(c, 404, view, view.t('notFound'), html``, 'desk');
      const body = strings(await c.req.parseBody());
      const at = vnInstant(Math.max(now(), Date.parse(d.snapshot.lastAt ?? '1970-01-01T00:00:00Z') + 1000));
      const raw = eventFromForm(body, at);
      if (raw.type === 'RECEIVE') {
        // The code is given at receipt (Circular 01/2018 Art. 19(1)): the office, the day, the day's sequence.
        const office = d.application.office;
        const day = at.slice(0, 10);
        const n = await repo.codesOfDay(`${office}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`);
        raw.dossierCode = dossierCode(office, at, n + 1);
        raw.fields = d.application.fields;
      }
      if (raw.type === 'SUBMIT') raw.channel = d.application.channel;
      const parsed = parseEvent(raw);
      if (!parsed.ok) return rejected(c, view, parsed.rejection);
      const r = await repo.append(d.id, parsed.event);
      if (!r.ok) {
        const message = html`<section class="problems" role="alert"><h2>${view.t('rejected')}</h2><p data-code="${r.rejection.code}">${view.lang === 'vi' ? r.rejection.messageVi : r.rejection.message}</p></section>`;
        const title = `${view.t('dossier')} ${d.code ?? `#${d.id}`}`;
        return send(c, 422, view, title, dossierPage(view, engine, d, vnInstant(now()), message), 'desk');
      }
      if (parsed.event.type === 'RECEIVE') return c.redirect(`/desk/d/${d.id}/receipt`, 303);
      if (parsed.event.type === 'REQUEST_SUPPLEMENT') return c.redirect(`/desk/d/${d.id}/supplement`, 303);
      return c.redirect(`/desk/d/${d.id}`, 303);
    } catch (e) {
      return failure(c, view, e);
    }
  });

  const slip = (kind: 'receipt' | 'control-sheet' | 'supplement') =>
    app.get(`/desk/d/:id/${kind}`, async (c) => {
      const view = viewOf(c);
      try {
        const d = await load(c);
        if (!d) return send(c, 404, view, view.t('notFound'), html``, 'desk');
        const s = d.snapshot;
        const at = vnInstant(now());
        const applicant = d.application.applicant;
        let form: ReturnType<Engine['receiptForm']> | null = null;
        if (kind === 'receipt' && s.receivedAt)
          form = engine.receiptForm(s, {
            applicant,
            documents: d.application.documents.map((x) => ({ name: x.name, form: x.form, copies: x.copies })),
          });
        if (kind === 'control-sheet' && s.receivedAt) form = engine.controlSheetForm(s, { at });
        if (kind === 'supplement') {
          const asked = d.events.filter((e) => e.type === 'REQUEST_SUPPLEMENT').at(-1);
          if (asked)
            form = engine.supplementRequestForm(s, {
              applicant,
              at: asked.at,
              items: asked.items.map((i) => ({
                subject: i,
                reason: view.t('missing'),
                problem: null as never,
              })),
            });
        }
        if (!form) return c.redirect(`/desk/d/${d.id}`);
        const title = view.t(
          kind === 'receipt' ? 'receiptSlip' : kind === 'control-sheet' ? 'controlSheet' : 'supplementSlip',
        );
        const body = html`<p class="noprint"><a href="/desk/d/${d.id}">${view.t('back')}</a></p><article class="slip-sheet">${trusted(renderForm(form, { format: 'html', lang: view.lang }))}</article>`;
        return send(c, 200, view, title, body, 'desk');
      } catch (e) {
        return failure(c, view, e);
      }
    });
  slip('receipt');
  slip('control-sheet');
  slip('supplement');

  app.get('/lookup', async (c) => {
    const view = viewOf(c);
    const code = (c.req.query('code') ?? '').trim().slice(0, 64);
    try {
      const d = code ? await repo.getByCode(code) : null;
      return send(
        c,
        code && !d ? 404 : 200,
        view,
        view.t('lookupTitle'),
        lookupPage(view, engine, code, d, vnInstant(now())),
        'lookup',
      );
    } catch (e) {
      if (e instanceof IntegrityError) return send(c, 500, view, view.t('lookupTitle'), html``, 'lookup');
      throw e;
    }
  });

  const summaries = async (periodId: string | undefined) => {
    const period = periodOf(periodId, today());
    const asOf = vnInstant(now());
    const end = `${period.to}T24:00`;
    const options = {
      period: { from: period.from, to: period.to },
      ...(end > asOf ? { asOf } : {}),
      warnings: {},
    } as const;
    const byAgency = engine.createSummary({ ...options, groupBy: ['agency'] });
    const byProcedure = engine.createSummary({ ...options, groupBy: ['procedure'], warnings: false });
    for await (const s of repo.snapshots()) {
      byAgency.add(s);
      byProcedure.add(s);
    }
    return { period, byAgency: byAgency.result(), byProcedure: byProcedure.result() };
  };

  app.get('/dashboard', async (c) => {
    const view = viewOf(c);
    const { period, byAgency, byProcedure } = await summaries(c.req.query('period'));
    const days = holidays(engine.calendar, Number(today().slice(0, 4)));
    return send(
      c,
      200,
      view,
      view.t('dashboardTitle'),
      dashboardPage(view, period, today(), byAgency, byProcedure, names, days),
      'dashboard',
    );
  });

  app.get('/dashboard.csv', async (c) => {
    const view = viewOf(c);
    const { period, byAgency } = await summaries(c.req.query('period'));
    return c.body(summaryCsv(byAgency, { lang: view.lang }), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="bao-cao-${period.id}.csv"`,
    });
  });

  app.notFound((c) => {
    const view = viewOf(c);
    return send(c, 404, view, view.t('notFound'), html``, null);
  });
  return app;
}
