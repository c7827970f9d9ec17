/** The desk's forms: builders (slips, sheets) and the renderer. */
export * from './model.js';
export * from './render.js';
export * from './sheets.js';
export * from './slips.js';
