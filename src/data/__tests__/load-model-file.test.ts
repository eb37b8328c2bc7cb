import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { createI18n } from '../../i18n/i18n';
import { describeProblem } from '../../i18n/describe-problem';
import { loadModelFile } from '../load-model-file';
import type { ReadRequest, WorkerMessage } from '../model-file.worker';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A stand-in for the file worker that behaves as told once it is sent the file. */
class FakeWorker {
  static behave: (worker: FakeWorker) => void = () => {};
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage() {
    setTimeout(() => FakeWorker.behave(this));
  }
  send(message: WorkerMessage) {
    this.onmessage?.(new MessageEvent('message', { data: message }));
  }
  terminate() {
    this.terminated = true;
  }
}

function stubWorker(behave: (worker: FakeWorker) => void) {
  FakeWorker.behave = behave;
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  return FakeWorker.started;
}

const file = () => new Blob([JSON.stringify(smallModel())]);
const readerFailed = (value: string) => ({
  ok: false,
  problems: [{ path: '$', kind: 'file', problem: 'readerFailed', value }],
});

describe('loadModelFile with a worker that fails', () => {
  it('answers an error in the worker (a stack overflow) with a problem, and ends the worker', async () => {
    const workers = stubWorker((worker) =>
      worker.onerror?.(new ErrorEvent('error', { message: 'Maximum call stack size exceeded' })),
    );
    await expect(loadModelFile(file(), { language: 'en' })).resolves.toEqual(
      readerFailed('Maximum call stack size exceeded'),
    );
    expect(workers.map((worker) => worker.terminated)).toEqual([true]);
  });

  it('answers a message that cannot be read', async () => {
    const workers = stubWorker((worker) => worker.onmessageerror?.());
    await expect(loadModelFile(file(), { language: 'en' })).resolves.toEqual(
      readerFailed('messageerror'),
    );
    expect(workers[0]?.terminated).toBe(true);
  });

  it('answers what the worker caught itself', async () => {
    stubWorker((worker) => worker.send({ type: 'failed', message: 'out of memory' }));
    await expect(loadModelFile(file(), { language: 'en' })).resolves.toEqual(
      readerFailed('out of memory'),
    );
  });

  it('answers parts that do not fit together', async () => {
    stubWorker((worker) => worker.send({ type: 'rows', key: 'supply', rows: [], newStrings: [] }));
    await expect(loadModelFile(file(), { language: 'en' })).resolves.toEqual(
      readerFailed('Rows for supply arrived before the model'),
    );
  });

  it('passes on how many problems were found past those listed', async () => {
    const problem = { path: 'supply[0]', kind: 'shape', message: 'bad' } as const;
    stubWorker((worker) => worker.send({ type: 'problems', problems: [problem], unlisted: 41 }));
    await expect(loadModelFile(file(), { language: 'en' })).resolves.toEqual({
      ok: false,
      problems: [problem],
      unlisted: 41,
    });
  });

  it('ends the worker of a load that is aborted, and says so', async () => {
    const workers = stubWorker(() => {});
    const controller = new AbortController();
    const load = loadModelFile(file(), { language: 'en', signal: controller.signal });
    controller.abort(new DOMException('Another file was chosen', 'AbortError'));
    await expect(load).rejects.toThrow('Another file was chosen');
    expect(workers[0]?.terminated).toBe(true);
  });

  it('words the stopped reader in both languages', () => {
    const [problem] = readerFailed('boom').problems;
    const say = (language: 'en' | 'ja') =>
      describeProblem(problem as never, createI18n(language).t);
    expect(say('en')).toBe('$: the file reader stopped before it could answer (boom)');
    expect(say('ja')).toBe('$: ファイルの読み取り処理が結果を返す前に停止しました（boom）');
  });
});

describe('the file worker', () => {
  it('reports a failure to read the file instead of dropping it', async () => {
    const posted: WorkerMessage[] = [];
    const scope: { onmessage?: (event: { data: ReadRequest }) => Promise<void> } = {};
    vi.stubGlobal(
      'self',
      Object.assign(scope, { postMessage: (m: WorkerMessage) => posted.push(m) }),
    );
    await import('../model-file.worker');
    const unreadable = new Blob(['{}']);
    unreadable.arrayBuffer = () => Promise.reject(new Error('NotReadableError: gone'));
    await scope.onmessage?.({ data: { file: unreadable, language: 'en', keepAs: null } });
    expect(posted).toEqual([{ type: 'failed', message: 'NotReadableError: gone' }]);
  });
});
