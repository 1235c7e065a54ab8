/**
 * The scenario the page opens with, like the document a program reopens: the
 * one in the page address, else the one kept from the last visit, else the
 * bundled baseline. The page's entry reads it before the planner's code has
 * loaded, so that the first run can start at once.
 */
import { DEFAULT_SCENARIO, type BundledScenario } from './bundledScenarios.js';
import { loadSavedScenario, pageStorage } from './persistence.js';
import type { LoadedScenario } from './scenarioSource.js';
import { scenarioInAddress } from './shareLink.js';

/** The scenario to open with, and why the page address's link could not be loaded, when it had one that could not. */
export interface OpeningScenario {
  loaded: LoadedScenario;
  linkProblem: string | null;
}

/** The bundled baseline (or the first bundled scenario), as loaded from the picker. */
export function baselineScenario(scenarios: readonly BundledScenario[]): LoadedScenario {
  const first = scenarios.find((s) => s.name === DEFAULT_SCENARIO) ?? scenarios[0];
  return { text: first.text, bundled: first.name, source: `bundled scenario ${first.name}` };
}

/**
 * The scenario to open with: one in the page address, else the one kept from
 * the last visit, else the baseline; and why the link could not be loaded,
 * when there was one.
 */
export async function initialScenario(scenarios: readonly BundledScenario[]): Promise<OpeningScenario> {
  let linkProblem: string | null = null;
  try {
    const text = await scenarioInAddress();
    if (text !== null) return { loaded: { text, bundled: null, source: 'scenario from the link' }, linkProblem };
  } catch (error) {
    linkProblem = (error as Error).message;
  }
  const saved = loadSavedScenario(pageStorage());
  // A bundled scenario is reloaded from the app, which may ship a newer version of it.
  const savedBundled = saved && scenarios.find((s) => s.name === saved.bundled);
  if (savedBundled) return { loaded: { text: savedBundled.text, bundled: savedBundled.name, source: `bundled scenario ${savedBundled.name}` }, linkProblem };
  if (saved) return { loaded: { text: saved.text, bundled: null, source: 'scenario kept from your last visit' }, linkProblem };
  return { loaded: baselineScenario(scenarios), linkProblem };
}
