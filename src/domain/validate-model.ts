import type { z } from 'zod';
import zodEnglish from 'zod/v4/locales/en.js';
import zodJapanese from 'zod/v4/locales/ja.js';
import { isWellFormedSupplyRow, isWellFormedTradeRow } from './fast-row-checks';
import { migrateModel } from './migrate-model';
import {
  checkModelRules,
  checkTradeFlows,
  type JsonPath,
  type RuleId,
  type RuleViolation,
} from './model-rules';
import {
  NAMED_PATTERNS,
  modelSchema,
  tradeFileSchema,
  type Model,
  type TradeFlow,
} from './model-schema';

export type NamedPattern = keyof typeof NAMED_PATTERNS;
export type ProblemLanguage = 'en' | 'ja';

/** One thing wrong with a model file, located by its JSON path (e.g. `supply[12].country`). */
export type FileProblemId =
  | 'tooLarge'
  | 'emptyFile'
  | 'notUtf8'
  | 'invalidJson'
  | 'forbiddenKey'
  | 'tooDeep'
  | 'unsupportedSchemaVersion';

export type ModelProblem =
  | { path: string; kind: 'shape'; message: string; pattern?: NamedPattern }
  | { path: string; kind: 'rule'; rule: RuleId; value: string; expected?: string }
  /** The file as a whole: size, encoding, JSON syntax (with line and column), hostile keys, nesting. */
  | {
      path: string;
      kind: 'file';
      problem: FileProblemId;
      value?: string;
      line?: number;
      column?: number;
    };

export type ModelValidation = { ok: true; model: Model } | { ok: false; problems: ModelProblem[] };

// The lists that can run to 100,000 rows, each with its hand-written row check.
const MODEL_ROW_CHECKS = { supply: isWellFormedSupplyRow, trade: isWellFormedTradeRow };
const TRADE_FILE_ROW_CHECKS = { trade: isWellFormedTradeRow };

// Only the two locales the app speaks, not zod's whole set.
const zodLocales = { en: zodEnglish, ja: zodJapanese } as const;

/**
 * Checks shapes first and cross-record rules only on a well-shaped model, so that each problem
 * reported is a real one rather than a consequence of an earlier one. A model of an older schema
 * version is migrated first.
 */
export function validateModel(raw: unknown, language: ProblemLanguage = 'en'): ModelValidation {
  const parsed = parseSettingRowsAside(modelSchema, migrateModel(raw), MODEL_ROW_CHECKS, language);
  if (!parsed.ok) return parsed;
  const model = parsed.data;
  const violations = checkModelRules(model);
  if (violations.length > 0) return { ok: false, problems: violations.map(describeViolation) };
  return { ok: true, model };
}

export type TradeValidation =
  { ok: true; trade: TradeFlow[] } | { ok: false; problems: ModelProblem[] };

/** Checks a trade file (`{schemaVersion, trade}`) and that its flows resolve in the given model. */
export function validateTradeFile(
  raw: unknown,
  model: Model,
  language: ProblemLanguage = 'en',
): TradeValidation {
  const parsed = parseSettingRowsAside(tradeFileSchema, raw, TRADE_FILE_ROW_CHECKS, language);
  if (!parsed.ok) return parsed;
  const { trade } = parsed.data;
  const violations = checkTradeFlows(trade, model, 'trade');
  if (violations.length > 0) return { ok: false, problems: violations.map(describeViolation) };
  return { ok: true, trade };
}

/**
 * Parses with zod, except for the long lists whose rows all pass their hand-written check: zod
 * sees those empty, and they are put back as they are. A list with any failing row goes through
 * zod, so that its problems are worded as usual.
 */
function parseSettingRowsAside<T extends object>(
  schema: z.ZodType<T>,
  raw: unknown,
  rowChecks: Record<string, (row: unknown) => boolean>,
  language: ProblemLanguage,
): { ok: true; data: T } | { ok: false; problems: ModelProblem[] } {
  const lists = (raw ?? {}) as Record<string, unknown>;
  const setAside = Object.fromEntries(
    Object.entries(rowChecks).flatMap(([key, isWellFormed]) => {
      const rows = lists[key];
      return Array.isArray(rows) && rows.every(isWellFormed) ? [[key, rows]] : [];
    }),
  );
  const emptied = Object.fromEntries(Object.keys(setAside).map((key) => [key, []]));
  const parsed = schema.safeParse(
    Object.keys(emptied).length > 0 ? { ...(raw as object), ...emptied } : raw,
    { error: zodLocales[language]().localeError, jitless: true },
  );
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map(describeShapeIssue) };
  }
  return { ok: true, data: { ...parsed.data, ...setAside } as T };
}

function describeViolation({ path, ...violation }: RuleViolation): ModelProblem {
  return { path: formatJsonPath(path), kind: 'rule', ...violation };
}

/** zod issues as problems with JSON paths, for any schema a user's file is checked against. */
export function shapeProblems(issues: readonly z.core.$ZodIssue[]): ModelProblem[] {
  return issues.map(describeShapeIssue);
}

/** The zod error map that words shape problems in the given language. */
export function zodErrorMap(language: ProblemLanguage) {
  return zodLocales[language]().localeError;
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
