import type { LangGrammar } from './types.js';

const W = '(?:\\p{L}+ )';
const MONEY_OBJ = '(?:importe|dinero|cargo|cobro|pago|cuota|mensualidad|recargo|penalización|€|\\d)\\p{L}*';
const FUT = '(?:aremos|eremos|iremos|ará|erá|irá|arán|erán|irán)';

export const es: LangGrammar = {
  promise: {
    commit: [
      `\\p{L}+${FUT}`, 'vamos a', 'podemos', `(?:te|le|les|os) (?:lo |la )?(?!sent|lament|ped|agradec)\\p{L}+(?:amos|emos|imos)`, '(?:ya )?(?:te |le )?hemos \\p{L}+(?:ado|ido)',
      'garantiz\\p{L}*', 'promet\\p{L}*', 'ahora mismo', 'de inmediato', 'recibir(?:ás|á|án)', 'tendr(?:ás|á)', 'corre de nuestra cuenta',
    ],
    negate: ['no (?:podemos|es posible|puedo|vamos a|te podemos|le podemos)', `no ${W}?(?:tratar|hablar|gestionar|prometer|garantizar)`, 'públicamente', 'en público', 'si', 'posible', 'quizás?', 'opciones', 'valorar'],
    refund: ['reembols\\p{L}*', `(?:devol|devuelv)\\p{L}* ${W}{0,3}?${MONEY_OBJ}`, 'dinero de vuelta', 'reintegr\\p{L}*'],
    compensation: [
      'compens\\p{L}*', 'abon(?:amos|aremos|ará|ar|emos|aríamos)', 'bonific\\p{L}*', 'descuent\\p{L}*', 'cupón|cupones', 'vales? (?:de|regalo)', 'tarjeta regalo', 'indemniz\\p{L}*',
      `(?:anul|quit|elimin|retir|condon|perdon)\\p{L}* ${W}{0,3}?(?:cargo|cobro|recargo|cuota|penalización|deuda|factura)\\p{L}*`, 'descont\\p{L}*',
      `cubri\\p{L}* ${W}{0,2}?(?:coste|costo|gasto|reparación)\\p{L}*`, 'corre(?:rá)? de nuestra cuenta', '(?:a )?mitad de precio', 'gratis', 'sin (?:coste|costo|cargo)',
    ],
    freeProduct: ['gratis', 'gratuit\\p{L}*', 'sin (?:ningún )?(?:coste|costo|cargo)', 'nuevo (?:móvil|teléfono|terminal|router|equipo|cargador)', '(?:móvil|teléfono|terminal|router|equipo|cargador) nuevo', 'terminal de sustitución', `sustitu\\p{L}* ${W}{0,2}?(?:móvil|teléfono|terminal|router|equipo)`],
    fix: [`(?:señal|red|cobertura|conexión|internet|línea|servicio)\\p{L}* ${W}{0,2}?(?:vuelve|volverá|regresa|regresará)`, 'solucion\\p{L}*', 'arregl\\p{L}*', 'repar\\p{L}*', 'restablec\\p{L}*', 'restaur\\p{L}*', 'resuel\\p{L}*', 'resolv\\p{L}*', 'volver\\p{L}* a (?:funcionar|estar)', 'funcionando de nuevo', 'funcionar(?:á|án)', 'operativ\\p{L}*', 'recuper\\p{L}*'],
    time: [
      'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'mañana', 'esta semana', '(?:la )?(?:próxima semana|semana que viene)',
      '(?:en|dentro de|en menos de) (?:\\d+|una|dos|tres|unas|pocas) (?:horas?|días?|minutos?)', '(?:antes de|hasta|para) las \\d{1,2}',
      '\\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)', 'antes del? (?:fin|final)',
    ],
    since: ['desde', 'pasado', 'ayer', 'anterior'],
    exempt: ['status', 'te (?:iremos|mantendremos|mantenemos) informad\\p{L}*', 'informando', 'novedades', 'te avis(?:amos|aremos)'],
    gift: ['reingres\\p{L}*', `(?:diferencia|importe|dinero|cargo|cobro)\\p{L}* ${W}{0,5}?(?:vuelve|volverá|regresa|estará de vuelta) (?:a|en) (?:tu|su) (?:tarjeta|cuenta)`, '(?:corre|corren|va|van|queda|quedan|irá|irán) (?:de|por) nuestra cuenta', 'no (?:tendrás|tendrá|tienes|tiene) que pagar', `${MONEY_OBJ} ${W}{0,3}?(?:se te |se le |te |le )?(?:devol|devuelv)\\p{L}*`],
    private: ['(?:mensaje|canal) privado', 'por privado', 'en privado', 'por dm', 'md', 'dm'],
  },
  not: ['no', 'nunca', 'ni', 'tampoco'],
  liability: {
    we: ['nosotros', `nuestr\\p{L}* ${W}?(?:técnic\\p{L}*|instalador\\p{L}*|equipo|personal|actualización|software|red|sistema|producto|cargador|batería|error|culpa|parte|mensajero)`, 'nuestr\\p{L}*'],
    fault: ['culpa\\p{L}*', 'negligen\\p{L}*', 'somos (?:\\p{L}+ )?responsables', `asum\\p{L}* ${W}{0,2}?(?:responsabilidad|culpa)`, 'respond\\p{L}* (?:por|de)', 'error nuestro', 'fallo nuestro', 'admit\\p{L}*'],
    cause: ['caus\\p{L}*', 'provoc\\p{L}*', 'ocasion\\p{L}*', 'por culpa de', 'debido a', 'romp\\p{L}*', 'rompi\\p{L}*', 'responsab\\p{L}*'],
    harm: ['dañ\\p{L}*', 'lesi\\p{L}*', 'pérdid\\p{L}*', 'fuga\\p{L}*', 'incendi\\p{L}*', 'quemad\\p{L}*', 'inundac\\p{L}*', 'perjuicio\\p{L}*', 'destroz\\p{L}*', 'rot[oa]s?'],
  },
  tone: [
    `no es (?:tan|muy|nada|para tanto)(?: (?:difícil|complicado|complicada|confuso|confusa))?[^.!?]{0,40}?(?:si (?:te |se |usted )?(?:lees|lee|leyeras|leyera|miras|mira|fijas|fija)|lee|léete|léase)`,
    '(?:te |le |os )?(?:hemos )?(?:dicho|explicado|repetido) (?:\\p{L}+ ){0,2}?(?:dos|tres|varias|mil|muchas) veces', 'a ver si (?:escuchas|escucha|lees|lee)', 'presta atención', 'preste atención', 'escúchanos bien',
    'la próxima vez,? (?:\\p{L}+ )?(?:lee|lea|revisa|revise|mira|mire|fíjate|fíjese)', 'letra pequeña', 'lo sabrías', 'ya lo sabrías',
    'si (?:\\p{L}+ )?(?:hubieras|hubiera|hubiese|hubieses|hubieran) (?:\\p{L}+ )?(?:leído|revisado|mirado|consultado|seguido|comprobado|prestado|hecho caso|llamado)',
    '(?:deberías|debería|deberían|tendrías que|tendría que|tenías que|tenía que) (?:haber )?(?:\\p{L}+ )?(?:leído|leer|revisado|revisar|mirado|mirar|comprobado|comprobar|consultado|consultar|sabido|saber|fijado|fijarte|fijarse)',
    'como (?:ya )?(?:te |le |os )(?:hemos )?(?:dijimos|dicho|explicamos|explicado|indicamos|indicado|comentamos|comentado)', 'como (?:ya )?hemos (?:dicho|explicado|indicado|comentado)', 'como ya (?:dijimos|explicamos|indicamos|comentamos)', 'no es (?:nuestro|nuestra) (?:problema|culpa|responsabilidad)',
    '(?:es|fue) (?:tu|su) (?:\\p{L}+ )?(?:problema|culpa|responsabilidad)', '(?:tu|su) (?:propia )?culpa', 'ya (?:te|le|se) (?:avisamos|informamos|advertimos|dijimos)',
    'estaba (?:claramente )?(?:en|escrito en) (?:el contrato|las condiciones)', 'cálmate|cálmese|tranquilícese', 'qué esperabas|qué esperaba', 'nadie más (?:tiene|se queja)',
    'deja de quejarte|deje de quejarse', 'no estarías? quejándo\\p{L}*', 'no (?:te )?(?:leíste|leyó|molestaste|molestó)',
  ],
  sarcasm: {
    mock: ['enhorabuena', 'felicidades', 'felicitaciones', 'bravo', 'qué (?:talento|genio|logro)', 'muy bien hecho'],
    target: ['únic[oa]', 'por (?:encontrar|romper|perder|conseguir|lograr)', 'rompiste', 'perdiste', 'descubiert\\p{L}*', 'descubrir', 'encontrado'],
    solo: ['cómo (?:has|ha|habéis) sobrevivido', 'cómo sobreviviste', 'vaya (?:drama|tragedia)', 'qué drama', 'claro,? porque'],
  },
  sales: {
    verb: ['aprovecha\\p{L}*', 'pásate', 'pásese', 'cámbiate', 'cámbiese', 'prueba', 'pruebe', 'consigue', 'consiga', 'hazte con', 'no te pierdas', 'no se pierda', 'compra', 'compre', 'actualiza a', 'mejora a', 'suscríbete'],
    object: ['tarifa\\p{L}*', 'plan(?:es)?', 'paquete\\p{L}*', 'descuento\\p{L}*', 'ofert\\p{L}*', 'promoci\\p{L}*', '\\d+ ?%', 'mitad de precio', 'código', 'gratis'],
    solo: ['invita a tus amigos', 'trae a un amigo', 'recomiéndanos'],
  },
};
