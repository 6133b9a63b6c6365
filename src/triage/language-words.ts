/**
 * Function words and tell-tale letters for Latin-script language identification.
 * Frequent, short, mostly unambiguous words per language; a word shared by several
 * languages votes for each of them. Reviewed like code: add words, keep them frequent.
 */
const WORDS: Record<string, string> = {
  en: `the and is are was were to of in on for with my your you it this that not no have has had
    be been do does did don't can't won't i'm it's what why how when where who will would could should
    just but so get got from at they we he she me them our an or if all there their about any anyone
    still again today hours days never ever thanks thank please help service order account`,
  es: `el la los las de del y que en un una es por para con no mi su se lo le al pero muy más como
    está están estoy gracias hola qué porque cuando donde también ya hay tengo tiene ser fue eso esto
    nada todo bien mal nunca siempre hoy pedido cuenta servicio ayuda favor`,
  de: `der die das und ist nicht ich mit zu den dem ein eine einen auf für sie es wir ihr mein meine
    sich von auch noch schon aber wie was warum wann wo kein keine bin sind war hat habe haben wird
    nur mal jetzt heute immer nie danke bitte seit bei nach über sehr`,
  fr: `le la les de des du et est une un pas je vous il elle nous ils en pour que qui avec sur mon ma mes
    ne ce cette sont suis ai au aux mais très plus tout rien jamais toujours merci bonjour pourquoi
    comment quand où depuis encore déjà c'est j'ai n'est commande compte aide`,
  pt: `o a os as de do da dos das e é não um uma para com que em no na nos nas meu minha seu sua por
    mais muito está estou são foi ser tem tenho já também como quando onde porque obrigado obrigada
    olá nada nunca sempre hoje ainda você vocês pedido conta serviço ajuda`,
  it: `il lo gli della di che è non un una per con sono mi ti ci si anche ma come più molto questo
    quella ho hai ha abbiamo perché quando dove sempre mai oggi grazie ciao`,
  hu: `a az és is nem hogy egy van volt már még meg csak mert de ez azt ezt nagyon nincs vagyok
    lesz lett mint miért hogyan mikor hol kell sem vagy én te mi ti ők velem nekem neked köszönöm
    köszi szia rendelés fiók szolgáltatás segítség semmi soha mindig ma tegnap`,
  hi: `hai hain nahi nahin nhi kya kyu kyun kaise kab kahan mera meri mere tera teri tumhara aap aapka
    aapki hum hamara ko ka ki ke se mein me par bhi aur ya yeh ye woh wo tha thi the kar karo kiya
    raha rahe rahi gaya gayi hota hoti ho bahut bohot accha acha bura koi kuch sab abhi phir lekin
    yaar bhai ji paisa paise`,
  nl: `de het een en van ik je niet dat is op te zijn met voor maar ook wat waarom hoe nog al bij`,
};

// Letters that (almost) only one of our Latin-script languages uses; weight is per occurrence.
const LETTERS: Record<string, Array<[string, number]>> = {
  ő: [['hu', 2]],
  ű: [['hu', 2]],
  ñ: [['es', 2]],
  '¿': [['es', 2]],
  '¡': [['es', 1]],
  ß: [['de', 2]],
  ä: [['de', 1]],
  ã: [['pt', 2]],
  õ: [['pt', 2]],
  ç: [['pt', 0.5], ['fr', 0.5]],
  ê: [['pt', 0.3], ['fr', 0.5]],
  è: [['fr', 1], ['it', 0.5]],
  œ: [['fr', 2]],
  ù: [['fr', 1]],
  ë: [['fr', 0.5], ['nl', 0.5]],
  ì: [['it', 1]],
  ò: [['it', 1]],
};

function build(): Map<string, Array<[string, number]>> {
  const map = new Map<string, Array<[string, number]>>();
  for (const [lang, list] of Object.entries(WORDS)) {
    for (const w of list.split(/\s+/)) {
      if (!w) continue;
      const entry = map.get(w) ?? [];
      entry.push([lang, 1]);
      map.set(w, entry);
    }
  }
  // A word shared by n languages is weaker evidence for each.
  for (const entry of map.values()) {
    const share = 1 / entry.length;
    for (const e of entry) e[1] = share;
  }
  return map;
}

export const LATIN_WORDS: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>> = build();
export const LATIN_LETTERS: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>> = new Map(Object.entries(LETTERS));
