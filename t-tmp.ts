import { procedureJsonSchema } from './src/rules/index.js';
const s: any = procedureJsonSchema();
const keys: string[] = [];
function walk(n: any, path: string) {
  if (!n || typeof n !== 'object') return;
  for (const k of ['anyOf', 'oneOf']) if (n[k]) for (const o of n[k]) { const c = o.properties?.type?.const; if (c) keys.push(`${path}#${c}`); walk(o, path); }
  if (n.items) walk(n.items, path + '[]');
  if (n.properties) for (const [k, v] of Object.entries(n.properties)) { const p = path ? `${path}.${k}` : k; keys.push(p); walk(v, p); }
}
walk(s, '');
console.log(Object.keys(s), s.$schema);
console.log([...new Set(keys)].join('\n'));
