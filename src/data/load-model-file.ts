import type { Model } from '../domain/model-schema';
import type { ModelProblem, ProblemLanguage } from '../domain/validate-model';
import type { ReadRequest, WorkerMessage } from './model-file.worker';
import { modelAssembler } from './model-transfer';
import { MAX_FILE_BYTES, tooLargeProblem } from './file-limits';
import type { ReadStage } from './read-model-file';
import { saveModelFile } from './saved-model';

export type LoadStage = 'reading' | ReadStage;

export type ModelFileLoad =
  /** `storageProblem` says why a file that was to be kept could not be. */
  | { ok: true; model: Model; storageProblem: string | null }
  | { ok: false; problems: ModelProblem[] };

interface LoadOptions {
  language: ProblemLanguage;
  onStage?: (stage: LoadStage) => void;
  /** Keep the file in IndexedDB when it is good, under this name. */
  keepAs?: string;
}

/**
 * Reads a model file the user chose or dropped, or the one kept from an earlier visit. Files over
 * 100 MB are refused before a byte is read; the rest is read, parsed, validated and kept in a Web
 * Worker (in the page itself only where the environment has no workers).
 */
export async function loadModelFile(
  file: Blob,
  { language, onStage = () => {}, keepAs }: LoadOptions,
): Promise<ModelFileLoad> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problems: [tooLargeProblem(file.size)] };
  onStage('reading');
  if (typeof Worker === 'undefined') return loadInPage(file, language, onStage, keepAs);
  performance.mark('lodestone:model-file:start');
  const worker = new Worker(new URL('./model-file.worker.ts', import.meta.url), { type: 'module' });
  try {
    const assembler = modelAssembler();
    const result = await new Promise<ModelFileLoad>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
        if (data.type === 'stage') onStage(data.stage);
        else if (data.type === 'problems') resolve({ ok: false, problems: data.problems });
        else if (data.type === 'done') {
          // Read by `npm run bench`: the worker's reading, parsing and validation, and the
          // whole load as the page sees it.
          performance.measure('lodestone:model-file:read', {
            start: 'lodestone:model-file:start',
            duration: data.readMilliseconds,
          });
          performance.measure('lodestone:model-file', 'lodestone:model-file:start');
          resolve({ ok: true, model: assembler.model(), storageProblem: data.storageProblem });
        } else assembler.add(data);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'The file reader stopped'));
      const request: ReadRequest = { file, language, keepAs: keepAs ?? null };
      worker.postMessage(request);
    });
    return result;
  } finally {
    worker.terminate();
  }
}

async function loadInPage(
  file: Blob,
  language: ProblemLanguage,
  onStage: (stage: LoadStage) => void,
  keepAs: string | undefined,
): Promise<ModelFileLoad> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Only where there are no workers does the page load the reader (and zod) itself.
  const { readModelFile } = await import('./read-model-file');
  const result = readModelFile(bytes, language, onStage);
  if (!result.ok) return result;
  const storageProblem = keepAs
    ? await saveModelFile({ file, fileName: keepAs, savedAt: new Date().toISOString() })
    : null;
  return { ...result, storageProblem };
}
