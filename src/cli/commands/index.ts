/** The commands of the `motcua` bin, in the order the help lists them. */
import type { CommandSpec } from '../args.js';
import { calendarCommand } from './calendar.js';
import { checkCommand } from './check.js';
import { dayCommand } from './day.js';
import { deadlineCommand } from './deadline.js';
import { diagramCommand } from './diagram.js';
import { initCommand } from './init.js';
import { serveCommand } from './serve.js';
import { tryCommand } from './try.js';

export const commands: readonly CommandSpec[] = [
  checkCommand,
  tryCommand,
  deadlineCommand,
  dayCommand,
  calendarCommand,
  diagramCommand,
  initCommand,
  serveCommand,
];
