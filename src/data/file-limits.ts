import type { ModelProblem } from '../domain/validate-model';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** The problem to show when a file is refused for its size alone, before it is read. */
export function tooLargeProblem(bytes: number): ModelProblem {
  return { path: '$', kind: 'file', problem: 'tooLarge', value: (bytes / 1024 / 1024).toFixed(1) };
}
