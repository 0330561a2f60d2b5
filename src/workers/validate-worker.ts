/**
 * Web Worker entry for validating an opened file off the main thread, so a 50 MB file
 * cannot freeze the page. Start it as a module worker:
 *
 *   new Worker(new URL('../workers/validate-worker.ts', import.meta.url), { type: 'module' })
 *
 * and post a {@link ValidateRequest}; it answers with progress messages, then one result
 * (or, if validation itself failed, an error), each carrying the request's id.
 */
import {
  validateGeoJson,
  type ValidateOptions,
  type ValidateProgress,
  type ValidationResult,
} from '../core/geojson/validate';

export interface ValidateRequest {
  /** Echoed in every answer, to match answers to requests. */
  id: number | string;
  text: string;
  /** Limits only: functions cannot be posted to a worker. */
  options?: Omit<ValidateOptions, 'onProgress'>;
}

export type ValidateResponse =
  | { id: number | string; type: 'progress'; progress: ValidateProgress }
  | { id: number | string; type: 'result'; result: ValidationResult }
  | { id: number | string; type: 'error'; message: string };

/** The little of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ValidateRequest>) => void) | null;
  postMessage(message: ValidateResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, text, options } = event.data;
  try {
    const onProgress = (progress: ValidateProgress) =>
      scope.postMessage({ id, type: 'progress', progress });
    scope.postMessage({
      id,
      type: 'result',
      result: validateGeoJson(text, { ...options, onProgress }),
    });
  } catch (error) {
    // validateGeoJson does not throw; this is for a malformed request (no text).
    scope.postMessage({
      id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
