/**
 * A command's action that loads its module only when the command runs, like
 * a menu that lists every dish but fetches the ingredients only for the one
 * ordered: `wavesim --help` and `--version` then load neither the
 * simulation nor the scenario schema and answer at once.
 */
export function lazyAction<A extends unknown[]>(load: () => Promise<(...args: A) => unknown>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const action = await load();
    await action(...args);
  };
}
