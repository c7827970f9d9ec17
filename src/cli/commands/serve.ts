/**
 * `motcua serve [--port 8787] [--host 127.0.0.1] [--definitions dir] [--schedules dir]` — the library over HTTP
 * (src/server, docs/server.md): a stateless sidecar a Java, .NET or PHP portal calls for deadlines, calendars,
 * definition checks, dossier validation and events. Listens on loopback unless told otherwise; on SIGTERM or
 * SIGINT it stops taking connections, finishes the requests in flight and exits 0. A definition or schedule that
 * does not load stops it before it listens (exit code 1). The only command that waits for the process's signals.
 */
import type { CommandSpec } from '../args.js';
import { cliError, EXIT } from '../errors.js';

function portOption(value: string | boolean | undefined): number {
  if (value === undefined) return 8787;
  const n = typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n > 65_535)
    throw cliError('BAD_OPTION_VALUE', { option: '--port', value: String(value), expected: 'port' });
  return n;
}

export const serveCommand: CommandSpec = {
  name: 'serve',
  about: 'CMD_serve',
  positionals: [],
  options: {
    port: { type: 'string', help: 'OPT_port', placeholder: 'PH_n', defaultText: '8787' },
    host: { type: 'string', help: 'OPT_host', placeholder: 'PH_text', defaultText: '127.0.0.1' },
    definitions: { type: 'string', help: 'OPT_definitions', placeholder: 'PH_folder' },
    schedules: { type: 'string', help: 'OPT_schedules', placeholder: 'PH_folder' },
  },
  async run(ctx) {
    const { options, io, lang } = ctx;
    const port = portOption(options.port);
    // Loaded here, not at the top: the other commands never pay for the HTTP stack.
    const { LoadError, startServer } = await import('../../server/index.js');
    const { report } = await import('../../server/messages/index.js');
    const say = (r: { message: string; messageVi: string }) =>
      io.stderr.write(`${lang === 'vi' ? r.messageVi : r.message}\n`);
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({
        port,
        host: typeof options.host === 'string' ? options.host : '127.0.0.1',
        ...(typeof options.definitions === 'string' ? { definitions: options.definitions } : {}),
        ...(typeof options.schedules === 'string' ? { schedules: options.schedules } : {}),
      });
    } catch (e) {
      if (e instanceof LoadError) {
        say(e);
        return EXIT.problems;
      }
      const code = (e as NodeJS.ErrnoException | null)?.code;
      if (typeof code === 'string' && code.startsWith('E')) {
        const host = typeof options.host === 'string' ? options.host : '127.0.0.1';
        say(report('LISTEN_FAILED', { address: `${host}:${port}`, reason: code }));
        return EXIT.usage;
      }
      throw e;
    }
    const { url, state } = server;
    say(report('SERVER_READY', { url, definitions: state.definitions.size, schedules: state.schedules }));
    const signal = await new Promise<string>((resolve) => {
      for (const s of ['SIGTERM', 'SIGINT'] as const) process.once(s, () => resolve(s));
    });
    say(report('SERVER_STOPPING', { signal }));
    await server.close();
    say(report('SERVER_STOPPED', {}));
    return EXIT.ok;
  },
};
