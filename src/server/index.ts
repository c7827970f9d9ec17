/**
 * motcua/server — the library over HTTP (`motcua serve`), for portals not written in JavaScript: a stateless
 * sidecar on loopback. Node only: the core entries (calendar, rules, engine) never import it. See docs/server.md.
 */
export { type AppOptions, createApp, defaultLimits, documentInfo, openApiDocument } from './app.js';
export type { AccessLog } from './http/accessLog.js';
export type { RequestLimits } from './http/endpoint.js';
export { LoadError, loadDefinitions, loadSchedules } from './load.js';
export { type RunningServer, type ServeOptions, startServer } from './serve.js';
export { createState, MAX_DEFINITIONS, type ServerState } from './state.js';
export type { StreamLimits } from './statistics/ndjson.js';
export { packageVersion } from './version.js';
