/**
 * Service concepts for topics nobody wrote a signature for (issue 11): a small multilingual
 * dictionary of service nouns (roaming, router/fibre/TV, checkout/payment page, password
 * reset, e-mail, customer-service line, store ...) mapped to a concept id. A concept noun
 * with a problem cue in the same clause (a generic failure word, a negated state verb, a
 * negation right before the noun, or a word of the concept's own problem: "unreachable",
 * "on hold", "closed") makes the concept a topic, so a burst of "roaming not working" in
 * five languages is one incident although no topic "roaming" was written by hand.
 *
 * Cue syntax as in cues.ts. Order matters: when a post names several concepts, the first
 * in this list wins (a "password reset e-mail" is about the password reset, not e-mail in
 * general), so every complaint of one burst lands on the same concept.
 */
import type { PerLang } from './cues.js';

export interface ConceptCues {
  id: string;
  /** Service nouns naming the concept. */
  subject: PerLang;
  /** Words that state this concept's own problem, besides the generic failure words. */
  problem?: PerLang;
  /** Extra verbs a negation turns into a failure for this concept ("nobody answers"). */
  verbs?: PerLang;
  /** False: only the concept's own problem words state its problem (a price "rise"), not failure words or negations. */
  generic?: boolean;
}

export const CONCEPT_CUES: readonly ConceptCues[] = [
  {
    id: 'voicemail',
    subject: {
      en: ['voicemail*', 'mailbox'],
      es: ['buzon*', '=voz'],
      de: ['mailbox*', 'sprachbox*'],
      fr: ['messagerie', 'repondeur*'],
      pt: ['=voz', 'voicemail'],
      el: ['τηλεφωνητ*'],
      hu: ['hangposta*'],
      hi: ['voicemail', 'वॉइसमेल'],
    },
  },
  {
    id: 'password_reset',
    subject: {
      en: ['password*', '=reset', 'passcode'],
      es: ['contrasena*', 'restablec*', 'clave'],
      de: ['passwort*', 'kennwort*', 'zurucksetz*'],
      fr: ['motdepasse', 'reinitialis*'],
      pt: ['senha*', 'palavrapasse', 'redefini*', 'repor'],
      el: ['επαναφορ*', 'προσβασ*'],
      hu: ['jelszo*', 'visszaallit*'],
      hi: ['password', 'पासवर्ड', 'रीसेट', 'reset'],
    },
    problem: { en: ['locked'], de: ['gesperrt'], fr: ['bloque*'] },
  },
  {
    id: 'email',
    subject: {
      en: ['email*', '=mail', '=mails', 'inbox'],
      es: ['correo*', 'email*'],
      de: ['=mail', '=mails', 'email*', 'e-mail*'],
      fr: ['=mail', '=mails', 'email*', 'courriel*'],
      pt: ['email*', '=mail'],
      el: ['email', 'μειλ', 'ηλεκτρονικ*'],
      hu: ['email*', 'emailt', 'levelet', 'levelek*'],
      hi: ['email', 'mail', 'ईमेल', 'मेल'],
    },
  },
  {
    id: 'checkout',
    subject: {
      en: ['checkout', '=payment', '=payments', '=pay', '=paying'],
      es: ['pago', 'pagos', 'pagar', 'pasarela', 'checkout'],
      de: ['bezahl*', 'zahlung', 'zahlungen', 'kasse', 'checkout', 'bezahlseite'],
      fr: ['paiement*', 'payer', 'checkout'],
      pt: ['pagamento*', 'pagar', 'checkout'],
      el: ['πληρωμ*', 'πληρωσ*', 'αγορας'],
      hu: ['fizetes*', 'fizetesi', 'fizetni', 'penztar*'],
      hi: ['payment', 'पेमेंट', 'भुगतान', 'checkout'],
    },
  },
  {
    id: 'support_line',
    subject: {
      en: ['hotline', 'helpline', 'support', '=care', 'callcentre', 'callcenter', 'agent*'],
      es: ['atencion', 'soporte', 'teleoperador*'],
      de: ['hotline*', 'kundenservice', 'kundendienst', 'servicehotline', 'support', 'warteschleife'],
      fr: ['hotline', '=client', 'clientele', 'conseiller*'],
      pt: ['apoio', 'atendimento', 'linha'],
      el: ['εξυπηρετησ*', 'υποστηριξ*'],
      hu: ['ugyfelszolgalat*', 'forrodrot*', 'ugyintez*'],
      hi: ['helpline', 'care', 'केयर', 'हेल्पलाइन', 'support'],
    },
    problem: {
      en: ['unreachable', '=hold', 'hangs', 'hung', 'hanging', 'nobody', '=rings', 'ringing'],
      es: ['espera', 'cuelga*', 'nadie', 'suena'],
      de: ['warteschleife', 'legt', 'niemand', 'unerreichbar', 'klingelt'],
      fr: ['injoignable', 'attente', 'raccroch*', 'personne', 'sonne'],
      pt: ['incontactavel', 'espera', 'deslig*', 'ninguem'],
      el: ['αναμονη', 'κανεις', 'κλεινει'],
      hu: ['elerhetetlen*', 'senki', 'bont*', 'varok'],
      hi: ['hold', 'uthata', 'उठाता', 'kaat*'],
    },
    verbs: {
      en: ['answer*', 'reach*', 'pick*', 'respond*', 'reply*'],
      es: ['contest*', 'atiend*', 'respond*', 'coge*'],
      de: ['erreich*', 'ran', 'antwort*', 'abgenommen', 'meldet'],
      fr: ['repond*', 'decroch*', 'joindre'],
      pt: ['atende*', 'respond*'],
      el: ['απαντα*', 'σηκων*'],
      hu: ['valaszol*', 'veszi', 'elerhet*'],
      hi: ['jawab', 'uthata', 'लग'],
    },
  },
  {
    id: 'sim_activation',
    subject: {
      en: ['esim*', 'activat*', 'porting', '=port'],
      es: ['esim*', 'activacion*', 'activar*', 'portabilidad'],
      de: ['esim*', 'aktivier*', 'rufnummernmitnahme', 'portierung'],
      fr: ['esim*', 'activation*', 'activer', 'portabilite'],
      pt: ['esim*', 'ativacao', 'ativar', 'portabilidade'],
      el: ['esim*', 'ενεργοποι*', 'φορητοτητα'],
      hu: ['esim*', 'aktival*', 'szamhordoz*'],
      hi: ['esim*', 'एक्टिवेशन', 'activation', 'activate', '=port'],
    },
  },
  {
    id: 'topup',
    subject: {
      en: ['topup*', 'recharg*', 'prepaid'],
      es: ['recarga*', 'prepago'],
      de: ['aufladen', 'aufladung*', 'prepaid', 'guthaben'],
      fr: ['recharg*', 'prepaye'],
      pt: ['carregamento*', 'prepago'],
      el: ['ανανεωσ*', 'καρτοκινητ*'],
      hu: ['feltolt*'],
      hi: ['recharge', 'रिचार्ज', 'prepaid'],
    },
  },
  {
    // Round 2 (tune4): refunds not received, cancellations not processed, technician visits missed.
    id: 'refund',
    subject: {
      en: ['refund*', 'reimburs*'],
      es: ['reembols*'],
      de: ['erstattung*', 'ruckerstattung*', 'ruckzahlung*', 'gutschrift*'],
      fr: ['rembours*'],
      pt: ['reembols*', 'estorno*'],
      el: ['επιστροφη', 'αποζημιωσ*'],
      hu: ['visszaterit*', 'visszautal*'],
      hi: ['refund*', 'रिफंड'],
    },
    problem: { en: ['slow'], es: ['lento'], de: ['lahm', 'langsam'], fr: ['lent*'], pt: ['lento*'], el: ['αργ*'], hu: ['lassu', 'csigalassu'], hi: ['kachua', 'slow'] },
  },
  {
    id: 'cancellation',
    subject: {
      en: ['cancel', 'cancellation*', 'cancelling', 'canceling'],
      es: ['=baja', 'cancelacion*', 'cancelar'],
      de: ['kundig*', 'vertragsende'],
      fr: ['resili*'],
      pt: ['cancelament*', 'cancelar'],
      el: ['ακυρωσ*'],
      hu: ['felmond*'],
      hi: ['cancel', 'cancellation', 'कैंसल'],
    },
    problem: {
      en: ['active', 'ignored', 'charging', 'bill'],
      es: ['activo', 'activa', 'cobrando', 'ignor*'],
      de: ['aktiv', 'ignoriert', 'bucht', 'abgebucht'],
      fr: ['actif', 'active', 'ignor*', 'facturez', 'preleve*'],
      pt: ['ativo', 'ativa', 'cobrar', 'ignor*'],
      el: ['ενεργ*', 'χρεων*'],
      hu: ['aktiv', 'terhel*'],
      hi: ['active', 'kat'],
    },
  },
  {
    id: 'technician',
    subject: {
      en: ['technician*', 'engineer*', 'installer*', '=tech'],
      es: ['tecnico*', 'instalador*'],
      de: ['techniker*', 'monteur*', 'installateur*'],
      fr: ['technicien*', 'installateur*'],
      pt: ['tecnico*', 'instalador*'],
      el: ['τεχνικ*'],
      hu: ['szerelo*', 'technikus*'],
      hi: ['technician', 'engineer', 'installer', 'टेक्नीशियन', 'मिस्त्री', 'mistri'],
    },
    problem: { en: ['missed', 'no-show'], es: ['perdida'], de: ['verpasst*'], fr: ['=rate'], pt: ['falhad*'], el: ['χαμεν*'], hu: ['elmarad*'], hi: ['=miss'] },
    verbs: { en: ['show*', 'came', 'turned', 'appear*'], es: ['vino', 'vinieron', 'aparec*', 'vien*'], de: ['kam', 'erschien*'], fr: ['venu', 'pass*'], pt: ['veio', 'aparec*'], el: ['ηρθε', 'ηρθαν', 'εμφανιστ*'], hu: ['jott', 'jon'], hi: ['aaya', 'aya', 'आया'] },
  },
  {
    id: 'roaming',
    subject: {
      en: ['roaming', 'abroad'],
      es: ['roaming', 'itineranc*', 'extranjero'],
      de: ['roaming*', 'ausland'],
      fr: ['roaming', 'itinerance', 'etranger'],
      pt: ['roaming', 'estrangeiro'],
      el: ['περιαγωγ*', 'roaming', 'εξωτερικο'],
      hu: ['roaming*', 'barangol*', 'kulfold*'],
      hi: ['roaming', 'रोमिंग', 'विदेश', 'videsh'],
    },
  },
  {
    // Invoices that do not show up or cannot be downloaded (a double charge or a price rise is its own topic).
    id: 'invoice',
    subject: {
      en: ['invoice*', '=bill', '=bills', 'statement*'],
      es: ['factura*'],
      de: ['rechnung*'],
      fr: ['facture*'],
      pt: ['fatura*'],
      el: ['λογαριασμος', 'λογαριασμο', 'λογαριασμου'],
      hu: ['szamla', 'szamlat', 'szamlam*'],
      hi: ['bill', 'बिल'],
    },
    verbs: {
      en: ['download*'],
      es: ['descarg*'],
      de: ['herunterlad*', 'runterlad*'],
      fr: ['telecharg*'],
      pt: ['descarreg*', 'baixar'],
      el: ['κατεβασ*', 'κατεβαζ*'],
      hu: ['letolt*'],
      hi: ['download', 'डाउनलोड'],
    },
  },
  {
    // Home services: fixed broadband, router, TV box and channels.
    id: 'home_broadband',
    subject: {
      en: ['router*', 'modem*', 'fibre', 'fiber', '=tv', 'tvbox', 'channel*'],
      es: ['router', 'fibra', '=tele', 'television', 'decodificador', 'canal', 'canales'],
      de: ['router*', 'glasfaser*', 'fernseh*', 'tvbox', '=sender', 'sportsender'],
      fr: ['box', 'fibre', '=tele', 'television', 'decodeur', 'chaine*'],
      pt: ['router', 'fibra', 'box', 'televisao', 'canal', 'canais'],
      el: ['ρουτερ', 'router', 'ινα', 'οπτικη', 'τηλεορασ*', 'αποκωδικοποιητ*', 'καναλι*'],
      hu: ['router*', 'optika', 'kabelnet*', '=teve', 'televizio*', 'tevecsatorn*', 'csatorn*', 'sportcsatorn*'],
      hi: ['router', 'fibre', 'fiber', 'फाइबर', 'राउटर', 'टीवी', 'tv', 'चैनल', 'channel'],
    },
    problem: {
      en: ['=red', 'reboot*', 'losing', 'missing', 'black'],
      es: ['roja', 'faltan', 'negro'],
      de: ['=rot', 'fehlt', 'fehlen', 'schwarz'],
      fr: ['rouge', 'disparu*', 'noir*'],
      pt: ['vermelha', 'perde', 'desaparece*', 'preto*'],
      el: ['κοκκινο', 'χανει', 'λειπ*', 'μαυρ*'],
      hu: ['piros*', 'elveszti', 'hianyz*', 'elsotet*'],
      hi: ['red', 'गायब', 'gayab'],
    },
  },
  {
    id: 'store',
    subject: {
      en: ['=store', '=stores', '=shop', '=shops'],
      es: ['tienda', 'tiendas'],
      de: ['filiale*', '=shop', 'geschaft'],
      fr: ['boutique*', 'magasin*'],
      pt: ['loja', 'lojas'],
      el: ['καταστημα*'],
      hu: ['bolt', 'uzlet*'],
      hi: ['store', 'स्टोर', 'dukaan', 'दुकान'],
    },
    problem: { en: ['closed', 'shut', 'locked'], es: ['cerrad*'], de: ['geschlossen'], fr: ['ferme', 'fermee', 'fermes'], pt: ['fechad*'], el: ['κλειστ*'], hu: ['zarva'], hi: ['बंद', 'band'] },
  },
  {
    // Price rises: only rise words state the problem ("no price shown" is not one).
    id: 'price_rise',
    generic: false,
    subject: {
      en: ['price*', 'pricing', '=plan', 'tariff*', 'bill'],
      es: ['precio*', 'cuota', 'tarifa*'],
      de: ['preis*', 'tarif*', 'grundgebuhr*'],
      fr: ['prix', 'forfait', 'tarif*', 'abonnement'],
      pt: ['preco*', 'mensalidade', 'tarifario'],
      el: ['τιμ*', 'πακετ*'],
      hu: ['aremel*', 'havidij*', 'dij*', 'tarifa*'],
      hi: ['price', 'कीमत', 'प्लान', 'daam', 'दाम'],
    },
    problem: {
      en: ['raised', 'raising', 'increase*', '=rise', 'rising', 'hike*'],
      es: ['subid*', 'subir', 'subieron', 'aument*'],
      de: ['erhoh*', 'teurer'],
      fr: ['augment*', 'hausse*'],
      pt: ['aument*', 'subi*'],
      el: ['αυξ*', 'ακριβυν*'],
      hu: ['emel*', 'dragul*'],
      hi: ['badha*', 'बढ़*', 'बढा*'],
    },
  },
];
