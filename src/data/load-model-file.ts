import type { ModelValidation, ProblemLanguage } from '../domain/validate-model';
import { MAX_FILE_BYTES, readModelFile, tooLargeProblem, type ReadStage } from './read-model-file';

export type LoadStage = 'reading' | ReadStage;

type WorkerMessage =
  { type: 'stage'; stage: ReadStage } | { type: 'result'; result: ModelValidation };

/**
 * Reads a model file the user chose or dropped. Files over 100 MB are refused before a byte is
 * read; the rest is read, parsed and validated in a Web Worker (in the page itself only where the
 * environment has no workers).
 */
export async function loadModelFile(
  file: Blob,
  language: ProblemLanguage,
  onStage: (stage: LoadStage) => void,
): Promise<ModelValidation> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problems: [tooLargeProblem(file.size)] };
  onStage('reading');
  performance.mark('lodestone:model-file:start');
  const bytes = await file.arrayBuffer();
  if (typeof Worker === 'undefined') return readModelFile(new Uint8Array(bytes), language, onStage);
  const worker = new Worker(new URL('./model-file.worker.ts', import.meta.url), { type: 'module' });
  try {
    const result = await new Promise<ModelValidation>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        if (event.data.type === 'stage') onStage(event.data.stage);
        else resolve(event.data.result);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'The file reader stopped'));
      worker.postMessage({ bytes, language }, [bytes]);
    });
    // Read by `npm run bench`: reading, transfer, parsing and validation of the file.
    performance.measure('lodestone:model-file', 'lodestone:model-file:start');
    return result;
  } finally {
    worker.terminate();
  }
}
