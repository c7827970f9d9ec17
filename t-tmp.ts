import { safeDefineProcedure, defineProcedure, validateDossier } from './src/rules/index.js';
import { minimal } from './test/rules/fixtures.js';
import { readdirSync, readFileSync } from 'node:fs';
const nested = '[1,2,3,4,5,6,7,8,9,10].map(a, [1,2,3,4,5,6,7,8,9,10].map(b, [1,2,3,4,5,6,7,8,9,10].map(c, [1,2,3,4,5,6,7,8,9,10].map(d, [1,2,3,4,5,6,7,8,9,10].map(e, [1,2,3,4,5,6,7,8,9,10]))))).size()';
console.log(nested.length);
for (const expr of [nested, 'copies > 2 ? 200000 + 5000 * (copies - 2) : 200000', 'size(name) > 2']) {
  const d = minimal(); d.fees[0].amount = { expr };
  const t = performance.now(); const r = safeDefineProcedure(d); console.log((performance.now()-t).toFixed(1), 'ms', r.ok ? r.procedure.expression(['fees',0,'amount','expr'])?.cost : r.problems.map(p => p.code + ' ' + p.message));
}
const d = minimal(); d.fields[2].maxLength = 5000; d.fees[0].when = 'name.split("").exists(a, name.split("").exists(b, a+b=="#!"))';
const r = safeDefineProcedure(d); console.log(r.ok ? 'ok' : r.problems.map(p => p.code + ' ' + p.message + ' | ' + p.messageVi));
for (const f of readdirSync('examples/procedures')) { const p = defineProcedure(JSON.parse(readFileSync('examples/procedures/'+f,'utf8'))); console.log(f, [...p.expressions.values()].map(e => `${e.source}=${e.cost}`).join('; ')); }
