/**
 * A chart as a standalone SVG file: styles that come from the page's CSS are
 * written onto the elements (a file has no stylesheet), the interactive
 * layers (brush, crosshair) are left out, the chart's accessible name becomes
 * the file's <title>, and a background and an optional visible title are
 * added so the picture reads on its own.
 */

/** Options for exported pictures. */
export interface SvgExportOptions {
  /** A heading drawn above the chart (e.g. "Throughput — Baseline, seed 42"). */
  title?: string;
  /** Background colour (default white; "none" for transparent). */
  background?: string;
}

/** An exported picture and its size in px. */
export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/** Properties that page CSS may set on chart elements and that a file must carry. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 28;

/**
 * Writes each element's computed style onto its copy, property by property
 * where it differs from the parent's (the rest is inherited), so the file
 * looks as the page does without repeating every property on every element.
 * Properties the element sets as attributes are left to the attribute: the
 * charts draw with attributes, and an engine that does not reflect them in
 * computed styles (jsdom) would otherwise overwrite them.
 */
function inlineStyles(original: SVGSVGElement, copy: SVGSVGElement): void {
  if (typeof getComputedStyle !== 'function') return;
  const originals = [original, ...original.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((el, i) => {
    const style = getComputedStyle(el);
    computed.set(el, style);
    const parent = el === original ? undefined : computed.get(el.parentElement!);
    const declarations = STYLE_PROPERTIES.filter(
      (p) => !el.hasAttribute(p) && style.getPropertyValue(p) && style.getPropertyValue(p) !== parent?.getPropertyValue(p),
    ).map((p) => `${p}:${style.getPropertyValue(p)}`);
    if (declarations.length) copies[i].setAttribute('style', declarations.join(';'));
    else copies[i].removeAttribute('style');
  });
}

/** `svg` as a standalone picture, with its text and size. */
export function standaloneSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): StandaloneSvg {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  for (const el of copy.querySelectorAll('.overlay, .crosshair')) el.remove();
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const chartHeight = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const offset = options.title ? TITLE_HEIGHT : 0;
  const height = chartHeight + offset;

  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0,${offset})`);
  for (const child of [...copy.childNodes]) {
    if (child.nodeName !== 'desc') body.append(child);
  }
  const name = svg.getAttribute('aria-label');
  if (name) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = name;
    copy.prepend(title);
  }
  if (options.background !== 'none') {
    const background = document.createElementNS(SVG_NS, 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', options.background ?? 'white');
    copy.append(background);
  }
  if (options.title) {
    const heading = document.createElementNS(SVG_NS, 'text');
    heading.setAttribute('x', '8');
    heading.setAttribute('y', '19');
    heading.setAttribute('font-size', '14');
    heading.setAttribute('font-weight', '600');
    heading.textContent = options.title;
    copy.append(heading);
  }
  copy.append(body);

  // No xmlns attribute: the serializer writes the SVG namespace itself, and a second one would break the file.
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('tabindex');
  copy.removeAttribute('aria-describedby');
  copy.style.removeProperty('width');
  copy.style.removeProperty('height');
  copy.style.removeProperty('display');
  copy.style.removeProperty('overflow');
  if (!copy.getAttribute('style')) copy.removeAttribute('style');
  const text = new XMLSerializer().serializeToString(copy);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width, height };
}

/** `svg` as the text of a standalone SVG file, styles inlined. */
export function svgText(svg: SVGSVGElement, options: SvgExportOptions = {}): string {
  return standaloneSvg(svg, options).text;
}
