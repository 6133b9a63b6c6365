import type { PhraseSet } from '../types.js';

export const es: PhraseSet = {
  tag: 'es',
  complaint: ['Lo sentimos mucho, entendemos lo molesto que es.', 'Sentimos que estés pasando por esto, no es la experiencia que queremos para ti.'],
  steps: {
    default: ['Por favor, {handoff} con los detalles y lo revisamos contigo.', 'Por favor, {handoff} con algunos detalles, queremos ayudarte a resolverlo.'],
    safety: ['Por tu seguridad, deja de usar el dispositivo y {handoff} para que nuestro equipo de seguridad te ayude.', 'Por favor, mantén el dispositivo apagado y {handoff} para que nuestro equipo de seguridad te contacte.'],
    privacy: ['Por favor, no compartas datos personales aquí: {handoff} y lo revisamos de forma segura.', 'Para proteger tus datos, por favor {handoff} en lugar de publicarlos aquí.'],
    fraud_billing: ['Por favor, {handoff} para revisar los cargos contigo. No publiques datos de tu cuenta aquí.', 'Por favor, {handoff} y revisamos la factura contigo en privado.'],
    outage: ['Nuestro equipo técnico ya lo está revisando. Por favor, {handoff} con tu zona para comprobar la red.', 'El equipo de red está en ello. Por favor, {handoff} con tu zona y revisamos tu conexión.'],
    legal: ['Por favor, {handoff} para que el equipo adecuado lo revise con atención.', 'Queremos revisarlo con cuidado: por favor, {handoff} con los detalles.'],
    discrimination: ['Nadie debería recibir ese trato. Por favor, {handoff} para que revisemos lo ocurrido.', 'Nos lo tomamos muy en serio. Por favor, {handoff} con los detalles.'],
    harassment: ['Nadie debería pasar por eso. Por favor, {handoff} para que lo revisemos.', 'Nos lo tomamos muy en serio. Por favor, {handoff} y cuéntanos lo ocurrido.'],
  },
  question: {
    open: ['¡Gracias por tu pregunta!', 'Gracias por escribirnos.'],
    step: ['Por favor, {handoff} con algunos detalles y te ayudamos con esto.', 'Cuéntanos los detalles en privado y te ayudamos: {handoff}.'],
  },
  praise: {
    open: ['¡Muchas gracias por tus palabras!', '¡Qué alegría leer esto, gracias!'],
    close: ['Se lo haremos llegar al equipo.', 'Significa mucho para nuestro equipo.'],
  },
  other: {
    open: ['Gracias por escribirnos.', 'Gracias por mencionarnos.'],
    step: ['Si necesitas ayuda con algo, por favor {handoff}.', 'Si podemos ayudarte en algo, por favor {handoff}.'],
  },
  press: {
    open: ['Gracias por ponerte en contacto.', 'Gracias por escribirnos.'],
    step: ['Nuestro equipo de prensa se pondrá en contacto contigo: por favor, {handoff} con tus datos de contacto.', 'Por favor, {handoff} con tus datos de contacto y nuestro equipo de prensa te responderá.'],
  },
  handoff: { dm: 'escríbenos por DM', privateMessage: 'envíanos un mensaje privado', url: 'escríbenos en {url}' },
};
