/**
 * Streaming JSONL for the engine commands (triage, lint, draft, alerts): one shared
 * reader so every command treats bad input the same way (file, line, what is wrong).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { InputError } from '../core/errors.js';

/** Lines per yielded batch. */
const BATCH = 256;

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
  let lineNo = 0;
  stream.setEncoding('utf8');
  const handle = (text: string, out: Array<JsonlLine<T>>) => {
    lineNo++;
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
  for await (const chunk of stream as AsyncIterable<string>) {
    const data = carry + chunk;
    let out: Array<JsonlLine<T>> = [];
    let start = 0;
    let nl = data.indexOf('\n', start);
    while (nl !== -1) {
      handle(data.charCodeAt(nl - 1) === 13 ? data.slice(start, nl - 1) : data.slice(start, nl), out);
      start = nl + 1;
      nl = data.indexOf('\n', start);
      // Small batches: parsed lines are processed while still in the young generation
      // (a whole 1 MB chunk of parsed objects survived scavenges and cost GC time).
      if (out.length === BATCH) {
        yield out;
        out = [];
      }
    }
    carry = data.slice(start);
    if (out.length) yield out;
  }
  if (carry.length) {
    const out: Array<JsonlLine<T>> = [];
    handle(carry, out);
    if (out.length) yield out;
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
