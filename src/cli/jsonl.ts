/**
 * Streaming JSONL for the engine commands (triage, lint, draft, alerts): one shared
 * reader so every command treats bad input the same way (file, line, what is wrong).
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { InputError } from '../core/errors.js';

/** Lines per yielded batch. */
const BATCH = 256;
/** Bytes per read of readJsonlFile (grows for longer lines). */
const READ_SIZE = 1 << 16;

export interface JsonlLine<T> {
  line: number;
  value: T;
}

export function openInput(file: string): { name: string; stream: Readable } {
  if (file === '-') return { name: '<stdin>', stream: process.stdin };
  return { name: file, stream: createReadStream(file, { highWaterMark: 1 << 16 }) };
}

/** Describes the first zod issue as "field: message". */
export function describeZodError(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Parses one line into `out` (blank lines skipped); throws InputError naming the line. */
function lineHandler<T>(name: string, parse: (raw: unknown) => T): LineHandler<T> {
  return (text, lineNo, out) => {
    if (text.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new InputError(name, lineNo, `not valid JSON (${(e as Error).message})`);
    }
    try {
      out.push({ line: lineNo, value: parse(raw) });
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(name, lineNo, (e as Error).message);
    }
  };
}

type LineHandler<T> = (text: string, lineNo: number, out: Array<JsonlLine<T>>) => void;

/**
 * The complete lines of `data` (up to its last newline), handled in small batches: parsed
 * lines are processed while still in the young generation (a whole 1 MB chunk of parsed
 * objects survived scavenges and cost GC time). Returns where the unfinished rest begins.
 */
function* batchesOf<T>(data: string, line: { no: number }, handle: LineHandler<T>): Generator<Array<JsonlLine<T>>, number> {
  let out: Array<JsonlLine<T>> = [];
  let start = 0;
  let nl = data.indexOf('\n');
  while (nl !== -1) {
    handle(data.charCodeAt(nl - 1) === 13 ? data.slice(start, nl - 1) : data.slice(start, nl), ++line.no, out);
    start = nl + 1;
    nl = data.indexOf('\n', start);
    if (out.length === BATCH) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
  return start;
}

/**
 * Yields parsed, validated lines in batches (for throughput); blank lines are skipped.
 * Throws InputError at the first line that is not JSON or fails `parse`.
 */
export async function* readJsonl<T>(
  name: string,
  stream: Readable,
  parse: (raw: unknown) => T,
): AsyncGenerator<Array<JsonlLine<T>>> {
  let carry = '';
  const line = { no: 0 };
  stream.setEncoding('utf8');
  const handle = lineHandler(name, parse);
  for await (const chunk of stream as AsyncIterable<string>) {
    const data = carry + chunk;
    const start = yield* batchesOf(data, line, handle);
    carry = data.slice(start);
  }
  if (carry.length) {
    const out: Array<JsonlLine<T>> = [];
    handle(carry, ++line.no, out);
    if (out.length) yield out;
  }
}

/**
 * readJsonl() for a file path: the same lines, batches and errors, read with plain
 * synchronous reads into one reused buffer and decoded up to the last newline of each
 * read (a newline byte never falls inside a UTF-8 sequence). No stream machinery and
 * no string decoder: the triage command reads large files this way. Anything but a
 * regular file (a pipe, /dev/stdin, a directory, a missing file) goes to readJsonl().
 */
export async function* readJsonlFile<T>(path: string, parse: (raw: unknown) => T): AsyncGenerator<Array<JsonlLine<T>>> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    fd = -1;
  }
  if (fd === -1 || !fstatSync(fd).isFile()) {
    // Not a regular file (or cannot open it): the stream reader, with its usual errors.
    if (fd !== -1) closeSync(fd);
    yield* readJsonl(path, openInput(path).stream, parse);
    return;
  }
  const handle = lineHandler(path, parse);
  try {
    let buf = Buffer.allocUnsafe(READ_SIZE);
    let have = 0; // bytes of an unfinished line kept at the start of buf
    const line = { no: 0 };
    for (;;) {
      if (have === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, have);
        buf = bigger;
      }
      const got = readSync(fd, buf, have, buf.length - have, null);
      const end = have + got;
      if (got === 0) {
        if (end > 0) {
          const out: Array<JsonlLine<T>> = [];
          handle(buf.toString('utf8', 0, end), ++line.no, out);
          if (out.length) yield out;
        }
        return;
      }
      const last = buf.lastIndexOf(10, end - 1);
      if (last < have) {
        have = end; // no newline yet: read more of this line
        continue;
      }
      yield* batchesOf(buf.toString('utf8', 0, last + 1), line, handle);
      buf.copy(buf, 0, last + 1, end);
      have = end - last - 1;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Like zodParser, but values that `accepts` recognises skip zod (for throughput: zod
 * costs more per line than JSON.parse). `accepts` must never say yes where the schema
 * says no; on no, zod decides and writes the error message, so both stay zod's.
 */
export function fastParser<S extends z.ZodType>(accepts: (raw: unknown) => raw is z.infer<S>, schema: S): (raw: unknown) => z.infer<S> {
  const slow = zodParser(schema);
  return (raw) => (accepts(raw) ? raw : slow(raw));
}

/** Validates with a zod schema, naming the field that is wrong. */
export function zodParser<S extends z.ZodType>(schema: S): (raw: unknown) => z.infer<S> {
  return (raw) => {
    const r = schema.safeParse(raw);
    if (!r.success) throw new Error(describeZodError(r.error));
    return r.data;
  };
}

/**
 * Buffered stdout writer: lines are appended to one string (V8 keeps it as a rope, no
 * array of parts to join) and written in pieces of `threshold` characters, respecting back-pressure.
 */
export class OutputBuffer {
  private data = '';
  constructor(
    private readonly out: NodeJS.WritableStream = process.stdout,
    private readonly threshold = 1 << 16,
  ) {}
  push(line: string): void {
    this.data += line + '\n';
  }
  async flush(force = false): Promise<void> {
    if (this.data.length === 0 || (!force && this.data.length < this.threshold)) return;
    const data = this.data;
    this.data = '';
    if (!this.out.write(data)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }
}
