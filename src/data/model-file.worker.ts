/// <reference lib="webworker" />
import type { ProblemLanguage } from '../domain/validate-model';
import { readModelFile } from './read-model-file';

export interface ReadRequest {
  bytes: ArrayBuffer;
  language: ProblemLanguage;
}

// Parsing and validating a large file here keeps the page responsive.
self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const { bytes, language } = event.data;
  const result = readModelFile(new Uint8Array(bytes), language, (stage) =>
    self.postMessage({ type: 'stage', stage }),
  );
  self.postMessage({ type: 'result', result });
};
