/**
 * Streaming JSONL for the engine commands (triage, lint, draft, alerts): one shared
 * reader so every command treats bad input the same way (file, line, what is wrong).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { InputError } from '../core/errors.js';

export interface JsonlLine<T> {
  line: number;
  value: T;
}

export function openInput(file: string): { name: string; stream: Readable } {
  if (file === '-') return { name: '<stdin>', stream: process.stdin };
  return { name: file, stream: createReadStream(file, { highWaterMark: 1 << 20 }) };
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
    const out: Array<JsonlLine<T>> = [];
    let start = 0;
    let nl = data.indexOf('\n', start);
    while (nl !== -1) {
      handle(data.charCodeAt(nl - 1) === 13 ? data.slice(start, nl - 1) : data.slice(start, nl), out);
      start = nl + 1;
      nl = data.indexOf('\n', start);
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

/** Validates with a zod schema, naming the field that is wrong. */
export function zodParser<S extends z.ZodType>(schema: S): (raw: unknown) => z.infer<S> {
  return (raw) => {
    const r = schema.safeParse(raw);
    if (!r.success) throw new Error(describeZodError(r.error));
    return r.data;
  };
}

/** Buffered stdout writer: one write per batch, respecting back-pressure. */
export class OutputBuffer {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly out: NodeJS.WritableStream = process.stdout) {}
  push(line: string): void {
    this.parts.push(line);
    this.size += line.length;
  }
  async flush(force = false): Promise<void> {
    if (!force && this.size < 1 << 16) return;
    if (this.parts.length === 0) return;
    const data = this.parts.join('\n') + '\n';
    this.parts = [];
    this.size = 0;
    if (!this.out.write(data)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }
}
