/// <reference lib="webworker" />
import type { Language } from '../domain/language';
import type { ModelProblem } from '../domain/validate-model';
import { splitModel, type ModelPart } from './model-transfer';
import { readModelFile, type ReadStage } from './read-model-file';
import { saveModelFile } from './saved-model';

export interface ReadRequest {
  file: Blob;
  language: Language;
  /** Keep the file in IndexedDB under this name once it is found good (null: it came from there). */
  keepAs: string | null;
}

export type WorkerMessage =
  | { type: 'stage'; stage: ReadStage }
  | { type: 'problems'; problems: ModelProblem[]; unlisted?: number }
  | ModelPart
  | { type: 'done'; readMilliseconds: number; storageProblem: string | null }
  /** Anything thrown while reading: a rejection here would never reach the page on its own. */
  | { type: 'failed'; message: string };

const post = (message: WorkerMessage) => self.postMessage(message);

// Reading, parsing, validating and keeping a large file here leaves the page's thread free.
self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  try {
    await read(event.data);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

async function read({ file, language, keepAs }: ReadRequest) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // What the budget covers: decoding, parsing and validating, from the bytes in hand.
  const started = performance.now();
  const result = readModelFile(bytes, language, (stage) => post({ type: 'stage', stage }));
  const readMilliseconds = performance.now() - started;
  if (!result.ok) {
    post({ type: 'problems', problems: result.problems, unlisted: result.unlisted });
    return;
  }
  for (const part of splitModel(result.model)) post(part);
  const storageProblem =
    keepAs === null
      ? null
      : await saveModelFile({
          file: new Blob([bytes]),
          fileName: keepAs,
          savedAt: new Date().toISOString(),
        });
  post({ type: 'done', readMilliseconds, storageProblem });
}
