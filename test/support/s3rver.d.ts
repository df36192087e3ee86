// The part of @20minutes/s3rver (an S3-compatible server for tests, no types of its own) that
// test/bulk-storage.test.ts uses.
declare module '@20minutes/s3rver' {
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    configureBuckets?: { name: string }[];
  }

  /** An S3 event notification: one record per object created or removed. */
  interface S3rverEvent {
    Records: { eventName: string; s3: { object: { key: string } } }[];
  }

  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    on(event: 'event', listener: (event: S3rverEvent) => void): this;
  }
}
