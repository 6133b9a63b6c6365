/**
 * Topic signatures on the topics added with the concept-stem method (calls, SMS,
 * delivery): one "tune2" wording per language, written for these tests, plus look-alikes
 * that share a service noun but state no problem. The eval's held-out bank
 * (fixtures/alerts/heldout2.ts) is not used here.
 */
import { describe, expect, it } from 'vitest';
import { topicsOf } from '../../src/alerts/topics.js';

const CASES: Record<string, readonly string[]> = {
  calls_failing: [
    'my calls cut out after a few seconds every single time',
    'no puedo llamar a nadie, la llamada se corta',
    'Anrufe gehen nicht raus, seit dem Morgen',
    "mes appels ne passent pas depuis hier soir",
    'as chamadas estão a cair o dia todo',
    'οι κλήσεις δεν συνδέονται, κόβονται αμέσως',
    'nem lehet hívást indítani, a hívás megszakad',
    'कोई भी कॉल नहीं लग रही',
    'call connect hi nahi ho rahi kal raat se',
  ],
  sms_missing: [
    'SMS messages are not arriving at all today',
    'no me llega ningún SMS del banco',
    'ich bekomme keine SMS mehr',
    "les SMS n'arrivent plus sur mon portable",
    'as SMS não chegam, nem o código do banco',
    'δεν έρχονται τα μηνύματα SMS από το πρωί',
    'nem kapom meg az SMS-eket',
    'SMS नहीं आ रहे हैं',
    'otp nahi aa raha sms pe',
  ],
  delivery_missing: [
    'my parcel still has not arrived, it was due last week',
    'el pedido no ha llegado todavía',
    'mein Paket ist immer noch nicht da',
    "ma commande n'est toujours pas arrivée",
    'a encomenda ainda não chegou',
    'η παραγγελία δεν έχει έρθει ακόμα',
    'a csomag még mindig nem érkezett meg',
    'मेरा पार्सल अभी तक नहीं आया',
    'order abhi tak nahi aaya',
  ],
};

const LOOKALIKES = [
  'support never called me back',
  'love your network of shops, no appointment needed',
  'thanks, the call centre sorted my issue in minutes',
  'got my parcel today, no problems at all',
  'the SMS alerts for my bill are handy',
  'kein Problem mit den Anrufen, danke',
  'nincs gond az SMS-ekkel',
  'koi dikkat nahi, order time pe aa gaya',
  'no more double checking my bill, the app shows it all',
  'el mensaje de error desapareció, gracias',
];

describe('topic signatures: calls, SMS, delivery', () => {
  for (const [topic, texts] of Object.entries(CASES)) {
    it(`recognises ${topic} in every language`, () => {
      for (const t of texts) expect([t, topicsOf(t)[0]]).toEqual([t, topic]);
    });
  }

  it('finds no problem in look-alikes that share a service noun', () => {
    for (const t of LOOKALIKES) expect([t, topicsOf(t)]).toEqual([t, []]);
  });

  it('keeps calls, SMS and data apart', () => {
    expect(topicsOf('no signal, no data, calls dropping')[0]).toBe('connectivity');
    expect(topicsOf('texts not delivered since noon')[0]).toBe('sms_missing');
    expect(topicsOf('calls keep dropping')[0]).toBe('calls_failing');
  });
});
