/**
 * The scenario being edited, kept in the browser's local storage so that a
 * reload (or tomorrow's visit) finds it as it was left.
 */

/** What is kept: the scenario text, and which bundled scenario it still is, if it was not edited. */
export interface SavedScenario {
  text: string;
  bundled: string | null;
}

const KEY = 'wavesim.scenario';

/** The page's local storage, or null where the browser denies it (some private modes, sandboxed frames). */
export function pageStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** Keeps `saved`; false when the storage refuses it (full, or denied), which the page tells the user. */
export function saveScenario(storage: Storage | null, saved: SavedScenario): boolean {
  if (!storage) return false;
  try {
    storage.setItem(KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** The scenario kept last, or null when there is none or what is kept is not ours. */
export function loadSavedScenario(storage: Storage | null): SavedScenario | null {
  const raw = storage?.getItem(KEY) ?? null;
  if (raw === null) return null;
  try {
    const saved: unknown = JSON.parse(raw);
    if (saved === null || typeof saved !== 'object') return null;
    const { text, bundled } = saved as Record<string, unknown>;
    if (typeof text !== 'string') return null;
    return { text, bundled: typeof bundled === 'string' ? bundled : null };
  } catch {
    return null;
  }
}
