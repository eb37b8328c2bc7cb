import type { Language } from '../domain/language';
import { parse as parseTolerantly, printParseErrorCode, type ParseError } from 'jsonc-parser';
import {
  formatJsonPath,
  validateModel,
  type ModelProblem,
  type ModelValidation,
  type Refusal,
} from '../domain/validate-model';
import { READABLE_SCHEMA_VERSIONS } from '../domain/model-schema';
import { MAX_FILE_BYTES, tooLargeProblem } from './file-limits';

export const MAX_NESTING = 32;
/** Keys that mean something to JavaScript objects and have no business in data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ReadStage = 'decoding' | 'parsing' | 'validating';

export type JsonFileResult = { ok: true; raw: unknown } | Refusal;

/**
 * The checks every file a user gives goes through before its own contract: size, UTF-8 (a byte
 * order mark is accepted), JSON with the place of the first error, no hostile keys, no absurd
 * nesting, and the schema version it declares.
 */
export function parseJsonFile(
  bytes: Uint8Array,
  onStage: (stage: ReadStage) => void = () => {},
): JsonFileResult {
  const refuse = (problem: ModelProblem): JsonFileResult => ({ ok: false, problems: [problem] });
  if (bytes.byteLength > MAX_FILE_BYTES) return refuse(tooLargeProblem(bytes.byteLength));

  onStage('decoding');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse({ path: '$', kind: 'file', problem: 'notUtf8' });
  }
  if (text.trim() === '') return refuse({ path: '$', kind: 'file', problem: 'emptyFile' });

  onStage('parsing');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse(jsonSyntaxProblem(text));
  }
  if (!isStructurallyClean(raw)) return { ok: false, problems: structuralProblems(raw) };
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'schemaVersion' in raw) {
    const version = (raw as { schemaVersion: unknown }).schemaVersion;
    if (!READABLE_SCHEMA_VERSIONS.includes(version as number)) {
      return refuse({
        path: 'schemaVersion',
        kind: 'file',
        problem: 'unsupportedSchemaVersion',
        value: JSON.stringify(version) ?? String(version),
      });
    }
  }

  return { ok: true, raw };
}

/** Reads a model file a user gave: the checks of `parseJsonFile`, then the whole data-model contract. */
export function readModelFile(
  bytes: Uint8Array,
  language: Language = 'en',
  onStage: (stage: ReadStage) => void = () => {},
): ModelValidation {
  const parsed = parseJsonFile(bytes, onStage);
  if (!parsed.ok) return parsed;
  onStage('validating');
  return validateModel(parsed.raw, language);
}

/**
 * JSON.parse says that a text is not JSON but not always where; jsonc-parser, strict, finds the
 * first error's offset, which becomes a line and a column a person can go to.
 */
function jsonSyntaxProblem(text: string): ModelProblem {
  const errors: ParseError[] = [];
  parseTolerantly(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  const offset = first?.offset ?? text.length;
  const before = text.slice(0, offset);
  return {
    path: '$',
    kind: 'file',
    problem: 'invalidJson',
    value: first ? printParseErrorCode(first.error) : 'UnexpectedEndOfInput',
    line: before.split('\n').length,
    column: offset - before.lastIndexOf('\n'),
  };
}

/**
 * Says only whether the parsed value holds a hostile key or nests deeper than MAX_NESTING: no path
 * is built on the way, so 100,000 rows take a few milliseconds; `structuralProblems` walks again,
 * with paths, only when the answer is no. The recursion stops at MAX_NESTING levels.
 */
function isStructurallyClean(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth > MAX_NESTING) return false;
  if (Array.isArray(value)) {
    for (const child of value as unknown[])
      if (!isStructurallyClean(child, depth + 1)) return false;
    return true;
  }
  for (const key in value) {
    if (FORBIDDEN_KEYS.has(key)) return false;
    if (!isStructurallyClean((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** Hostile keys and nesting deeper than MAX_NESTING, each with its JSON path. */
function structuralProblems(root: unknown): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0 && problems.length < 10) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_NESTING) {
      problems.push({
        path: formatJsonPath(path),
        kind: 'file',
        problem: 'tooDeep',
        value: String(MAX_NESTING),
      });
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((child, index) => stack.push({ value: child, path: [...path, index] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          path: formatJsonPath([...path, key]),
          kind: 'file',
          problem: 'forbiddenKey',
          value: key,
        });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}
