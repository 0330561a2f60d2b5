/**
 * One store: the state, `dispatch`, and listeners told of every change with
 * the action and the history step it makes. Pure: no DOM.
 */
import type { Action, HistoryStep } from './actions';
import type { AppState } from './app-state';
import { historyStep, reduce } from './reduce';

export type Listener = (next: AppState, prev: AppState, action: Action, step: HistoryStep) => void;

export interface Store {
  get: () => AppState;
  dispatch: (action: Action) => void;
  /** Listeners run in the order they subscribed; returns an unsubscribe. */
  subscribe: (listener: Listener) => () => void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners: Listener[] = [];
  // An action dispatched by a listener runs after the current one has reached every listener,
  // so each listener sees the changes in order.
  const queue: Action[] = [];
  let running = false;
  function dispatch(action: Action): void {
    queue.push(action);
    if (running) return;
    running = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const prev = state;
        state = reduce(prev, next);
        if (state === prev) continue;
        const step = historyStep(next, prev, state);
        for (const listener of [...listeners]) listener(state, prev, next, step);
      }
    } finally {
      running = false;
      queue.length = 0;
    }
  }
  return {
    get: () => state,
    dispatch,
    subscribe(listener) {
      listeners.push(listener);
      return () => {
        const at = listeners.indexOf(listener);
        if (at >= 0) listeners.splice(at, 1);
      };
    },
  };
}
