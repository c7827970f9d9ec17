import { safeDefineProcedure, toExpressionContext } from './src/rules/index.js';
import { minimal } from './test/rules/fixtures.js';
const ints = (n: number) => `[${Array.from({ length: n }, (_, i) => i + 1).join(', ')}]`;
const templates: [string, string, (L: number) => string][] = [
  ['split exists', 'name.split("").exists(a, a == "#")', (L) => 'a'.repeat(L)],
  ['split map', 'name.split("").map(a, a + a).size() > 0', (L) => 'a'.repeat(L)],
  ['split filter', 'name.split("").filter(a, a == "a").size() > 0', (L) => 'a'.repeat(L)],
  ['split sep', 'name.split("a").size() > 0', (L) => 'a'.repeat(L)],
  ['split limit', 'name.split("a", 3).size() > 0', (L) => 'a'.repeat(L)],
  ['concat size', 'size(name + name + name) > 0', (L) => '😀'.repeat(L / 2)],
  ['upper', 'name.upperAscii().size() > 0', (L) => 'ß'.repeat(L)],
  ['lower', 'name.lowerAscii() == name', (L) => 'İ'.repeat(L)],
  ['contains', 'name.contains(other)', (L) => 'a'.repeat(L)],
  ['join', 'name.split("").join("-") == name', (L) => 'a'.repeat(L)],
  ['duration', 'duration(name) > duration("1s")', (L) => '1'.repeat(L)],
  ['bind', 'cel.bind(x, name + name, cel.bind(y, x + x, size(y + y) > 0))', (L) => 'a'.repeat(L)],
  ['in list', 'name in [other, other, other, other, other, other, other, other]', (L) => 'a'.repeat(L)],
  ['size astral', 'size(name) > 0', (L) => '😀'.repeat(L / 2)],
  ['list eq', 'name.split("") == other.split("")', (L) => 'a'.repeat(L)],
  ['bytes', 'bytes(name).hex().size() > 0', (L) => 'ứ'.repeat(L)],
];
const literal: [string, (k: number) => string][] = [
  ['nested3', (k) => `${ints(k)}.exists(x, ${ints(k)}.exists(y, ${ints(k)}.exists(z, x * y * z == copies)))`],
  ['nested2 map', (k) => `${ints(k)}.map(x, ${ints(k)}.map(y, x * y)).size() > copies`],
  ['exists simple', (k) => `${ints(k)}.exists(x, x == copies)`],
];
function time(fn: () => unknown): number {
  for (let i = 0; i < 5; i++) fn();
  const runs: number[] = [];
  for (let i = 0; i < 31; i++) { const t = performance.now(); fn(); runs.push(performance.now() - t); }
  runs.sort((a, b) => a - b); return runs[15]!;
}
function tryDef(expr: string, L: number) {
  const d = minimal(); d.fields[2].maxLength = L; d.fields.push({ id: 'other', type: 'string', label: { vi: 'Khác' }, maxLength: L, required: false });
  d.fees[0].when = expr; const r = safeDefineProcedure(d); return r.ok ? r.procedure : undefined;
}
for (const [name, expr, content] of templates) {
  let lo = 0, hi = 10000;
  while (lo < hi) { const mid = Math.ceil((lo + hi) / 2); if (tryDef(expr, mid)) lo = mid; else hi = mid - 1; }
  if (lo === 0) { console.log(name, 'never accepted'); continue; }
  const p = tryDef(expr, lo)!; const e = p.expression(['fees', 0, 'when'])!;
  const ctx = toExpressionContext(p.definition.fields, { copies: 3, name: content(lo).slice(0, lo), other: content(lo).slice(0, lo - 1) + 'b' }, 'in-person');
  const ms = time(() => { try { e.evaluate(ctx); } catch {} });
  console.log(name.padEnd(14), 'L', String(lo).padStart(5), 'cost', e.cost.toFixed(0).padStart(6), (ms * 1000).toFixed(1).padStart(7), 'µs', ((ms * 1e6) / e.cost).toFixed(1), 'ns/unit');
}
for (const [name, make] of literal) {
  let k = 1; while (k < 200 && tryDef(make(k + 1), 100)) k++;
  const p = tryDef(make(k), 100)!; const e = p.expression(['fees', 0, 'when'])!;
  const ctx = toExpressionContext(p.definition.fields, { copies: 1000000 }, 'in-person');
  const ms = time(() => e.evaluate(ctx));
  console.log(name.padEnd(14), 'k', String(k).padStart(5), 'cost', e.cost.toFixed(0).padStart(6), (ms * 1000).toFixed(1).padStart(7), 'µs', ((ms * 1e6) / e.cost).toFixed(1), 'ns/unit');
}
