/**
 * Turns zod issues into located, bilingual {@link Problem}s. An unknown key is reported at the key itself
 * (`['steps', 0, 'copeis']`), a missing key at the key it should have been, so every path points at something
 * in the input or at the object that lacks it.
 */
import type { z } from 'zod';
import { type Problem, type ProblemPath, problem } from './problems.js';

const typeNamesVi: Readonly<Record<string, string>> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true/false',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'null',
};

/** Maps the issues of a failed zod parse to problems (one per unknown key). */
export function schemaProblems(error: z.ZodError, input: unknown): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path: ProblemPath = issue.path.filter(
      (p): p is string | number => typeof p === 'string' || typeof p === 'number',
    );
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push(
            problem(
              'SCHEMA_UNKNOWN_KEY',
              'error',
              [...path, key],
              `Unknown key "${key}" (misspelt?)`,
              `Khoá "${key}" không có trong định dạng (viết sai chính tả?)`,
            ),
          );
        }
        break;
      case 'invalid_type': {
        const missing = !hasPath(input, path);
        const expected = String(issue.expected);
        out.push(
          missing
            ? problem(
                'SCHEMA_MISSING',
                'error',
                path,
                `Required value is missing (expected ${expected})`,
                `Thiếu giá trị bắt buộc (cần ${typeNamesVi[expected] ?? expected})`,
              )
            : problem(
                'SCHEMA_INVALID_TYPE',
                'error',
                path,
                issue.message,
                `Sai kiểu dữ liệu: cần ${typeNamesVi[expected] ?? expected}`,
              ),
        );
        break;
      }
      case 'too_small':
      case 'too_big': {
        const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        const what =
          issue.origin === 'array' ? 'số phần tử' : issue.origin === 'string' ? 'độ dài chuỗi' : 'giá trị';
        // An exclusive bound (`positive()`: > 0) is not a minimum the value may equal: say "greater than".
        const exclusive = issue.inclusive === false;
        const vi =
          issue.code === 'too_small'
            ? exclusive
              ? `${what} phải lớn hơn ${bound}`
              : `${what} nhỏ hơn mức tối thiểu ${bound}`
            : exclusive
              ? `${what} phải nhỏ hơn ${bound}`
              : `${what} vượt mức tối đa ${bound}`;
        out.push(problem('SCHEMA_OUT_OF_RANGE', 'error', path, issue.message, capitalize(vi)));
        break;
      }
      case 'invalid_format':
        out.push(
          problem(
            'SCHEMA_INVALID_FORMAT',
            'error',
            path,
            issue.message,
            issue.format === 'date'
              ? 'Sai định dạng ngày; cần YYYY-MM-DD và là ngày có thật'
              : `Sai định dạng (${issue.format})`,
          ),
        );
        break;
      case 'invalid_value':
        out.push(
          problem(
            'SCHEMA_INVALID_VALUE',
            'error',
            path,
            issue.message,
            `Giá trị không hợp lệ; các giá trị cho phép: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          ),
        );
        break;
      case 'invalid_union': {
        // A discriminated union whose `type` is missing or unknown: point at the discriminator.
        const note = (issue as { note?: string }).note;
        out.push(
          problem(
            'SCHEMA_INVALID',
            'error',
            path,
            note ? `${issue.message}: ${note}` : issue.message,
            'Giá trị không khớp với dạng nào được phép (kiểm tra trường "type")',
          ),
        );
        break;
      }
      default:
        out.push(problem('SCHEMA_INVALID', 'error', path, issue.message, 'Giá trị không hợp lệ'));
    }
  }
  return out;
}

/** Whether `path` names an existing value in `input` (own properties only). */
export function hasPath(input: unknown, path: ProblemPath): boolean {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return false;
    if (!Object.hasOwn(current, key)) return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current !== undefined;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
