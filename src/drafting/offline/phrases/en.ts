import type { PhraseSet } from '../types.js';

export const en: PhraseSet = {
  tag: 'en',
  complaint: ["We're sorry about this, and we understand how frustrating it is.", "Sorry you're dealing with this, that's not the experience we want for you."],
  steps: {
    default: ['Please {handoff} with the details and we will look into it with you.', "Could you {handoff} with a few details? We'd like to sort this out with you."],
    safety: ['Please stop using the device for now and {handoff}, so our safety team can help you.', 'For your safety, please keep the device switched off and {handoff} so our safety team can follow up.'],
    privacy: ["Please don't share any personal details here: {handoff} and we will check this securely.", 'To keep your details safe, please {handoff} rather than posting them here.'],
    fraud_billing: ['Please {handoff} so we can check the charges with you. No account details here, please.', "Please {handoff} and we'll go through the bill with you privately."],
    outage: ["Our engineers are looking into it. Please {handoff} with your area so we can check the network there.", 'The network team is on it. If you {handoff} with your area, we can check your connection.'],
    legal: ['Please {handoff} so the right team can look at this properly.', 'We want to look at this carefully: please {handoff} with the details.'],
    discrimination: ["That is not how anyone should be treated. Please {handoff} so we can look into what happened.", 'We take this seriously. Please {handoff} with the details so we can look into it.'],
    harassment: ["Nobody should have to put up with that. Please {handoff} so we can look into it.", 'We take this seriously. Please {handoff} with what happened.'],
    service_failure: ['Please {handoff} with the details and we will look into it with you.', "Could you {handoff} with a few details? We'd like to put this right with you."],
    media_attention: ['We want to understand what happened. Please {handoff} so we can look into it.', 'Please {handoff} with the details so the right team can look into it.'],
  },
  question: {
    open: ['Thanks for asking!', 'Good question, thanks for reaching out.'],
    step: ["Please {handoff} with a few details and we'll help you with this.", 'If you {handoff} with the details, we can help you with this.'],
  },
  praise: {
    open: ['Thank you so much for the kind words!', 'That is lovely to hear, thank you!'],
    close: ["We'll pass this on to the team.", 'It means a lot to the team.'],
  },
  other: {
    open: ['Thanks for reaching out.', 'Thanks for the mention.'],
    step: ['If there is anything we can help with, please {handoff}.', 'If you need a hand with anything, please {handoff}.'],
  },
  press: {
    open: ['Thanks for getting in touch.', 'Thank you for reaching out to us.'],
    step: ['Our press team will follow up with you: please {handoff} with your contact details.', 'Please {handoff} with your contact details and our press team will get back to you.'],
  },
  handoff: { dm: 'send us a DM', privateMessage: 'send us a private message', url: 'write to us at {url}' },
};
