import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ stdin: { contents: "import { defineProcedure, validateDossier } from './src/rules/index.ts'; console.log(defineProcedure, validateDossier);", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, metafile: true });
const out = r.outputFiles[0].contents;
console.log('min', out.length, 'gzip', gzipSync(out).length);
const inputs = Object.entries(r.metafile.outputs)[0][1].inputs;
const agg = {};
for (const [k, v] of Object.entries(inputs)) { const key = k.includes('node_modules') ? k.split('node_modules/')[1].split('/').slice(0, k.includes('@') ? 2 : 1).join('/') + (k.includes('zod/v4/locales') ? ' (locales)' : '') : k.split('/').slice(0,2).join('/'); agg[key] = (agg[key] ?? 0) + v.bytesInOutput; }
console.log(Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,15));
