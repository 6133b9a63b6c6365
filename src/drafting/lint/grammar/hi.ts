import type { LangGrammar } from './types.js';

/** Devanagari vowel signs are marks (\p{M}): stems must allow them. */
const S = '[\\p{L}\\p{M}]*';
const W = '(?:[\\p{L}\\p{M}]+ )';
/** "कल से" / "shukravaar se" is "since": not a time commitment. */
const NOT_SINCE = '(?! (?:से|se)(?![\\p{L}\\p{M}]))';
const DAYS = 'सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार|som?vaa?r|mangal(?:vaa?r|war)|budh(?:vaa?r|war)|guru(?:vaa?r|war)|shukra(?:vaa?r|war)|shani(?:vaa?r|war)|ravi(?:vaa?r|war)';

export const hi: LangGrammar = {
  promise: {
    commit: [
      `[\\p{L}\\p{M}]+(?:ेंगे|ेगा|ेगी|ेंगी|एगा|एगी|एंगे|ाएगा|ाएगी|ाएंगे|ायेगा|ायेंगे)`, 'तुरंत', 'पक्का', 'गारंटी', 'वादा', 'कर दिया', 'दे दिया', '(?:कर|दे) रहे हैं',
      '\\p{L}+(?:enge|engi|egi|ega|ayenge|ayega|ayegi|aayega|aayegi|jayega|jaayega|jaayegi|jayegi)', 'pakka', 'turant', 'guarantee', 'promise', 'vaa?da', 'kar diya', 'de diya', '(?:kar|de) rahe hain',
    ],
    negate: ['नहीं (?:कर|दे) सकते', 'सकते नहीं', 'सार्वजनिक', 'अगर', 'यदि', 'संभव', 'शायद', 'nahi?n? (?:kar|de) sakte', 'sakte nahi?n?', 'public(?:ly)? (?:mein|me|par)', 'agar', 'sambhav', 'shaayad|shayad'],
    refund: [
      'रिफ़ंड', 'रिफंड', `(?:पैसे|पैसा|राशि|रकम|रक़म) ${W}{0,2}?(?:वापस|लौटा${S})`, `लौटा${S}`, `वापस (?:कर|दे)${S}`,
      'refund\\p{L}*', `(?:paise?|paisa|amount|rakam|raashi|rashi) (?:\\p{L}+ ){0,2}?(?:wapas|vapas|lauta\\p{L}*)`, 'lauta\\p{L}*', '(?:wapas|vapas) (?:kar|de)\\p{L}*',
    ],
    compensation: [
      'भरपाई', 'bhar ?pa+i', `मुआवज़?${S}`, 'क्रेडिट (?:कर|हो)', 'छूट', 'डिस्काउंट', 'वाउचर', 'कूपन', `(?:शुल्क|चार्ज|फ़ीस|फीस) ${W}{0,2}?(?:माफ़|माफ|हटा)${S}`,
      'mua?a?v?w?za\\p{L}*', 'credit (?:kar|ho)\\p{L}*', 'chh?oo?t', 'discount', 'voucher', 'coupon', '(?:fee|charge|shulk) (?:\\p{L}+ ){0,2}?(?:maaf|maf|hata)\\p{L}*',
    ],
    freeProduct: [`मु(?:फ़्|फ्)त${S}`, 'फ्री (?:में|मे)', `नया (?:फ़ोन|फोन|डिवाइस|हैंडसेट|राउटर)`, 'बिना (?:किसी )?(?:शुल्क|चार्ज|कीमत)', 'muft', 'free (?:mein|me|में)', 'naya (?:phone|device|handset|router)', 'bina (?:kisi )?(?:charge|shulk|keemat)'],
    fix: ['वापस आ(?:\\p{L}|\\p{M})*', 'wa+pas aa?\\p{L}*', `(?:signal|network|internet|line|service|सिग्नल|नेटवर्क|इंटरनेट|लाइन|सेवा) ${W}{0,3}?(?:wa+pas aa|laut aa|वापस आ|लौट आ)${S}`, 
      `ठीक (?:हो|कर)${S}`, 'बहाल', `रिस्टोर${S}`, 'फिक्स', `चालू (?:हो|कर)${S}`, `(?:फिर से|दोबारा) (?:चल|चालू|काम)${S}`, `सुधार${S}`,
      '(?:theek|thik|theekh) (?:ho|kar)\\p{L}*', 'baha?a?l', 'restore\\p{L}*', 'fix\\p{L}*', '(?:chaa?lu) (?:ho|kar)\\p{L}*', '(?:phir se|dobara) (?:chal|chalu|kaam)\\p{L}*', 'sudhaa?r\\p{L}*',
    ],
    time: [
      `(?:कल|परसों|${DAYS}|kal|parson|monday|tuesday|wednesday|thursday|friday|saturday|sunday)${NOT_SINCE}`, '(?:शाम|रात|सुबह|दोपहर) तक', '(?:shaam|sham|raat|subah|dopahar) tak',
      '\\d+ (?:घंटे|घंटों|दिन|दिनों|मिनट)', '\\d+ (?:ghante|ghanton|din|dino|dinon|minute|minutes|hours?)', 'अगले (?:हफ़्ते|हफ्ते|सप्ताह)', 'agle (?:hafte|week)', '\\d{1,2}(?:[:.]\\d\\d)? ?(?:बजे|baje|am|pm)? ?(?:तक|tak)',
    ],
    since: ['पिछले', 'pichh?le', 'since'],
    exempt: ['status', 'अपडेट (?:देते|करते) रहेंगे', 'update (?:dete|karte) rahenge', 'सूचित', 'jaankari (?:dete|denge)'],
    gift: [`(?:rakam|paise?|paisa|amount|difference|charge|fee)\\p{L}* (?:\\p{L}+ ){0,5}?(?:laut|wa+pas|va+pas)\\p{L}*`, `(?:रकम|राशि|पैसे|पैसा|अंतर|चार्ज) ${W}{0,7}?(?:लौट|वापस)${S}`, `(?:बिल|चार्ज|शुल्क|फ़ीस) ${W}{0,2}?(?:माफ़|माफ) कर (?:रहे|देंगे|दिया|दी)`, '(?:bill|charge|fee|fees|shulk) (?:\\p{L}+ ){0,2}?maa?f kar (?:rahe|denge|diya|di|dete)', 'पैसे नहीं लगेंगे', 'paise nahi lagenge', `(?:charge|paise?|paisa|amount|rakam|fee|fees) (?:\\p{L}+ ){0,3}?(?:wa+pas|va+pas)`, `(?:चार्ज|पैसे|पैसा|राशि) ${W}{0,3}?वापस`],
    private: ['निजी', 'dm', 'private', 'प्राइवेट'],
  },
  not: ['नहीं', 'नही', 'मत', 'nahi', 'nahin'],
  liability: {
    we: ['हम', 'हमने', 'हमारी', 'हमारे', 'हमारा', 'hum', 'humne', 'hamne', 'hamari', 'hamare', 'hamara', 'humari', 'humare', 'humara'],
    fault: [`(?:गलती|ग़लती|लापरवाही|दोष|कसूर)(?! नहीं)`, `(?:ज़िम्मेदार|जिम्मेदार)${S}(?! नहीं)`, '(?:galti|ghalti|laa?parw?v?aa?hi|dosh|kasoor|kasur)(?! nahi)', '(?:zimm?edaa?r|jimm?edaa?r)\\p{L}*(?! nahi)'],
    cause: ['की वजह से', 'के कारण', 'से (?:हुआ|हुई|हुए)', 'ki wajah se', 'ke kaa?ran', 'se (?:hua|hui|hue)', `ने ${W}{0,2}?(?:तोड़|खराब|ख़राब)${S}`],
    harm: ['नुकसान', 'नुक़सान', 'चोट', 'आग', 'क्षति', `टूट${S}`, `तोड़${S}`, 'nuksaa?n', 'nuqsan', 'chot', 'aag', 'toot\\p{L}*', 'tod\\p{L}*'],
  },
  tone: [
    `(?:इतना|इतनी|ज़्यादा|ज्यादा) (?:भी )?(?:मुश्किल|कठिन|उलझा\\p{M}*) नहीं[^।!?]{0,40}?(?:पढ़\\p{L}*|पढ़\\p{M}*\\p{L}*|देख\\p{L}*|अगर|बस)`,
    `(?:itna|itni|zyada) (?:bhi )?(?:mushkil|kathin|confusing) nahi[^.!?]{0,40}?(?:padh\\p{L}*|dekh\\p{L}*|agar|bas)`,
    '(?:teen|kai|do|char) baa?r (?:kaha|bataya|samjhaya)', '(?:तीन|कई|दो|चार) बार (?:कहा|बताया|समझाया)', 'dhyaan? se suniye', 'ध्यान से सुनिए', 'dhyaan? dijiye',
    `अगली बार ${W}{0,7}?(?:पढ़|पढ|देख|चेक)${S} (?:लीजिए|लीजिये|लें|लो)`, 'agli baa?r (?:\\p{L}+ ){0,7}?(?:padh|dekh|check)\\p{L}* (?:lijiye|lena|lo|lein)', '(?:पता|pata) (?:होता|hota)',
    `आपको ${W}{0,7}?(?:पढ़|पढ|देख|समझ|चेक|पूछ)${S} (?:लेना |लेनी |लेने )?चाहिए (?:था|थी|थे)`,
    'aapko (?:\\p{L}+ ){0,7}?(?:padh|dekh|samajh|check|pooch|puch)\\p{L}* (?:lena |leni |lene )?chahiye (?:tha|thi|the)',
    `अगर आप(?:ने)? ${W}{0,3}?(?:पढ़|पढ|देख)${S} (?:होता|होती|लिया होता|ली होती)`, 'agar (?:aap|aapne) (?:\\p{L}+ ){0,3}?(?:padh|dekh|check)\\p{L}* (?:hota|hoti|liya hota|li hoti)',
    'जैसा (?:कि )?(?:हमने )?(?:पहले ही )?(?:बताया|कहा)', 'jaisa (?:ki )?(?:humne |hamne )?(?:pehle hi )?(?:bataya|kaha)',
    'आपकी (?:अपनी )?(?:गलती|ग़लती|समस्या)', 'aapki (?:apni )?(?:galti|samasya|problem)', 'हमारी (?:समस्या|गलती|ग़लती) नहीं', '(?:hamari|humari) (?:samasya|problem|galti) nahi',
    'नियम (?:तो )?नियम', `आपने ${W}{0,2}?(?:पढ़ा|देखा) (?:ही )?नहीं`, 'aapne (?:\\p{L}+ ){0,2}?(?:padha|dekha) (?:hi )?nahi',
  ],
  sarcasm: {
    mock: ['वाह', 'बधाई', 'शाबाश', 'wa+h', 'badhaa?i', 'shaa?baa?sh'],
    target: [`(?:अकेल|इकलौत)${S}`, 'एकमात्र', 'akel\\p{L}*', 'ikl\\p{L}*', 'ekmatra', 'kamaa?l kar', 'ढूंढ\\p{L}*', 'ढूँढ\\p{L}*', 'dhoo?n?dh\\p{L}*'],
    solo: ['kaise (?:jiyenge|jiye|jee paye|survive|bache)', 'कैसे (?:जिएंगे|जिए|बचे)', '(?:kya|क्या) (?:drama|ड्रामा)', 'ज़ाहिर है', 'जाहिर है', 'za+hir hai', 'हाँ,? (?:बिल्कुल|ज़रूर),? क्योंकि', 'haa?n,? (?:bilkul|zaroor),? kyunki'],
  },
  sales: {
    verb: ['लीजिए', 'लीजिये', `खरीद${S}`, `अपग्रेड${S}`, `स्विच${S}`, 'आज़माएं', 'आजमाएं', 'ट्राई', 'lijiye', 'le lijiye', 'khaa?ree?d\\p{L}*', 'upgrade\\p{L}*', 'switch\\p{L}*'],
    object: ['प्लान', 'पैक', 'ऑफ़र', 'ऑफर', 'छूट', 'डिस्काउंट', 'डील', 'कोड', '\\d+ ?%', 'plan', 'pack', 'offer', 'chh?oo?t', 'discount', 'deal', 'code'],
    solo: ['दोस्तों को (?:बताइए|बताएं|लाइए)', 'doston ko (?:bataiye|batayein|laiye)', 'refer (?:karein|kijiye)'],
  },
};
