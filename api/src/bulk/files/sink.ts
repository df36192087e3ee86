// A file written in order with backpressure: each write resolves once the stream has room, so a
// fast producer (the export's database cursor) waits for the disk instead of piling up chunks.

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';

export class FileSink {
  private failure: Error | null = null;

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
  ) {
    // Kept so that an error between two writes cannot go unhandled; the next call throws it.
    stream.on('error', (error) => {
      this.failure ??= error;
    });
  }

  static async open(path: string): Promise<FileSink> {
    const stream = createWriteStream(path);
    await once(stream, 'open');
    return new FileSink(path, stream);
  }

  /** Writes a chunk the caller no longer changes (the stream keeps a reference until flushed). */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Flushes and closes; the size of the file in bytes. */
  async close(): Promise<number> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await finished(this.stream);
    return this.stream.bytesWritten;
  }

  /** Closes and deletes the file. */
  async abort(): Promise<void> {
    this.stream.destroy();
    await finished(this.stream).catch(() => undefined);
    await rm(this.path, { force: true });
  }
}
