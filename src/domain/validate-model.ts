import type { z } from 'zod';
import zodEnglish from 'zod/v4/locales/en.js';
import zodJapanese from 'zod/v4/locales/ja.js';
import { checkModelRules, type JsonPath, type RuleId } from './model-rules';
import { NAMED_PATTERNS, modelSchema, type Model } from './model-schema';

export type NamedPattern = keyof typeof NAMED_PATTERNS;
export type ProblemLanguage = 'en' | 'ja';

/** One thing wrong with a model file, located by its JSON path (e.g. `supply[12].country`). */
export type ModelProblem =
  | { path: string; kind: 'shape'; message: string; pattern?: NamedPattern }
  | { path: string; kind: 'rule'; rule: RuleId; value: string; expected?: string };

export type ModelValidation = { ok: true; model: Model } | { ok: false; problems: ModelProblem[] };

// Only the two locales the app speaks, not zod's whole set.
const zodLocales = { en: zodEnglish, ja: zodJapanese } as const;

/**
 * Checks shapes first and cross-record rules only on a well-shaped model, so that each problem
 * reported is a real one rather than a consequence of an earlier one.
 */
export function validateModel(raw: unknown, language: ProblemLanguage = 'en'): ModelValidation {
  const parsed = modelSchema.safeParse(raw, {
    error: zodLocales[language]().localeError,
    jitless: true,
  });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map(describeShapeIssue) };
  }
  const violations = checkModelRules(parsed.data);
  if (violations.length > 0) {
    return {
      ok: false,
      problems: violations.map(({ path, ...violation }) => ({
        path: formatJsonPath(path),
        kind: 'rule',
        ...violation,
      })),
    };
  }
  return { ok: true, model: parsed.data };
}

function describeShapeIssue(issue: z.core.$ZodIssue): ModelProblem {
  const path = formatJsonPath(issue.path.filter((key) => typeof key !== 'symbol'));
  if (issue.code === 'invalid_format' && issue.format === 'regex' && 'pattern' in issue) {
    const pattern = namePattern(String(issue.pattern));
    if (pattern) return { path, kind: 'shape', message: issue.message, pattern };
  }
  return { path, kind: 'shape', message: issue.message };
}

function namePattern(source: string): NamedPattern | undefined {
  const names = Object.keys(NAMED_PATTERNS) as NamedPattern[];
  return names.find((name) => String(NAMED_PATTERNS[name]) === source);
}

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** `['supply', 12, 'country']` → `supply[12].country`; the root is `$`. */
export function formatJsonPath(path: JsonPath): string {
  if (path.length === 0) return '$';
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      if (!PLAIN_KEY.test(key)) return `[${JSON.stringify(key)}]`;
      return index === 0 ? key : `.${key}`;
    })
    .join('');
}
