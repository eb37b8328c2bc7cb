import type { Language } from './language';
import { z } from 'zod';
import zodEnglish from 'zod/v4/locales/en.js';
import zodJapanese from 'zod/v4/locales/ja.js';
import { BoundedList } from './bounded-list';
import {
  isWellFormedCountryRow,
  isWellFormedGroupRow,
  isWellFormedSupplyRow,
  isWellFormedTradeRow,
} from './fast-row-checks';
import { migrateModel } from './migrate-model';
import {
  checkModelRules,
  checkTradeFlows,
  type JsonPath,
  type RuleId,
  type RuleViolation,
} from './model-rules';
import { modelSchema, tradeFileSchema, type Model, type TradeFlow } from './model-schema';
import { NAMED_PATTERNS } from './named-patterns';

export type NamedPattern = keyof typeof NAMED_PATTERNS;

/** One thing wrong with a model file, located by its JSON path (e.g. `supply[12].country`). */
export type FileProblemId =
  | 'tooLarge'
  | 'emptyFile'
  | 'notUtf8'
  | 'invalidJson'
  | 'forbiddenKey'
  | 'tooDeep'
  | 'unsupportedSchemaVersion'
  | 'tooManyProblems'
  | 'readerFailed';

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

/** A file refused: its first problems, and how many more were found past MAX_LISTED_PROBLEMS (at least). */
export interface Refusal {
  ok: false;
  problems: ModelProblem[];
  unlisted?: number;
}

export type ModelValidation = { ok: true; model: Model } | Refusal;

// The lists that can run to 100,000 rows or millions of ids, each with its hand-written row check.
const MODEL_ROW_CHECKS = {
  supply: isWellFormedSupplyRow,
  trade: isWellFormedTradeRow,
  countries: isWellFormedCountryRow,
  groups: isWellFormedGroupRow,
};
const TRADE_FILE_ROW_CHECKS = { trade: isWellFormedTradeRow };

// Only the two locales the app speaks, not zod's whole set.
const zodLocales = { en: zodEnglish, ja: zodJapanese } as const;

/**
 * Checks shapes first and cross-record rules only on a well-shaped model, so that each problem
 * reported is a real one rather than a consequence of an earlier one. A model of an older schema
 * version is migrated first.
 */
export function validateModel(raw: unknown, language: Language = 'en'): ModelValidation {
  const parsed = parseListsRowByRow(modelSchema, migrateModel(raw), language, MODEL_ROW_CHECKS);
  if (!parsed.ok) return parsed;
  const model = parsed.data;
  const violations = checkModelRules(model);
  if (violations.size > 0) return refusal(violations, describeViolation);
  return { ok: true, model };
}

export type TradeValidation = { ok: true; trade: TradeFlow[] } | Refusal;

/** Checks a trade file (`{schemaVersion, trade}`) and that its flows resolve in the given model. */
export function validateTradeFile(
  raw: unknown,
  model: Model,
  language: Language = 'en',
): TradeValidation {
  const parsed = parseListsRowByRow(tradeFileSchema, raw, language, TRADE_FILE_ROW_CHECKS);
  if (!parsed.ok) return parsed;
  const { trade } = parsed.data;
  const violations = checkTradeFlows(trade, model, 'trade');
  if (violations.size > 0) return refusal(violations, describeViolation);
  return { ok: true, trade };
}

type ObjectSchema = z.ZodObject<z.ZodRawShape>;
type RowCheck = (row: unknown) => boolean;

/**
 * Parses an object with zod, except that each of its lists is checked row by row: zod itself sees
 * every list as a list of anything with the same length limits. Rows that pass the list's
 * hand-written check (the long lists have one) are kept as they are; any other goes through zod
 * alone. Problems are listed up to MAX_LISTED_PROBLEMS and counted past it, so a list of 2 million
 * broken rows is answered in seconds rather than collected whole (which overflowed zod's stack).
 */
export function parseListsRowByRow<S extends ObjectSchema>(
  schema: S,
  raw: unknown,
  language: Language,
  rowChecks: Partial<Record<string, RowCheck>> = {},
): { ok: true; data: z.infer<S> } | Refusal {
  const error = zodLocales[language]().localeError;
  const { outline, lists } = listsOf(schema);
  const problems = new BoundedList<ModelProblem>();
  const parsed = outline.safeParse(raw, { error, jitless: true });
  if (!parsed.success) for (const issue of parsed.error.issues) problems.add(shapeProblem(issue));
  const data: Record<string, unknown> = parsed.success ? { ...parsed.data } : {};
  const given = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  for (const [key, rowSchema] of lists) {
    const rows = given[key];
    if (!Array.isArray(rows)) continue;
    const isWellFormed = rowChecks[key];
    const checked: unknown[] = new Array(rows.length);
    for (let index = 0; index < rows.length; index += 1) {
      const row: unknown = rows[index];
      if (isWellFormed?.(row)) {
        checked[index] = row;
        continue;
      }
      // Past the limit, a row the hand-written check refuses is counted without asking zod why.
      if (problems.full && isWellFormed) {
        problems.count();
        continue;
      }
      const result = parseRow(rowSchema, row, [key, index], error);
      if (result.ok) checked[index] = result.data;
      else for (const problem of result.problems) problems.add(problem);
    }
    data[key] = checked;
  }
  if (problems.size > 0) return refusal(problems, (problem) => problem);
  return { ok: true, data: data as z.infer<S> };
}

const listsByObject = new WeakMap<
  ObjectSchema,
  { outline: ObjectSchema; lists: [string, z.ZodType][] }
>();

/** The schema with each list's rows left unchecked (its length limits kept), and the row schemas. */
function listsOf(schema: ObjectSchema) {
  let known = listsByObject.get(schema);
  if (!known) {
    const lists = Object.entries(schema.shape).flatMap(([key, value]): [string, z.ZodType][] =>
      value instanceof z.ZodArray ? [[key, value.element as z.ZodType]] : [],
    );
    const anyRows = Object.fromEntries(
      lists.map(([key]) => {
        const list = schema.shape[key] as z.ZodArray;
        return [
          key,
          z
            .array(z.unknown())
            .check(...((list._zod.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[])),
        ];
      }),
    );
    known = { outline: schema.extend(anyRows), lists };
    listsByObject.set(schema, known);
  }
  return known;
}

function parseRow(
  rowSchema: z.ZodType,
  row: unknown,
  path: (string | number)[],
  error: z.core.$ZodErrorMap,
): { ok: true; data: unknown } | { ok: false; problems: ModelProblem[] } {
  try {
    const result = rowSchema.safeParse(row, { error, jitless: true });
    if (result.success) return { ok: true, data: result.data };
    return {
      ok: false,
      problems: result.error.issues.map((issue) =>
        shapeProblem({ ...issue, path: [...path, ...issue.path] }),
      ),
    };
  } catch {
    // A row holding a list of some 100,000 broken items overflows zod's stack on its own.
    return {
      ok: false,
      problems: [{ path: formatJsonPath(path), kind: 'file', problem: 'tooManyProblems' }],
    };
  }
}

function refusal<T>(found: BoundedList<T>, describe: (item: T) => ModelProblem): Refusal {
  const problems = found.items.map(describe);
  return found.unlisted > 0
    ? { ok: false, problems, unlisted: found.unlisted }
    : { ok: false, problems };
}

function describeViolation({ path, ...violation }: RuleViolation): ModelProblem {
  return { path: formatJsonPath(path), kind: 'rule', ...violation };
}

function shapeProblem(issue: z.core.$ZodIssue): ModelProblem {
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
