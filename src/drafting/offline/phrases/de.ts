import type { PhraseSet } from '../types.js';

export const de: PhraseSet = {
  tag: 'de',
  complaint: ['Das tut uns leid, und wir verstehen, wie ärgerlich das ist.', 'Es tut uns leid, dass Sie das erleben, so soll es nicht sein.'],
  steps: {
    default: ['Bitte {handoff} mit den Details, dann schauen wir uns das gemeinsam an.', 'Bitte {handoff} mit ein paar Details, wir möchten das mit Ihnen klären.'],
    safety: ['Bitte nutzen Sie das Gerät vorerst nicht und {handoff}, damit unser Sicherheitsteam Ihnen helfen kann.', 'Bitte lassen Sie das Gerät ausgeschaltet und {handoff}, damit sich unser Sicherheitsteam bei Ihnen meldet.'],
    privacy: ['Bitte teilen Sie hier keine persönlichen Daten: {handoff}, dann prüfen wir das sicher.', 'Zum Schutz Ihrer Daten bitte {handoff}, statt sie hier zu posten.'],
    fraud_billing: ['Bitte {handoff}, dann prüfen wir die Abbuchungen mit Ihnen. Bitte keine Kontodaten hier posten.', 'Bitte {handoff}, dann gehen wir die Rechnung privat mit Ihnen durch.'],
    outage: ['Unser Technikteam schaut sich das an. Bitte {handoff} mit Ihrem Ort, dann prüfen wir das Netz dort.', 'Das Netzteam ist dran. Bitte {handoff} mit Ihrem Ort, dann prüfen wir Ihre Verbindung.'],
    legal: ['Bitte {handoff}, damit sich das zuständige Team das genau ansieht.', 'Wir möchten uns das sorgfältig ansehen: Bitte {handoff} mit den Details.'],
    discrimination: ['So darf niemand behandelt werden. Bitte {handoff}, damit wir dem nachgehen können.', 'Wir nehmen das sehr ernst. Bitte {handoff} mit den Details.'],
    harassment: ['Das muss sich niemand gefallen lassen. Bitte {handoff}, damit wir dem nachgehen.', 'Wir nehmen das sehr ernst. Bitte {handoff} und schildern Sie uns, was passiert ist.'],
  },
  question: {
    open: ['Danke für Ihre Frage!', 'Danke, dass Sie sich melden.'],
    step: ['Bitte {handoff} mit ein paar Details, dann helfen wir Ihnen gerne weiter.', 'Gerne helfen wir Ihnen: Bitte {handoff} mit den Details.'],
  },
  praise: {
    open: ['Vielen Dank für die netten Worte!', 'Wie schön zu lesen, danke!'],
    close: ['Wir geben das gerne an das Team weiter.', 'Das bedeutet dem Team viel.'],
  },
  other: {
    open: ['Danke, dass Sie sich melden.', 'Danke für die Erwähnung.'],
    step: ['Wenn wir bei etwas helfen können, bitte {handoff}.', 'Falls Sie Hilfe brauchen, bitte {handoff}.'],
  },
  press: {
    open: ['Danke, dass Sie sich melden.', 'Vielen Dank für Ihre Nachricht.'],
    step: ['Unser Presseteam meldet sich bei Ihnen: Bitte {handoff} mit Ihren Kontaktdaten.', 'Bitte {handoff} mit Ihren Kontaktdaten, dann meldet sich unser Presseteam bei Ihnen.'],
  },
  handoff: { dm: 'schreiben Sie uns eine DM', privateMessage: 'schreiben Sie uns eine private Nachricht', url: 'schreiben Sie uns über {url}' },
};
