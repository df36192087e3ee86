// NDJSON: one root node per line, exactly as GraphQL execution returns it (nested objects,
// lists and connections as JSON; money and decimals as strings, instants as ISO-8601 text), so
// a line reads like the node of the same query over HTTP.
import type { ExportFileWriter } from './index.js';
import { FileSink } from './sink.js';

export async function openNdjson(path: string): Promise<ExportFileWriter> {
  const sink = await FileSink.open(path);
  return {
    async write(rows) {
      if (!rows.length) return;
      let text = '';
      for (const row of rows) text += `${JSON.stringify(row)}\n`;
      await sink.write(text);
    },
    finish: async () => ({ bytes: await sink.close() }),
    abort: () => sink.abort(),
  };
}
