/** Whole-engine check on the tune split's inner fold with a model trained by INNER=1 (experiments only). */
import { readFileSync } from 'node:fs';
import { extractFeatures } from '../src/triage/features.js';
import { fnv1a } from '../src/triage/hashing.js';
import { detectLanguage } from '../src/triage/language.js';
import { LinearModel, type ModelFile } from '../src/triage/model.js';
import { classify } from '../src/triage/classify.js';
import { COMPLAINTS_FILE, SENTIMENT_FILE, loadLabeled, type ComplaintGold, type SentimentGold } from '../test/eval/data.js';
import { macroF1 } from '../test/eval/metrics.js';
import { splitOf } from '../test/eval/split.js';

const model = new LinearModel(JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ModelFile);
const inner = (id: string) => splitOf(id) === 'tune' && fnv1a('inner:' + id) % 5 === 0;
const sent = loadLabeled<SentimentGold>(SENTIMENT_FILE).filter((r) => inner(r.mention.id));
const rows: string[] = [];
let mRaw = 0, mEng = 0;
const langs = [...new Set(sent.map((r) => r.gold.lang))].sort();
for (const l of langs) {
  const rs = sent.filter((r) => r.gold.lang === l);
  const raw: string[] = [], eng: string[] = [];
  for (const r of rs) {
    const f = extractFeatures(r.mention.text, detectLanguage(r.mention.text, r.mention.lang));
    const o = model.predict(f);
    const s = o.sentiment;
    raw.push(s.negative >= s.neutral && s.negative >= s.positive ? 'negative' : s.positive >= s.neutral ? 'positive' : 'neutral');
    eng.push(classify(f, o, true).sentiment);
  }
  const g = rs.map((r) => r.gold.sentiment);
  const a = macroF1(raw, g), b = macroF1(eng, g);
  mRaw += a / langs.length; mEng += b / langs.length;
  rows.push(`${l} ${a.toFixed(3)}/${b.toFixed(3)}`);
}
console.log(`inner fold sentiment raw/engine: mean ${mRaw.toFixed(4)}/${mEng.toFixed(4)}: ${rows.join(', ')}`);
const comp = loadLabeled<ComplaintGold>(COMPLAINTS_FILE).filter((r) => inner(r.mention.id));
const pred = comp.map((r) => {
  const f = extractFeatures(r.mention.text, detectLanguage(r.mention.text, r.mention.lang));
  const o = model.predict(f);
  return classify(f, o, true).kind === 'complaint';
});
console.log(`inner fold complaints (n=${comp.length}) macro F1 ${macroF1(pred, comp.map((r) => r.gold.complaint)).toFixed(4)}`);
