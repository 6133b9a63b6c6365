import type { LangGrammar } from './types.js';

const W = '(?:\\p{L}+ )';
const MONEY_OBJ = '(?:valor|dinheiro|montante|pagamento|cobrança|mensalidade|quantia|taxa|€|\\d)\\p{L}*';

export const pt: LangGrammar = {
  promise: {
    commit: [
      '\\p{L}+(?:aremos|eremos|iremos|ará|erá|irá|arão|erão|irão)', 'vamos', 'vai', 'vão', 'volta', 'podemos', '(?:lhe|te) (?!lament|ped|agradec)\\p{L}+(?:amos|emos|imos)',
      '(?!lament|ped|agradec|sent)\\p{L}+(?:amos|emos|imos)(?:-(?:lhe|te|lo|la|vos))?', `já ${W}?\\p{L}+(?:ado|ido)`, 'imediatamente', 'de imediato', 'garant\\p{L}*', 'promet\\p{L}*', 'receber(?:á|ão)', 'terá', 'vai ter',
    ],
    negate: ['não (?:podemos|é possível|conseguimos|vamos|pode)', `não ${W}?(?:tratar|falar|discutir|prometer|garantir)`, 'em público', 'publicamente', 'se (?:for|possível|houver|tiver)', 'caso', 'possível', 'talvez', 'opções'],
    refund: ['reembols\\p{L}*', `(?:devol|devolv)\\p{L}*(?:-\\p{L}+)? ${W}{0,3}?${MONEY_OBJ}`, 'dinheiro de volta', 'estorn\\p{L}*', 'ressarc\\p{L}*'],
    compensation: [
      'compens\\p{L}*', 'indemniz\\p{L}*', 'credit(?:amos|aremos|ar|ado|ada|ámos)', '(?<!cartão de )crédito', 'desconto\\p{L}*', 'cupão|cupom|cupões', 'vales? (?:de desconto|oferta)', 'voucher', 'bónus|bônus',
      `(?:anul|retir|perdo)\\p{L}* ${W}{0,2}?(?:cobrança|taxa|multa|encargo|fatura)\\p{L}*`, 'isent\\p{L}*', `(?:suport|cobr)\\p{L}* ${W}{0,2}?(?:custo|despesa)\\p{L}*`, 'por nossa conta', 'metade do preço', 'grátis', 'oferec\\p{L}*',
    ],
    freeProduct: ['grátis', 'gratuit\\p{L}*', 'sem (?:qualquer )?(?:custo|encargo)s?', 'novo (?:telemóvel|telefone|celular|equipamento|router|carregador)', '(?:telemóvel|telefone|celular|equipamento|router|carregador) novo', `substitu\\p{L}* ${W}{0,2}?(?:telemóvel|telefone|celular|equipamento|router)`],
    fix: [`(?:sinal|rede|cobertura|ligação|internet|linha|serviço)\\p{L}* ${W}{0,2}?(?:volta|voltará|regressa|regressará)`, 'resolv\\p{L}*', 'repar\\p{L}*', 'restabelec\\p{L}*', 'restaur\\p{L}*', 'corrig\\p{L}*', 'arranj\\p{L}*', 'volt\\p{L}* a funcionar', 'volta ao normal', 'a funcionar (?:de novo|novamente)', 'normaliz\\p{L}*', 'repost\\p{L}*', 'solucion\\p{L}*'],
    time: [
      '(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?', 'sábado', 'domingo', 'amanhã', 'esta semana', 'próxima semana',
      '(?:em|dentro de) (?:\\d+|uma|duas|três|poucas) (?:horas?|dias?|minutos?)', 'até (?:ao |à |a )?(?:fim|final|noite|tarde|amanhã|\\d)', '(?:até (?:às|as|a)|antes das) \\d{1,2}',
      '\\d{1,2} de (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)',
    ],
    since: ['desde', 'passad\\p{L}*', 'ontem', 'últim\\p{L}*'],
    exempt: ['status', 'informad\\p{L}*', 'atualizações', 'atualizar(?:emos)?'],
    gift: [`(?:diferença|valor|dinheiro|montante)\\p{L}* ${W}{0,5}?(?:volta|voltará|regressa|regressará) (?:para|ao|à) (?:o )?(?:seu )?(?:cartão|conta)`, '(?:ficam|fica|vão|vai|corre|correm) por nossa conta', 'não (?:vai|terá|tem) de pagar', `${MONEY_OBJ} ${W}{0,3}?(?:[\\p{L}-]+ ){0,3}?devolvid\\p{L}*`],
    private: ['mensagem privada', 'em privado', 'por dm', 'dm'],
  },
  not: ['não', 'nunca', 'nem'],
  liability: {
    we: ['nós', `noss[oa]s? ${W}?(?:técnic\\p{L}*|instalador\\p{L}*|equipa|equipe|pessoal|atualização|software|rede|sistema|produto|carregador|bateria|erro|culpa|parte|estafeta)`, 'noss[oa]s?'],
    fault: ['culpa\\p{L}*', 'negligên\\p{L}*', `assum\\p{L}* ${W}{0,3}?(?:responsabilidade|culpa)`, 'somos (?:\\p{L}+ )?responsáve\\p{L}*', 'respond\\p{L}* (?:por|pelos|pelas|pelo|pela)', 'erro nosso', 'admit\\p{L}*'],
    cause: ['caus\\p{L}*', 'provoc\\p{L}*', 'por culpa', 'devido a', 'responsáve\\p{L}*', 'danific\\p{L}*', 'partiu', 'furou'],
    harm: ['dano\\p{L}*', 'estrag\\p{L}*', 'feriment\\p{L}*', 'lesão|lesões', 'prejuízo\\p{L}*', 'fuga\\p{L}*', 'incêndio\\p{L}*', 'queimad\\p{L}*', 'inunda\\p{L}*', 'danific\\p{L}*'],
  },
  tone: [
    `não é (?:assim )?(?:tão|muito|nada) (?:difícil|complicado|confuso)[^.!?]{0,40}?(?:se (?:\\p{L}+ )?(?:ler|lesse|olhar|vir)|leia|basta)`,
    '(?:dissemos|explicámos|explicamos|repetimos) (?:\\p{L}+ ){0,3}?(?:duas|três|várias|mil|muitas) vezes', 'ouça lá', 'preste atenção', 'oiça bem',
    'da próxima vez,? (?:\\p{L}+ )?(?:leia|lê|verifique|veja|consulte)', 'letras pequenas', 'saberia(?:s)? disso',
    'se (?:\\p{L}+ )?(?:tivesse|tivesses|tivessem|tinha) (?:\\p{L}+ )?(?:lido|verificado|visto|consultado|seguido|prestado atenção)',
    '(?:devia|deveria|devias|tinha de|tinha que|teria de|teria que) (?:ter )?(?:\\p{L}+ )?(?:lido|ler|verificado|verificar|visto|consultado|consultar|sabido|saber)',
    'como (?:já )?(?:lhe |te )?(?:dissemos|explicámos|explicamos|referimos|indicámos|indicamos|foi dito)', 'não é (?:nosso|nossa) (?:problema|culpa|responsabilidade)', 'não é culpa nossa',
    '(?:é|foi) (?:\\p{L}+ )?(?:culpa|problema|responsabilidade) (?:sua|tua|do cliente)', '(?:a )?(?:sua|tua) (?:própria )?culpa', 'não leu', 'não (?:se )?deu ao trabalho',
    'estava (?:bem )?(?:escrito|claro) (?:no|nas|nos)', 'acalme-se', 'estava à espera de quê', 'ninguém mais', 'saberia disso',
  ],
  sarcasm: {
    mock: ['parabéns', 'bravo', 'muito bem', 'que g[éê]nio', 'impressionante'],
    target: ['únic[oa]', 'partiu', 'perdeu', 'descobri\\p{L}*', 'descobert\\p{L}*', 'encontrou'],
    solo: ['como (?:é que )?sobreviveu', 'como (?:vai|vais) sobreviver', '(?:ai )?que drama', 'claro,? porque'],
  },
  sales: {
    verb: ['aproveit\\p{L}*', 'mude', 'passe (?:para|já)', 'adira', 'experimente', 'compre', 'garanta', 'não perca', 'subscreva', 'assine', 'ative'],
    object: ['tarifário\\p{L}*', 'plano\\p{L}*', 'pacote\\p{L}*', 'desconto\\p{L}*', 'promoç\\p{L}*', 'oferta\\p{L}*', '\\d+ ?%', 'metade do preço', 'código', 'grátis'],
    solo: ['convide (?:os seus |um )?amigo\\p{L}*', 'traga um amigo', 'recomende-nos'],
  },
};
