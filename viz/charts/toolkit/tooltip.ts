/**
 * The hover tooltip: one floating element shared by every chart on the page
 * (only one can be under the pointer), created on first use. It is a polite
 * live region, so values read out as a keyboard user steps through a chart.
 * Text goes in through textContent only: labels include user-named regions.
 */

/** One line of a tooltip: a coloured key, a label and its value. */
export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
}

/** What a tooltip shows: a heading (usually the time) and rows of values. */
export interface TooltipContent {
  heading: string;
  rows: TooltipRow[];
}

let element: HTMLDivElement | null = null;

function tooltipElement(): HTMLDivElement {
  if (element && element.isConnected) return element;
  element = document.createElement('div');
  element.className = 'wavesim-tooltip';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  Object.assign(element.style, {
    position: 'fixed',
    zIndex: '1000',
    pointerEvents: 'none',
    display: 'none',
    maxWidth: '320px',
    padding: '6px 8px',
    background: 'rgba(255, 255, 255, 0.97)',
    color: '#1f2937',
    border: '1px solid #d1d5db',
    borderRadius: '4px',
    boxShadow: '0 2px 8px rgba(0, 0, 0, 0.15)',
    font: '12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
  } satisfies Partial<CSSStyleDeclaration>);
  document.body.append(element);
  return element;
}

/**
 * Shows `content` next to the viewport point (`clientX`, `clientY`), flipped
 * to the other side of it when it would leave the viewport.
 */
export function showTooltip(content: TooltipContent, clientX: number, clientY: number): void {
  const tip = tooltipElement();
  const heading = document.createElement('div');
  heading.style.fontWeight = '600';
  heading.textContent = content.heading;
  const table = document.createElement('table');
  table.style.borderCollapse = 'collapse';
  for (const row of content.rows) {
    const tr = table.insertRow();
    const key = tr.insertCell();
    key.style.padding = '0 4px 0 0';
    if (row.color) {
      const swatch = document.createElement('span');
      Object.assign(swatch.style, { display: 'inline-block', width: '9px', height: '9px', background: row.color, borderRadius: '2px' });
      key.append(swatch);
    }
    const label = tr.insertCell();
    label.textContent = row.label;
    label.style.padding = '0 10px 0 0';
    const value = tr.insertCell();
    value.textContent = row.value;
    value.style.textAlign = 'right';
    value.style.fontVariantNumeric = 'tabular-nums';
  }
  tip.replaceChildren(heading, table);
  tip.style.display = 'block';
  const offset = 14;
  const { width, height } = tip.getBoundingClientRect();
  const left = clientX + offset + width > window.innerWidth ? clientX - offset - width : clientX + offset;
  const top = clientY + offset + height > window.innerHeight ? clientY - offset - height : clientY + offset;
  tip.style.left = `${Math.max(0, left)}px`;
  tip.style.top = `${Math.max(0, top)}px`;
}

/** Hides the tooltip (whichever chart showed it). */
export function hideTooltip(): void {
  if (element) element.style.display = 'none';
}
