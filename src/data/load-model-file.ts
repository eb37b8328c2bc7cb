import type { Language } from '../domain/language';
import type { Model } from '../domain/model-schema';
import type { Refusal } from '../domain/validate-model';
import type { ReadRequest, WorkerMessage } from './model-file.worker';
import { modelAssembler } from './model-transfer';
import { MAX_FILE_BYTES, tooLargeProblem } from './file-limits';
import type { ReadStage } from './read-model-file';
import { saveModelFile } from './saved-model';

export type LoadStage = 'reading' | ReadStage;

export type ModelFileLoad =
  /** `storageProblem` says why a file that was to be kept could not be. */
  { ok: true; model: Model; storageProblem: string | null } | Refusal;

interface LoadOptions {
  language: Language;
  onStage?: (stage: LoadStage) => void;
  /** Keep the file in IndexedDB when it is good, under this name. */
  keepAs?: string;
  /** Aborting stops the reading (the worker is ended) and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Whatever stopped the reader (a crash, a message that could not be read) as a file's problem. */
export function readerFailed(message: string): Refusal {
  return {
    ok: false,
    problems: [{ path: '$', kind: 'file', problem: 'readerFailed', value: message }],
  };
}

/**
 * Reads a model file the user chose or dropped, or the one kept from an earlier visit. Files over
 * 100 MB are refused before a byte is read; the rest is read, parsed, validated and kept in a Web
 * Worker (in the page itself only where the environment has no workers). Every worker is ended
 * when its answer is in, when it fails, or when the load is aborted.
 */
export async function loadModelFile(
  file: Blob,
  { language, onStage = () => {}, keepAs, signal }: LoadOptions,
): Promise<ModelFileLoad> {
  signal?.throwIfAborted();
  if (file.size > MAX_FILE_BYTES) return { ok: false, problems: [tooLargeProblem(file.size)] };
  onStage('reading');
  if (typeof Worker === 'undefined') return loadInPage(file, language, onStage, keepAs, signal);
  performance.mark('lodestone:model-file:start');
  const worker = new Worker(new URL('./model-file.worker.ts', import.meta.url), { type: 'module' });
  let stop = () => {};
  try {
    const assembler = modelAssembler();
    return await new Promise<ModelFileLoad>((resolve, reject) => {
      stop = () => reject(signal?.reason);
      signal?.addEventListener('abort', stop);
      const answer = (data: WorkerMessage) => {
        if (data.type === 'stage') onStage(data.stage);
        else if (data.type === 'problems')
          resolve({ ok: false, problems: data.problems, unlisted: data.unlisted });
        else if (data.type === 'failed') resolve(readerFailed(data.message));
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
      worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
        try {
          answer(data);
        } catch (error) {
          resolve(readerFailed(error instanceof Error ? error.message : String(error)));
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        resolve(readerFailed(event.message || 'error'));
      };
      worker.onmessageerror = () => resolve(readerFailed('messageerror'));
      const request: ReadRequest = { file, language, keepAs: keepAs ?? null };
      worker.postMessage(request);
    });
  } finally {
    signal?.removeEventListener('abort', stop);
    worker.terminate();
  }
}

async function loadInPage(
  file: Blob,
  language: Language,
  onStage: (stage: LoadStage) => void,
  keepAs: string | undefined,
  signal: AbortSignal | undefined,
): Promise<ModelFileLoad> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return readerFailed(error instanceof Error ? error.message : String(error));
  }
  // Only where there are no workers does the page load the reader (and zod) itself.
  const { readModelFile } = await import('./read-model-file');
  signal?.throwIfAborted();
  const result = readModelFile(bytes, language, onStage);
  if (!result.ok) return result;
  const storageProblem = keepAs
    ? await saveModelFile({ file, fileName: keepAs, savedAt: new Date().toISOString() })
    : null;
  return { ...result, storageProblem };
}
