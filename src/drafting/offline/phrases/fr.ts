import type { PhraseSet } from '../types.js';

export const fr: PhraseSet = {
  tag: 'fr',
  complaint: ['Nous sommes désolés, et nous comprenons à quel point c’est pénible.', 'Désolés que vous viviez cela, ce n’est pas l’expérience que nous voulons pour vous.'],
  steps: {
    default: ['Pouvez-vous {handoff} avec les détails ? Nous regarderons cela avec vous.', 'Merci de {handoff} avec quelques détails, nous voulons régler cela avec vous.'],
    safety: ['Par sécurité, merci de ne plus utiliser l’appareil et de {handoff} pour que notre équipe sécurité vous aide.', 'Merci de laisser l’appareil éteint et de {handoff} pour que notre équipe sécurité vous recontacte.'],
    privacy: ['Merci de ne partager aucune donnée personnelle ici : pouvez-vous {handoff} ? Nous vérifierons cela en toute sécurité.', 'Pour protéger vos données, merci de {handoff} plutôt que de les publier ici.'],
    fraud_billing: ['Merci de {handoff} pour que nous vérifiions les prélèvements avec vous. Aucune donnée de compte ici, s’il vous plaît.', 'Merci de {handoff} et nous reprendrons la facture avec vous en privé.'],
    outage: ['Nos techniciens regardent cela. Merci de {handoff} avec votre ville pour que nous vérifiions le réseau.', 'L’équipe réseau est dessus. Merci de {handoff} avec votre ville, nous vérifierons votre connexion.'],
    legal: ['Merci de {handoff} pour que l’équipe concernée examine cela avec attention.', 'Nous voulons examiner cela avec soin : merci de {handoff} avec les détails.'],
    discrimination: ['Personne ne devrait être traité ainsi. Merci de {handoff} pour que nous examinions ce qui s’est passé.', 'Nous prenons cela très au sérieux. Merci de {handoff} avec les détails.'],
    harassment: ['Personne ne devrait subir cela. Merci de {handoff} pour que nous examinions la situation.', 'Nous prenons cela très au sérieux. Merci de {handoff} et de nous raconter ce qui s’est passé.'],
  },
  question: {
    open: ['Merci pour votre question !', 'Merci de nous avoir écrit.'],
    step: ['Merci de {handoff} avec quelques détails, nous vous aiderons.', 'Pouvez-vous {handoff} avec les détails ? Nous vous aiderons avec plaisir.'],
  },
  praise: {
    open: ['Merci beaucoup pour ce gentil message !', 'Quel plaisir de lire cela, merci !'],
    close: ['Nous transmettons à l’équipe.', 'Cela compte beaucoup pour l’équipe.'],
  },
  other: {
    open: ['Merci de nous avoir écrit.', 'Merci pour la mention.'],
    step: ['Si nous pouvons vous aider, merci de {handoff}.', 'Si vous avez besoin d’aide, merci de {handoff}.'],
  },
  press: {
    open: ['Merci de nous avoir contactés.', 'Merci pour votre message.'],
    step: ['Notre équipe presse reviendra vers vous : merci de {handoff} avec vos coordonnées.', 'Pouvez-vous {handoff} avec vos coordonnées ? Notre équipe presse reviendra vers vous.'],
  },
  handoff: { dm: 'nous écrire en DM', privateMessage: 'nous envoyer un message privé', url: 'nous écrire sur {url}' },
};
