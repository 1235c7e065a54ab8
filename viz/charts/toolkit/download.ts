/**
 * Saving a chart: as an SVG file, or as a PNG drawn from that SVG into a
 * canvas (at twice the size by default, for sharp pictures on slides).
 */
import { standaloneSvg, type SvgExportOptions } from './svgText.js';

/** Offers `blob` to the user as a download named `filename`. */
function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name for a chart download from the scenario name and the view id,
 * written like the CLI's output folders: lower case, anything other than
 * letters, digits, `.` and `_` becomes `-`.
 */
export function exportFileName(scenarioName: string, viewId: string, extension: 'svg' | 'png'): string {
  const safe = `${scenarioName}-${viewId}`.toLowerCase().replace(/[^a-z0-9._]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || viewId}.${extension}`;
}

/** Downloads `svg` as a standalone SVG file. */
export function downloadSvg(svg: SVGSVGElement, filename: string, options: SvgExportOptions = {}): void {
  save(new Blob([standaloneSvg(svg, options).text], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** Downloads `svg` as a PNG `scale` times its size; resolves once the file is offered. */
export function downloadPng(svg: SVGSVGElement, filename: string, scale = 2, options: SvgExportOptions = {}): Promise<void> {
  const { text, width, height } = standaloneSvg(svg, options);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise<void>((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no 2D canvas to draw the PNG in'));
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob((blob) => {
        if (!blob) return reject(new Error('the browser could not encode the PNG'));
        save(blob, filename);
        resolve();
      }, 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart could not be drawn as an image'));
    };
    image.src = url;
  });
}
