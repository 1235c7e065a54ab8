/**
 * How many pages a PDF has, read from its page objects: each page is a
 * dictionary with `/Type /Page` (the page tree's nodes say `/Pages`).
 * Chromium writes these dictionaries uncompressed, so a text search finds them.
 */

/** The number of `/Type /Page` objects in `pdf`. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
