import type { PhraseSet } from '../types.js';

/** Hindi as many customers write it online: in Latin letters. */
export const hiLatn: PhraseSet = {
  tag: 'hi-Latn',
  complaint: ['Asuvidha ke liye humein khed hai, hum samajhte hain yeh kitna pareshan karne wala hai.', 'Humein afsos hai ki aapko yeh jhelna pada, hum aapke liye aisa anubhav nahi chahte.'],
  steps: {
    default: ['Kripya puri jaankari ke saath {handoff}, hum aapke saath ise dekhenge.', 'Kripya thodi jaankari ke saath {handoff}, hum ise suljhane mein aapki madad karna chahte hain.'],
    safety: ['Aapki suraksha ke liye kripya device ka istemaal band karein aur {handoff}, taaki hamari safety team aapki madad kar sake.', 'Kripya device band rakhiye aur {handoff}, taaki hamari safety team aapse sampark kar sake.'],
    privacy: ['Kripya yahan koi niji jaankari share na karein: {handoff}, hum ise surakshit tareeke se dekhenge.', 'Aapki jaankari surakshit rakhne ke liye kripya use yahan post na karein, {handoff}.'],
    fraud_billing: ['Kripya {handoff}, hum aapke saath charges ki jaanch karenge. Yahan khate ki jaankari na daalein.', 'Kripya {handoff}, hum niji taur par aapka bill dekhenge.'],
    outage: ['Hamari technical team ise dekh rahi hai. Kripya apne area ke saath {handoff}, hum wahan ka network check karenge.', 'Network team is par kaam kar rahi hai. Kripya apne area ke saath {handoff}, hum aapka connection check karenge.'],
    legal: ['Kripya {handoff}, taaki sahi team ise dhyan se dekh sake.', 'Hum ise dhyan se dekhna chahte hain: kripya puri jaankari ke saath {handoff}.'],
    discrimination: ['Kisi ke saath aisa vyavhaar nahi hona chahiye. Kripya {handoff}, taaki hum pata kar sakein ki kya hua.', 'Hum ise bahut gambhirta se lete hain. Kripya puri jaankari ke saath {handoff}.'],
    harassment: ['Kisi ko bhi yeh nahi sehna chahiye. Kripya {handoff}, taaki hum iski jaanch kar sakein.', 'Hum ise bahut gambhirta se lete hain. Kripya {handoff} aur bataiye ki kya hua.'],
  },
  question: {
    open: ['Sawaal poochhne ke liye dhanyavaad!', 'Humse sampark karne ke liye shukriya.'],
    step: ['Kripya thodi jaankari ke saath {handoff}, hum aapki madad karenge.', 'Puri jaankari ke saath {handoff}, hum khushi se aapki madad karenge.'],
  },
  praise: {
    open: ['Aapke pyaare shabdon ke liye bahut dhanyavaad!', 'Yeh padhkar bahut khushi hui, shukriya!'],
    close: ['Hum ise team tak pahunchayenge.', 'Hamari team ke liye iska bahut matlab hai.'],
  },
  other: {
    open: ['Humse sampark karne ke liye shukriya.', 'Humein yaad karne ke liye dhanyavaad.'],
    step: ['Agar hum kisi cheez mein madad kar sakte hain, to kripya {handoff}.', 'Agar aapko madad chahiye, to kripya {handoff}.'],
  },
  press: {
    open: ['Sampark karne ke liye dhanyavaad.', 'Humse baat karne ke liye dhanyavaad.'],
    step: ['Hamari press team aapse sampark karegi: kripya apni contact jaankari ke saath {handoff}.', 'Kripya apni contact jaankari ke saath {handoff}, hamari press team aapse baat karegi.'],
  },
  handoff: { dm: 'humein DM bhejiye', privateMessage: 'humein private message bhejiye', url: 'humein {url} par likhiye' },
};
