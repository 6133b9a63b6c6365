import type { PhraseSet } from '../types.js';

export const hu: PhraseSet = {
  tag: 'hu',
  complaint: ['Sajnáljuk a kellemetlenséget, és értjük, mennyire bosszantó.', 'Sajnáljuk, hogy ezt kell tapasztalnia, nem ezt szeretnénk Önnek.'],
  steps: {
    default: ['Kérjük, {handoff} a részletekkel, és közösen megnézzük.', 'Kérjük, {handoff} néhány részlettel, szeretnénk segíteni a megoldásban.'],
    safety: ['Biztonsága érdekében kérjük, ne használja a készüléket, és {handoff}, hogy a biztonsági csapatunk segíthessen.', 'Kérjük, tartsa kikapcsolva a készüléket, és {handoff}, hogy a biztonsági csapatunk felvegye Önnel a kapcsolatot.'],
    privacy: ['Kérjük, itt ne osszon meg személyes adatot: {handoff}, és biztonságosan megnézzük.', 'Adatai védelme érdekében kérjük, {handoff}, ne itt tegye közzé őket.'],
    fraud_billing: ['Kérjük, {handoff}, és közösen átnézzük a terheléseket. Kérjük, itt ne adjon meg fiókadatot.', 'Kérjük, {handoff}, és privát üzenetben átnézzük Önnel a számlát.'],
    outage: ['Kollégáink már vizsgálják. Kérjük, {handoff} a település nevével, és megnézzük a hálózatot.', 'A hálózati csapat már dolgozik rajta. Kérjük, {handoff} a település nevével, és megnézzük a kapcsolatát.'],
    legal: ['Kérjük, {handoff}, hogy az illetékes csapat alaposan megnézze.', 'Szeretnénk ezt alaposan megnézni: kérjük, {handoff} a részletekkel.'],
    discrimination: ['Senkivel sem szabad így bánni. Kérjük, {handoff}, hogy kivizsgálhassuk, mi történt.', 'Ezt nagyon komolyan vesszük. Kérjük, {handoff} a részletekkel.'],
    harassment: ['Ezt senkinek sem kellene elviselnie. Kérjük, {handoff}, hogy kivizsgálhassuk.', 'Ezt nagyon komolyan vesszük. Kérjük, {handoff}, és írja meg, mi történt.'],
  },
  question: {
    open: ['Köszönjük a kérdést!', 'Köszönjük, hogy írt nekünk.'],
    step: ['Kérjük, {handoff} néhány részlettel, és segítünk.', 'Ha {handoff} a részletekkel, szívesen segítünk.'],
  },
  praise: {
    open: ['Nagyon köszönjük a kedves szavakat!', 'Öröm ezt olvasni, köszönjük!'],
    close: ['Továbbítjuk a kollégáknak.', 'Ez sokat jelent a csapatnak.'],
  },
  other: {
    open: ['Köszönjük, hogy írt nekünk.', 'Köszönjük az említést.'],
    step: ['Ha segíthetünk valamiben, kérjük, {handoff}.', 'Ha segítségre van szüksége, kérjük, {handoff}.'],
  },
  press: {
    open: ['Köszönjük, hogy megkeresett minket.', 'Köszönjük az üzenetét.'],
    step: ['A sajtócsapatunk felveszi Önnel a kapcsolatot: kérjük, {handoff} az elérhetőségével.', 'Kérjük, {handoff} az elérhetőségével, és a sajtócsapatunk jelentkezik.'],
  },
  handoff: { dm: 'írjon nekünk DM-ben', privateMessage: 'írjon nekünk privát üzenetet', url: 'írjon nekünk itt: {url}' },
};
