/**
 * Words frequent in customer-care replies, per language, to tell the language of a short
 * reply. Added to the triage detector's function words (which are tuned on customer posts).
 */
export const REPLY_WORDS: Record<string, string> = {
  en: `sorry we us please your you thanks thank send dm message team hear about look check happy help
    could would can let know here there with for our this that the and right away details`,
  es: `lo sentimos gracias por favor envíanos envíenos escríbenos tu su nos equipo ayudarte ayudarle revisar
    revisaremos zona mensaje privado lamentamos molestia disculpa disculpas aquí puedes puede hola`,
  pt: `lamentamos obrigado obrigada por favor envie envia-nos envie-nos nos sua seu equipa equipe ajudar
    verificar pedimos desculpa incómodo incômodo mensagem privada aqui pode olá você`,
  de: `tut uns leid danke bitte schreiben sie ihnen ihr ihre uns team helfen prüfen nachricht gerne hallo
    dass damit können kümmern schauen dort`,
  fr: `désolés désolé merci nous vous votre écrire écrivez-nous envoyez-nous équipe aider vérifier message
    privé bonjour pouvez-vous pouvez regarder ici`,
  hu: `sajnáljuk köszönjük kérjük írjon nekünk önnek ön az a és hogy megnézzük segítünk csapat üzenet
    privát itt tud tudunk kellemetlenséget továbbítjuk kollégáknak szavakat kedves`,
  hi: `kripya humein hume khed asuvidha dhanyavaad shukriya aapka aapke aapki bhejiye bhejein karein
    karenge jaankari madad team sandesh maaf kijiye hum`,
};
