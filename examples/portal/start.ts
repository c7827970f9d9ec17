/**
 * `npm run portal`: the example one-stop portal on localhost with seeded demo data. SQLite in a file under the
 * system's temp folder by default (`PORTAL_DB` to choose another), PostgreSQL when `DATABASE_URL` is set; the port
 * from `PORT` (default 8790; 0 for any free one). The seed runs only on an empty database.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createPortal } from './src/app.js';
import { createPortalEngine } from './src/procedures.js';
import { seed } from './src/seed.js';
import { openRepository } from './src/store/index.js';

const dir = join(tmpdir(), 'motcua-portal');
mkdirSync(dir, { recursive: true });
const file = process.env.PORTAL_DB ?? join(dir, 'portal.sqlite');
const databaseUrl = process.env.DATABASE_URL;
const { engine, procedures } = createPortalEngine();
const repo = await openRepository(engine, { databaseUrl, file });
if ((await repo.count()) === 0) {
  const r = await seed(repo, engine, procedures, { now: Date.now() });
  console.log(
    `Đã tạo dữ liệu minh họa: ${r.dossiers} hồ sơ, ${r.events} sự kiện, ${r.awaitingSupplement} hồ sơ chờ bổ sung (${r.ms} ms)`,
  );
}
const port = Number(process.env.PORT ?? 8790);
const server = serve(
  { fetch: createPortal({ engine, procedures, repo }).fetch, port, hostname: '127.0.0.1' },
  (info) => {
    console.log(`Cơ sở dữ liệu: ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : file}`);
    console.log(`Cổng một cửa mẫu: http://127.0.0.1:${info.port}/  (Ctrl-C để dừng)`);
  },
);
const stop = () => {
  server.close(() => void repo.close().then(() => process.exit(0)));
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
