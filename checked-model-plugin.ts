import { execFileSync } from 'node:child_process';
import type { Plugin } from 'vite';

export const CHECKED_MODEL_MODULE = 'virtual:checked-built-in-model';
export const CHECKED_MODEL_PLUGIN = 'lodestone-checked-built-in-model';

/** What the plugin tells the others: the SHA-256 of the model file as it checked it. */
export interface CheckedModelApi {
  checkedSha256: () => string;
}

/**
 * Checks the built-in model against the whole data-model contract when the app is built or served
 * (scripts/checked-model-hash.ts; a model that fails stops the build) and records the SHA-256 of the
 * bytes it checked in `virtual:checked-built-in-model`. The page parses a fetched file with that
 * hash itself, so the first screen waits for no worker and loads no zod. Unit tests record none:
 * there the model always takes the worker's path.
 */
export function checkBuiltInModel(modelPath = 'data/model.json'): Plugin<CheckedModelApi> {
  let sha256 = '';
  return {
    name: CHECKED_MODEL_PLUGIN,
    api: { checkedSha256: () => sha256 },
    buildStart() {
      if (process.env.VITEST) return;
      this.addWatchFile(modelPath);
      try {
        sha256 = execFileSync(
          process.execPath,
          ['--import', 'tsx', 'scripts/checked-model-hash.ts', modelPath],
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
        ).trim();
      } catch (error) {
        this.error((error as { stderr?: string }).stderr || String(error));
      }
    },
    ...checkedModelModule(() => sha256),
  };
}

/** `virtual:checked-built-in-model`, recording the hash a check gave. */
export function checkedModelModule(sha256: () => string): Pick<Plugin, 'resolveId' | 'load'> {
  return {
    resolveId: (id) => (id === CHECKED_MODEL_MODULE ? `\0${CHECKED_MODEL_MODULE}` : null),
    load: (id) =>
      id === `\0${CHECKED_MODEL_MODULE}`
        ? `export const builtInModelSha256 = ${JSON.stringify(sha256())};`
        : null,
  };
}
