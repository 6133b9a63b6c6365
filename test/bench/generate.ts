/**
 * Deterministic synthetic mentions for benchmarks: posts in the eight languages built
 * from fragments (complaints, praise, questions, chit-chat), with reach and metrics
 * spread like social data (most small, a few huge). 80% carry the platform's `lang`.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from '../../src/core/random.js';

const FRAGMENTS: Record<string, string[]> = {
  en: ['@KestrelMobile my order never arrived', 'still waiting for a refund', 'the app keeps crashing', 'great job, only 9 hours late 🙄', 'love the new phone!', 'do you ship to Cyprus?', 'my charger caught fire', 'nobody answers the phone', 'thanks for the quick help', 'is anyone else\'s internet down?', 'I have contacted my lawyer', 'what a lovely morning'],
  el: ['@KestrelMobile δεν είμαι ευχαριστημένος', 'η παραγγελία μου δεν ήρθε ακόμα', 'πάλι δεν λειτουργεί το ίντερνετ', 'ευχαριστώ πολύ για τη βοήθεια', 'κάνετε αποστολές στην Κρήτη;', 'ο φορτιστής έπιασε φωτιά'],
  hi: ['@KestrelMobile mera order nahi aaya', 'network phir se down hai', 'bahut badhiya service, dhanyawad', 'मेरा ऑर्डर अभी तक नहीं आया', 'बहुत खराब सेवा', 'kya aap Jaipur mein delivery karte ho?'],
  hu: ['@KestrelMobile nem működik az internet', 'két hete várok a csomagra', 'köszönöm a gyors segítséget', 'szállítotok Debrecenbe is?', 'kigyulladt a töltő'],
  es: ['@KestrelMobile llevo dos semanas esperando', 'no funciona el internet', 'gracias por la ayuda', '¿hacéis envíos a Canarias?', 'me cobraron dos veces'],
  de: ['@KestrelMobile ich warte seit zwei Wochen', 'kein Internet seit heute früh', 'danke für die schnelle Hilfe', 'liefert ihr nach Österreich?', 'das Ladegerät hat Feuer gefangen'],
  fr: ['@KestrelMobile j\'attends ma commande', 'panne depuis ce matin', 'merci pour votre aide rapide', 'vous livrez en Belgique ?', 'je vais porter plainte'],
  pt: ['@KestrelMobile estou esperando meu pedido', 'sem internet desde cedo', 'obrigado pela ajuda rápida', 'vocês entregam em Portugal?', 'me cobraram duas vezes'],
};
const LANGS = Object.keys(FRAGMENTS);

const rng = seededRandom;

export async function generateMentions(file: string, count: number, seed = 42): Promise<void> {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out = createWriteStream(file);
  const base = Date.UTC(2026, 10, 20, 0, 0, 0);
  let buf: string[] = [];
  for (let i = 0; i < count; i++) {
    const lang = pick(LANGS);
    const frags = FRAGMENTS[lang]!;
    const n = 1 + Math.floor(rand() * 3);
    const text = Array.from({ length: n }, () => pick(frags)).join('. ') + (rand() < 0.1 ? ` #${i % 97} https://t.co/x${i}` : '');
    const followers = Math.floor(Math.pow(10, rand() * 6.5));
    const m = {
      id: `x:${1_900_000_000_000_000_000n + BigInt(i)}`,
      platform: 'x',
      url: `https://x.com/u${i % 5000}/status/${i}`,
      text,
      createdAt: new Date(base + i * 1000).toISOString(),
      ...(rand() < 0.8 ? { lang } : {}),
      author: { id: String(i % 50_000), handle: `u${i % 50_000}`, name: `User ${i % 50_000}`, followers, verified: followers > 500_000 },
      metrics: { likes: Math.floor(rand() * followers * 0.01), reposts: Math.floor(rand() * followers * 0.002), replies: Math.floor(rand() * 5), quotes: 0, views: Math.floor(rand() * followers) },
      inReplyToId: null,
      conversationId: `x:${i}`,
    };
    buf.push(JSON.stringify(m));
    if (buf.length === 1000) {
      if (!out.write(buf.join('\n') + '\n')) await once(out, 'drain');
      buf = [];
    }
  }
  if (buf.length) out.write(buf.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
}
