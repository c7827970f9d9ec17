/**
 * `channelSchema` as classic zod, kept for the engine's classic schemas (`channelSchema.nullable()` in its snapshot
 * schema). Deprecated: the engine should switch to `submissionChannelSchema` (zod/mini) or `channelValues`. A
 * browser form importing `defineProcedure` and `validateDossier` never loads this module.
 */
import { z } from 'zod';

/** @deprecated use `submissionChannelSchema` (zod/mini) or `channelValues` */
export const channelSchema = z.enum(['in-person', 'post', 'online']);
