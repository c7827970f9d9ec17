// The measured program of bench/instructions.ts (plain JavaScript, so valgrind runs no TypeScript loader):
// loads one build, warms a workload up, then runs it `n` more times. argv: root, workload, n, data file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, workload, n, dataFile] = process.argv.slice(2);
const load = (p) => import(pathToFileURL(join(root, p)).href);
const engineModule = await load('dist/engine/index.js');
const rulesModule = await load('dist/rules/index.js');
const data = JSON.parse(readFileSync(dataFile, 'utf8'));
const land = rulesModule.defineProcedure(data.land);
const business = rulesModule.defineProcedure(data.business);
const engine = engineModule.createEngine({ procedures: [land] });
let snapshot = engine.start(land);
const recorded = [];
for (const e of data.events) {
  const r = engine.applyEvent(snapshot, e);
  if (!r.ok) throw new Error(r.rejection.message);
  recorded.push(r.recorded);
  snapshot = r.snapshot;
}
const run = {
  checked: () => engine.replay(land, data.events),
  validated: () => engine.replay(land, recorded, { validated: true }),
  validate: () => rulesModule.validateDossier(business, data.dossier, { on: '2026-03-02' }),
}[workload];
if (!run) throw new Error(`no workload ${workload}`);
for (let i = 0; i < 3000; i++) run();
for (let i = 0; i < Number(n); i++) run();
