import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { validateModel } from '../../src/domain/validate-model.ts';
import { formatProblemsForConsole } from './console-problems.ts';

export type CheckedModelHash = { ok: true; sha256: string } | { ok: false; reason: string };

/**
 * The SHA-256 of a model file that passes the whole data-model contract and is already in the form
 * the check hands over (the page then uses those bytes as they are), or why it cannot be trusted so.
 */
export function checkedModelHash(bytes: Uint8Array, name: string): CheckedModelHash {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return { ok: false, reason: `${name} is not JSON: ${String(error)}` };
  }
  const validation = validateModel(raw);
  if (!validation.ok) {
    const problems = formatProblemsForConsole(validation.problems);
    return { ok: false, reason: `${name} breaks the data model:\n${problems}` };
  }
  if (!isDeepStrictEqual(validation.model, raw)) {
    return {
      ok: false,
      reason: `${name} is not in the form its check gives (an older schema?): run npm run data:build`,
    };
  }
  return { ok: true, sha256: createHash('sha256').update(bytes).digest('hex') };
}
