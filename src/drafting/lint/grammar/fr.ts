import type { LangGrammar } from './types.js';

const W = '(?:\\p{L}+ )';

export const fr: LangGrammar = {
  promise: {
    commit: [
      '\\p{L}+(?:erons|irons|rons|era|ira|ront|erez|irez)', 'nous allons', 'on va', 'va être', 'vous (?:allez )?(?:recevr|aur)\\p{L}*', 'nous (?:vous )?(?:\\p{L}+ons)', "on (?:vous )?(?:l')?\\p{L}+(?:e|ons)",
      'avons \\p{L}+(?:é|i|is|it)', 'immédiatement', 'tout de suite', 'garanti\\p{L}*', 'promet\\p{L}*', 'promis',
    ],
    negate: ['ne (?:pouvons|pourrons|peut|pourra|sommes) pas', 'pas (?:possible|en mesure)', `ne ${W}?pas`, `n'${W}{1,2}pas`, 'publiquement', 'en public', 'si', 'éventuel\\p{L}*', 'peut-être', 'possibilit\\p{L}*'],
    refund: ['rembours\\p{L}*', `(?:rend|rendr|restitu)\\p{L}* ${W}{0,3}?(?:argent|montant|somme|frais)`],
    compensation: [
      "(?:l'argent|le montant|la somme|la différence) (?:[\\p{L}'-]+ ){0,4}?sur votre (?:carte|compte)", 'rattrap\\p{L}*', 'dédommag\\p{L}*', 'indemnis\\p{L}*', 'compens\\p{L}*', 'geste commercial', "bon d'achat", 'bon de réduction', 'réduction\\p{L}*', 'remise(?! en)', 'rabais', 'crédit\\p{L}*', 'vous offr\\p{L}*', 'offert\\p{L}*',
      `annul\\p{L}* ${W}{0,2}?(?:frais|pénalité|facture|prélèvement|surcoût)`, `(?:frais|pénalité)\\p{L}* ${W}{0,2}?(?:annulé|supprimé|offert|remboursé)\\p{L}*`,
      `pr(?:en|is)\\p{L}* en charge ${W}{0,2}?(?:frais|coût|réparation|facture)`, 'à moitié prix', 'moitié prix', 'gratuit\\p{L}*', 'à nos frais', 'cadeau',
    ],
    freeProduct: ['gratuit\\p{L}*', 'sans frais', 'offert\\p{L}*', 'nouveau (?:téléphone|portable|mobile|appareil|routeur|chargeur)', 'nouvel appareil', 'appareil de remplacement', `remplac\\p{L}* ${W}{0,2}?(?:téléphone|portable|mobile|appareil|routeur|box)`],
    fix: [`(?:réseau|signal|connexion|internet|ligne|service)\\p{L}* ${W}{0,2}?(?:revient|reviendra|sera de retour)`, 
      'rétabli\\p{L}*', 'répar\\p{L}*', 'résolu\\p{L}*', 'résoudr\\p{L}*', 'corrig\\p{L}*', 'réglé\\p{L}*', 'régler', 'remis\\p{L}* en service', 'remise en service', 'de nouveau (?:opérationnel|fonctionnel|disponible)\\p{L}*',
      're(?:march|fonctionn|connect|démarr)\\p{L}*', 'fonctionner\\p{L}* (?:à nouveau|de nouveau)', 'reviendra', 'revenir à la normale', 'de retour', 'retour à la normale',
    ],
    time: [
      'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'ce soir', 'cette semaine', 'la semaine prochaine', "d'ici (?:\\p{L}+ )?\\p{L}+",
      '(?:dans|sous|en moins de) (?:\\d+|une|deux|trois|quelques) (?:heures?|jours?|minutes?|h)', "(?:avant|d'ici|jusqu'à) \\d{1,2} ?h(?:\\d\\d)?", 'avant (?:la fin|ce soir|demain|\\p{L}+di)',
      '\\d{1,2} (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)',
    ],
    since: ['depuis', 'dernier', 'hier', 'passé'],
    exempt: ['status', 'au courant', 'informer\\p{L}*', 'informé\\p{L}*'],
    gift: ['recrédit\\p{L}*', `(?:différence|montant|somme|argent)\\p{L}* ${W}{0,5}?(?:revient|reviendra|sera (?:re)?versé\\p{L}*) sur votre (?:carte|compte)`, "c'est pour nous", '(?:sont|est) (?:offert\\p{L}*|pour nous)', `(?:frais|argent|montant|somme)\\p{L}* ${W}{0,5}?vous (?:reviennent|revient|seront rendus|sera rendu|seront remboursés|sera remboursé)`, 'à nos frais', "vous n'aurez (?:rien|pas) à payer"],
    private: ['(?:message|messagerie) privée?', 'en privé', 'en mp', 'par dm', 'dm'],
  },
  not: ['ne', "n'", 'pas', 'jamais', 'aucun\\p{L}*'],
  liability: {
    we: ['nous', `(?:notre|nos) ${W}?(?:technicien|installateur|équipe|personnel|mise à jour|logiciel|réseau|système|produit|chargeur|batterie|erreur|faute|livreur|part)\\p{L}*`, 'notre', 'nos'],
    fault: ['faute\\p{L}*', 'négligen\\p{L}*', `assum\\p{L}* ${W}{0,3}?(?:responsabilité|faute|erreur)`, `reconnaiss\\p{L}* ${W}{0,2}?(?:faute|erreur|responsabilité)`, 'sommes (?:\\p{L}+ )?responsables'],
    cause: ['caus\\p{L}*', 'provoqu\\p{L}*', 'occasionn\\p{L}*', 'dû à|due à|dus à', 'à cause de', 'responsab\\p{L}*', 'endommag\\p{L}*', 'percé', 'cassé\\p{L}*'],
    harm: ['dégât\\p{L}*', 'dommage\\p{L}*', 'bless\\p{L}*', 'pert\\p{L}*', 'fuite\\p{L}*', 'incendie\\p{L}*', 'brûl\\p{L}*', 'inond\\p{L}*', 'préjudice\\p{L}*', 'endommag\\p{L}*', 'cassé\\p{L}*'],
  },
  tone: [
    `(?:ce n'est|c'est|ce n'était|c'était) (?:pas|vraiment pas) (?:si|très|aussi|bien) (?:difficile|compliqué|sorcier)[^.!?]{0,40}?(?:si vous|si tu|lire|lisez|regardez|prenez la peine)`,
    '(?:dit|expliqué|répété) (?:\\p{L}+ ){0,2}?(?:deux|trois|plusieurs|mille|cent) fois', 'écoutez (?:un peu|donc|bien|nous)', 'faites attention',
    'la prochaine fois,? (?:\\p{L}+ )?(?:lisez|lis|vérifiez|regardez)', 'petites lignes', 'vous le sauriez',
    'il (?:suffisait|fallait|aurait fallu) (?:de )?(?:\\p{L}+ )?(?:lire|vérifier|regarder|consulter|suivre|demander|faire attention)',
    'vous (?:auriez|aviez) (?:dû|pu) (?:\\p{L}+ )?(?:lire|vérifier|regarder|consulter|suivre|savoir|demander)', 'si vous aviez (?:\\p{L}+ )?(?:lu|vérifié|regardé|consulté|suivi|fait attention)',
    "comme (?:nous l'avons|on l'a|nous vous l'avons|déjà) (?:déjà )?(?:dit|expliqué|indiqué|précisé|mentionné)", "(?:ce n'est|c'est) pas (?:notre|de notre) (?:problème|faute|responsabilité)",
    "(?:c'est|c'était) (?:votre|ta|de votre) (?:\\p{L}+ )?(?:problème|faute|responsabilité)", 'votre (?:propre )?faute', "vous n'avez (?:même )?pas (?:lu|vérifié|regardé)",
    "(?:c'était|c'est) (?:pourtant )?(?:écrit|indiqué|précisé) (?:dans|sur)", 'calmez-vous', "qu'est-ce que vous (?:attendiez|croyiez)", "personne d'autre", 'vous avez tort',
    'arrêtez de vous plaindre', 'vous étiez (?:prévenu|informé|averti)\\p{L}*',
  ],
  sarcasm: {
    mock: ['bravo', 'félicitations', 'chapeau', 'bien joué', 'quel talent', 'génial'],
    target: ['seul\\p{L}*', 'cassé\\p{L}*', 'perdu', 'découvert', 'trouvé'],
    solo: ['comment avez-vous survécu', 'comment (?:allez-vous|vas-tu) survivre', 'quel drame', 'bien sûr,? parce que', 'comme par hasard'],
  },
  sales: {
    verb: ['profitez', 'profite', 'passez (?:au|à)', 'passe (?:au|à)', 'découvrez', 'essayez', 'optez', 'craquez', 'souscrivez', 'abonnez-vous', 'commandez', 'achetez', 'ne ratez pas', 'ne manquez pas', 'foncez'],
    object: ['forfait\\p{L}*', 'offre\\p{L}*', 'abonnement\\p{L}*', 'promo\\p{L}*', 'réduction\\p{L}*', 'remise\\p{L}*', '\\d+ ?%', 'moitié prix', 'code', 'gratuit\\p{L}*', 'pack'],
    solo: ['parrainez', 'parrainage', 'invitez vos amis'],
  },
};
