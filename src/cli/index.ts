/**
 * The `motcua` bin (Node only; built by tsup with a shebang into dist/cli/index.js, package.json `bin`). It
 * composes the library's public entries — motcua/calendar, motcua/rules, motcua/engine — and nothing in them
 * imports it. See docs/cli.md.
 */
import { nodeIo } from './io.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), nodeIo());
