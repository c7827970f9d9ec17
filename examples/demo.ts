/**
 * motcua demo: is today a working day, and why; when is a dossier received today (or on a chosen date) due if the
 * procedure takes 15 working days — with every holiday skipped on the way.
 *
 *   npm run demo                 # today and Thursday 12/02/2026 (before Tết Bính Ngọ)
 *   npm run demo -- 2026-04-28   # today and a chosen date
 */
import { calendarVersion, createCalendar, type DayInfo, dayInfo, deadline } from '../src/calendar/index.js';

const cal = createCalendar();
const chosen = process.argv[2] ?? '2026-02-12';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const vi = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

function describe(info: DayInfo): string {
  const status = info.status === 'confirmed' ? '' : ` [${info.status}]`;
  const lunar = `âm lịch ${info.lunar.day}/${info.lunar.month}${info.lunar.leap ? ' nhuận' : ''}`;
  return [
    `${WEEKDAYS[info.weekday]} ${vi(info.date)} (${lunar}): ${info.working ? 'NGÀY LÀM VIỆC' : 'NGÀY NGHỈ'}${status}`,
    `  vi: ${info.summary.vi}`,
    `  en: ${info.summary.en}`,
    ...info.reasons
      .filter((r) => r.kind !== 'weekly-rest')
      .map((r) => `  source: ${r.source.document}${r.source.article ? `, ${r.source.article}` : ''}`),
  ].join('\n');
}

function appointment(receivedAt: string): string {
  const d = deadline(cal, receivedAt, { amount: 15, unit: 'working-days' });
  const lines = [
    `Received ${d.receivedAt}, 15 working days (policy ${d.policy}: 15 × 8 working hours from the receipt):`,
    ...d.notes.map((n) => `  · ${n.en}`),
    `  Appointment (ngày hẹn trả): ${vi(d.dueDate)}, due ${d.due}`,
    `  Skipped: ${d.weeklyRestDays} weekend days and ${d.daysOff.length} other days off`,
    ...d.daysOff.map(
      (day) =>
        `    - ${vi(day.date)} ${day.summary.en}${day.status === 'confirmed' ? '' : ` [${day.status}]`}`,
    ),
  ];
  return lines.join('\n');
}

const now = Date.now();
const today = dayInfo(cal, new Date(now));
console.log('== Today (Asia/Ho_Chi_Minh)');
console.log(describe(today));
console.log(appointment(new Date(now).toISOString()));
console.log();
console.log(`== Chosen date ${chosen}`);
console.log(describe(dayInfo(cal, chosen)));
console.log(appointment(`${chosen}T09:00:00+07:00`));
console.log();
console.log(
  `Calendar ${calendarVersion(cal)}, covering ${cal.range.from} – ${cal.range.to}; official schedules for ${cal.schedules
    .map((s) => s.year)
    .join(', ')}.`,
);
