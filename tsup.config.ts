import { defineConfig, type Options } from 'tsup';

/** The library: browser-safe entries, ESM and CJS, with types. */
const library: Options = {
  entry: {
    index: 'src/index.ts',
    'calendar/index': 'src/calendar/index.ts',
    'rules/index': 'src/rules/index.ts',
    'engine/index': 'src/engine/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  tsconfig: 'tsconfig.build.json',
  // The builds run at once: the library cleans dist/ but leaves dist/cli/ and dist/server/ to their own builds.
  clean: ['!cli/**', '!server/**'],
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: true,
};

/**
 * The `motcua` command line (package.json `bin`): Node only, one ESM file with a shebang. The dependencies stay
 * imports (tsup leaves `dependencies` external); the library's own code is bundled from src/. Exported so the
 * CLI tests build exactly this.
 */
export const cli: Options = {
  entry: { index: 'src/cli/index.ts' },
  outDir: 'dist/cli',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  clean: true,
  splitting: false,
  sourcemap: false,
  dts: false,
};

/**
 * `motcua/server` (docs/server.md): the HTTP server as a Node-only entry, for a Node host that embeds it. Its own
 * build (platform node), so the browser-safe entries above never see Hono or node: imports; the dependencies
 * stay imports. `shims` gives the CommonJS build `import.meta.url` (the reference page finds its files by it).
 */
export const server: Options = {
  entry: { 'server/index': 'src/server/index.ts' },
  format: ['esm', 'cjs'],
  platform: 'node',
  target: 'node20',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  tsconfig: 'tsconfig.json',
  shims: true,
  clean: false,
  splitting: false,
  sourcemap: true,
};

export default defineConfig([library, cli, server]);
