/**
 * motcua — Vietnamese one-stop administrative procedures. The root entry re-exports every module; import a module
 * (`motcua/calendar`, `motcua/rules`, `motcua/engine`) to take only what you use.
 */
export * from './calendar/index.js';
export * from './engine/index.js';
export * from './rules/index.js';
