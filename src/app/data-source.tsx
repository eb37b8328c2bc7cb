import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonFileButton } from '../components/json-file-button';
import {
  loadModelFile,
  readerFailed,
  type LoadStage,
  type ModelFileLoad,
} from '../data/load-model-file';
import { useActiveModel } from '../data/model-context';
import { activeModelQuery, type ActiveModel } from '../data/model-query';
import { forgetSavedModel } from '../data/saved-model';
import type { Refusal } from '../domain/validate-model';
import { ProblemList } from '../components/problem-list';
import { useAppState } from '../store/store-context';

type LoadState =
  | { kind: 'idle' }
  | { kind: 'loading'; stage: LoadStage; fileName: string }
  | { kind: 'failed'; fileName: string; refusal: Refusal };

/**
 * Loading a user's model: on success it replaces the model in use and is kept in IndexedDB; on any
 * failure the model in use, the link and everything else stay as they were. The last file chosen
 * wins: choosing another (or going back to the built-in data) ends the load before it, worker and
 * all, and only the current load may change the screen or what is kept.
 */
function useModelSwitch() {
  const queryClient = useQueryClient();
  const language = useAppState((state) => state.language);
  const [state, setState] = useState<LoadState>({ kind: 'idle' });
  const currentLoad = useRef<AbortController | null>(null);
  useEffect(() => () => currentLoad.current?.abort(), []);

  const startLoad = () => {
    currentLoad.current?.abort();
    const load = new AbortController();
    currentLoad.current = load;
    return load;
  };

  const load = async (file: File) => {
    const { signal } = startLoad();
    setState({ kind: 'loading', stage: 'reading', fileName: file.name });
    let result: ModelFileLoad;
    try {
      result = await loadModelFile(file, {
        language,
        onStage: (stage) => {
          if (!signal.aborted) setState({ kind: 'loading', stage, fileName: file.name });
        },
        keepAs: file.name,
        signal,
      });
    } catch (error) {
      if (signal.aborted) return;
      result = readerFailed(error instanceof Error ? error.message : String(error));
    }
    if (signal.aborted) return;
    if (!result.ok) {
      setState({ kind: 'failed', fileName: file.name, refusal: result });
      return;
    }
    const { storageProblem } = result;
    const active: ActiveModel = {
      origin: 'custom',
      model: result.model,
      fileName: file.name,
      persisted: storageProblem === null,
      ...(storageProblem ? { storageProblem } : {}),
    };
    queryClient.setQueryData(activeModelQuery.queryKey, active);
    setState({ kind: 'idle' });
  };

  const backToBuiltIn = async () => {
    startLoad();
    await forgetSavedModel();
    await queryClient.resetQueries({ queryKey: activeModelQuery.queryKey });
  };

  return { state, load, backToBuiltIn, dismiss: () => setState({ kind: 'idle' }) };
}

/** The "Data" part of the side panel: what is loaded, loading your own file, going back. */
export function DataSource() {
  const { t } = useTranslation();
  const active = useActiveModel();
  const { state, load, backToBuiltIn, dismiss } = useModelSwitch();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  // A file dropped anywhere on the page is loaded.
  useEffect(() => {
    const hasFiles = (event: DragEvent) =>
      Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void load(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  return (
    <section className="data-source" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className="panel-heading">
        {t('data.title')}
      </h2>
      <p>
        {active.origin === 'custom' ? (
          <>
            <span className="badge">{t('data.custom')}</span> {active.fileName}
          </>
        ) : (
          t('data.builtIn')
        )}
      </p>
      {active.origin === 'custom' && !active.persisted ? (
        <p role="status" className="notice-inline">
          {t('data.notPersisted', { reason: active.storageProblem ?? '' })}
        </p>
      ) : null}
      <JsonFileButton label={t('data.load')} onFile={(file) => void load(file)} />
      <p className="hint">{t('data.dropHint')}</p>
      {active.origin === 'custom' ? (
        <button type="button" onClick={() => void backToBuiltIn()}>
          {t('data.backToBuiltIn')}
        </button>
      ) : null}
      {state.kind === 'loading' ? (
        <p role="status">{t(`data.stage.${state.stage}`, { file: state.fileName })}</p>
      ) : null}
      {state.kind === 'failed' ? (
        <LoadProblems fileName={state.fileName} refusal={state.refusal} onDismiss={dismiss} />
      ) : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {t('data.dropHere')}
        </div>
      ) : null}
    </section>
  );
}

function LoadProblems({
  fileName,
  refusal,
  onDismiss,
}: {
  fileName: string;
  refusal: Refusal;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="load-problems">
      <p className="load-problems-title">{t('data.failed', { file: fileName })}</p>
      <ProblemList problems={refusal.problems} unlisted={refusal.unlisted} />
      <p>{t('data.keptPrevious')}</p>
      <button type="button" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
