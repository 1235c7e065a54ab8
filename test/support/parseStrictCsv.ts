/**
 * A strict RFC 4180 reader for tests, stricter than any spreadsheet: records
 * end in "\n" (our files' line end), a field is either plain (no quote, CR or
 * LF in it) or quoted with "" for a quote inside, nothing may follow a
 * closing quote but a comma or the line end, and every record has as many
 * fields as the header. Any breach throws, naming the offset, so a writer
 * that leaves a CR unquoted fails where Python's csv would split the row.
 */
export function parseStrictCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not RFC 4180 at offset ${i}: ${why}`);
  };
  if (!text.endsWith('\n')) fail('the file does not end with a line end');
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) fail('a quoted field is not closed');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else field += text[i++];
        }
        if (text[i] !== ',' && text[i] !== '\n') fail('text after a closing quote');
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n') {
          if (text[i] === '"' || text[i] === '\r') fail(`a bare ${text[i] === '"' ? 'quote' : 'carriage return'} in a plain field`);
          field += text[i++];
        }
      }
      record.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      i++;
      break;
    }
    if (records.length > 0 && record.length !== records[0].length) fail(`a record of ${record.length} fields under a header of ${records[0].length}`);
    records.push(record);
  }
  return records;
}
