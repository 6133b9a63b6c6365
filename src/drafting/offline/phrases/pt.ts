import type { PhraseSet } from '../types.js';

export const pt: PhraseSet = {
  tag: 'pt',
  complaint: ['Lamentamos muito, e percebemos como isto é frustrante.', 'Lamentamos que esteja a passar por isto, não é a experiência que queremos para si.'],
  steps: {
    default: ['Por favor, {handoff} com os detalhes e vamos analisar consigo.', 'Por favor, {handoff} com alguns detalhes, queremos ajudar a resolver isto consigo.'],
    safety: ['Por segurança, deixe de usar o aparelho e {handoff} para que a nossa equipa de segurança o ajude.', 'Por favor, mantenha o aparelho desligado e {handoff} para que a nossa equipa de segurança o contacte.'],
    privacy: ['Por favor, não partilhe dados pessoais aqui: {handoff} e verificamos isto em segurança.', 'Para proteger os seus dados, por favor {handoff} em vez de os publicar aqui.'],
    fraud_billing: ['Por favor, {handoff} para verificarmos as cobranças consigo. Não publique dados da sua conta aqui.', 'Por favor, {handoff} e vemos a fatura consigo em privado.'],
    outage: ['A nossa equipa técnica já está a analisar. Por favor, {handoff} com a sua zona para verificarmos a rede.', 'A equipa de rede está a tratar disto. Por favor, {handoff} com a sua zona e verificamos a sua ligação.'],
    legal: ['Por favor, {handoff} para que a equipa certa analise isto com atenção.', 'Queremos analisar isto com cuidado: por favor, {handoff} com os detalhes.'],
    discrimination: ['Ninguém deve ser tratado assim. Por favor, {handoff} para analisarmos o que aconteceu.', 'Levamos isto muito a sério. Por favor, {handoff} com os detalhes.'],
    harassment: ['Ninguém deve passar por isso. Por favor, {handoff} para analisarmos a situação.', 'Levamos isto muito a sério. Por favor, {handoff} e conte-nos o que aconteceu.'],
  },
  question: {
    open: ['Obrigado pela sua pergunta!', 'Obrigado por nos contactar.'],
    step: ['Por favor, {handoff} com alguns detalhes e ajudamos com isto.', 'Se preferir, {handoff} com os detalhes e ajudamos com todo o gosto.'],
  },
  praise: {
    open: ['Muito obrigado pelas palavras simpáticas!', 'Que bom ler isto, obrigado!'],
    close: ['Vamos partilhar com a equipa.', 'Significa muito para a nossa equipa.'],
  },
  other: {
    open: ['Obrigado por nos contactar.', 'Obrigado pela menção.'],
    step: ['Se pudermos ajudar em algo, por favor {handoff}.', 'Se precisar de ajuda, por favor {handoff}.'],
  },
  press: {
    open: ['Obrigado por entrar em contacto.', 'Obrigado pela sua mensagem.'],
    step: ['A nossa equipa de imprensa vai entrar em contacto: por favor, {handoff} com os seus contactos.', 'Por favor, {handoff} com os seus contactos e a nossa equipa de imprensa responde-lhe.'],
  },
  handoff: { dm: 'envie-nos uma DM', privateMessage: 'envie-nos uma mensagem privada', url: 'escreva-nos em {url}' },
};
