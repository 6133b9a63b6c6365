/**
 * The shipped linear model (model/triage-model.json, trained by
 * scripts/train-triage.ts): sentiment probabilities and a complaint probability.
 */
import type { Sentiment } from '../core/triage.js';
import type { Features } from './features.js';
import { DIM, DIM_BITS, featurize, SENT_NEG, SENT_POS, type Sparse } from './hashing.js';
import { z } from 'zod';
import shipped from './model/triage-model.json' with { type: 'json' };

const HeadSchema = z.object({ scale: z.number().positive(), b64: z.string() });
const ModelFileSchema = z.object({
  dimBits: z.number().int(),
  complaintThreshold: z.number().min(0).max(1),
  complaintThresholdCues: z.number().min(0).max(1),
  heads: z.object({
    sentiment: HeadSchema.extend({ classes: z.tuple([z.literal('negative'), z.literal('neutral'), z.literal('positive')]) }),
    complaint: HeadSchema,
  }),
});
export type ModelFile = z.infer<typeof ModelFileSchema>;
type Head = z.infer<typeof HeadSchema>;

export interface ModelOutput {
  sentiment: Record<Sentiment, number>;
  complaint: number;
  /** The threshold that applies to `complaint` (full model for English, cues only otherwise). */
  complaintThreshold: number;
}

export class LinearModel {
  /** Interleaved per bucket: [negative, neutral, positive, complaint] (one cache line per feature). */
  private readonly w: Int8Array;
  private readonly sentScale: number;
  private readonly compScale: number;
  readonly complaintThreshold: number;
  readonly complaintThresholdCues: number;

  constructor(file: ModelFile) {
    if (file.dimBits !== DIM_BITS) throw new Error(`triage model: expected ${DIM_BITS} hash bits, file has ${file.dimBits}`);
    const decode = (h: Head) => {
      const buf = Buffer.from(h.b64, 'base64');
      if (buf.byteLength !== DIM) throw new Error(`triage model: a head has ${buf.byteLength} weights, expected ${DIM}`);
      return new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    };
    const sentBuf = Buffer.from(file.heads.sentiment.b64, 'base64');
    if (sentBuf.byteLength !== 3 * DIM) throw new Error(`triage model: sentiment head has ${sentBuf.byteLength} weights, expected ${3 * DIM}`);
    const sent = new Int8Array(sentBuf.buffer, sentBuf.byteOffset, sentBuf.byteLength);
    const comp = decode(file.heads.complaint);
    this.w = new Int8Array(4 * DIM);
    for (let j = 0; j < DIM; j++) {
      this.w[4 * j] = sent[j]!;
      this.w[4 * j + 1] = sent[DIM + j]!;
      this.w[4 * j + 2] = sent[2 * DIM + j]!;
      this.w[4 * j + 3] = comp[j]!;
    }
    this.sentScale = file.heads.sentiment.scale;
    this.compScale = file.heads.complaint.scale;
    this.complaintThreshold = file.complaintThreshold;
    this.complaintThresholdCues = file.complaintThresholdCues;
  }

  predict(f: Features): ModelOutput {
    const x: Sparse = featurize(f);
    let n = 0, u = 0, p = 0, c = 0;
    const w = this.w;
    // The complaint head learned its word weights on English only: elsewhere it reads
    // the language-neutral cues (the cues are the trailing features of x) and the bias.
    const english = f.lang === 'en';
    const from = english ? 0 : x.cueStart;
    const idx = x.idx, val = x.val, len = idx.length;
    for (let i = 0; i < len; i++) {
      const j = idx[i]! << 2;
      const v = val[i]!;
      n += w[j]! * v;
      u += w[j + 1]! * v;
      p += w[j + 2]! * v;
      if (i >= from || i === 0) c += w[j + 3]! * v;
    }
    n *= this.sentScale;
    u *= this.sentScale;
    p *= this.sentScale;
    const m = Math.max(n, u, p);
    const en = Math.exp(n - m), eu = Math.exp(u - m), ep = Math.exp(p - m);
    const z = en + eu + ep;
    // The complaint head also reads the sentiment head's answer.
    c += w[(SENT_NEG << 2) + 3]! * (en / z) + w[(SENT_POS << 2) + 3]! * (ep / z);
    return {
      sentiment: { negative: en / z, neutral: eu / z, positive: ep / z },
      complaint: 1 / (1 + Math.exp(-c * this.compScale)),
      complaintThreshold: english ? this.complaintThreshold : this.complaintThresholdCues,
    };
  }
}

/** A model file other than the shipped one (the eval's tune-split model), validated like it. */
export function modelFromJson(json: unknown): LinearModel {
  return new LinearModel(ModelFileSchema.parse(json));
}

let model: LinearModel | null = null;
export function shippedModel(): LinearModel {
  model ??= new LinearModel(ModelFileSchema.parse(shipped));
  return model;
}
