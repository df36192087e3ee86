// The Parquet encoder of a bulk export, on a worker thread (parquet.ts says why). Plain JavaScript
// so that it loads the same way wherever the API runs (node, tsx, Vitest); it sees only
// hyparquet-writer and the file. It answers { ok: true } once the file is open, then messages from
// the export, one at a time, each answered once:
// { group: { columnData, rowGroupSize } } -> { ok: true } once the group is in the file;
// { finish: true } -> { ok: true, bytes } once the file is closed; any failure -> { error };
// { abort: true } closes the file and ends the thread (the export deletes the file).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';

const stream = createWriteStream(workerData.path, { flags: 'w' });
let failure = null;
stream.on('error', (error) => {
  if (!failure && stream.pending) parentPort.postMessage({ error: error.message });
  failure ??= error;
});
stream.on('open', () => parentPort.postMessage({ ok: true }));

async function sink(chunk) {
  if (failure) throw failure;
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** hyparquet-writer's buffer, handed to the file after each row group (copied: it is reused). */
class SinkWriter extends ByteWriter {
  constructor() {
    super(1 << 20);
  }

  flush() {
    const chunk = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    return sink(chunk);
  }

  finish() {
    return this.flush();
  }
}

const parquet = new ParquetWriter({
  writer: new SinkWriter(),
  schema: workerData.schema,
  createdBy: workerData.createdBy,
});

parentPort.on('message', async (message) => {
  if (message.abort) {
    stream.destroy();
    await finished(stream).catch(() => undefined);
    process.exit(0);
  }
  try {
    if (message.group) {
      await parquet.write(message.group);
      parentPort.postMessage({ ok: true });
    } else if (message.finish) {
      await parquet.finish();
      if (failure) throw failure;
      stream.end();
      await finished(stream);
      parentPort.postMessage({ ok: true, bytes: stream.bytesWritten });
    }
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
