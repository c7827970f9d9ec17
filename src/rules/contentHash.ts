/**
 * A stable content hash of JSON data, so an engine can pin a dossier to the exact definition version it was
 * received under (Decree 118/2025: dossiers stay under the rules in force at receipt): `sha256:` and the SHA-256
 * of the canonical JSON (keys sorted, `undefined` members dropped, no whitespace). The one implementation lives in
 * the library's shared ground (`src/shared/hash.ts`); it is exported here for rule authors' tools.
 */
export { canonicalJson, contentHash, sha256Hex } from '../shared/hash.js';
