/**
 * The results area's tabs (Run, Replications, Plan, Compare, Sensitivity, Gates):
 * one panel shows at a time. Buttons with `role="tab"` name their panel in
 * `aria-controls`; the arrow keys, Home and End move between tabs, as the
 * ARIA tabs pattern has it.
 */

/** Wires the tabs in `tablist`; `onShow` receives the id of each tab shown. Returns a function that shows a tab by id. */
export function wireTabs(tablist: HTMLElement, onShow: (tabId: string) => void): (tabId: string) => void {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const show = (tabId: string) => {
    for (const tab of tabs) {
      const selected = tab.id === tabId;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
    }
    onShow(tabId);
  };
  tablist.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
    if (tab) show(tab.id);
  });
  tablist.addEventListener('keydown', (event) => {
    const at = tabs.findIndex((tab) => tab === document.activeElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    tab.focus();
    show(tab.id);
  });
  return show;
}
