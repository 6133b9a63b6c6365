/**
 * Composed phrase grammar: instead of memorised phrases, each language gives small
 * word classes (who commits, what is offered, fix verbs, time expressions, fault and harm
 * words...) with inflection-tolerant stems, and the rules look for two classes close
 * together in one sentence ("we'll" × "refund", "fix" × "by Thursday", "our installer" ×
 * "caused" + "leak"). Patterns are regex source fragments matched whole-word and
 * case-insensitively (see ../match.ts).
 */
export interface Near {
  a: string[];
  b: string[];
  /** Most characters allowed between the end of one hit and the start of the other. */
  gap: number;
}

export interface LangGrammar {
  promise: {
    /** Future, modal or done-deed forms that commit to something ("we'll", "θα", "-remos", "wir werden"). */
    commit: string[];
    /** Negations and hedges that cancel a promise in the same sentence ("we can't", "no podemos"). */
    negate: string[];
    refund: string[];
    compensation: string[];
    freeProduct: string[];
    /** Fix / restore verbs (stems). */
    fix: string[];
    /** Time commitments: weekdays, tomorrow, "within 24 hours", clock times, dates. */
    time: string[];
    /** Words that make a following time expression past ("since Friday", "seit Freitag"). */
    since: string[];
    /** Brand-allowed ways to talk about timing: status page, "we'll update you". */
    exempt: string[];
    /** Gifts that commit by themselves, without a future verb ("your next two bills are free", "corren de nuestra cuenta"). */
    gift: string[];
    /** The private channel: an offer in the same clause ("compensation is handled privately") is moved, not promised. */
    private: string[];
  };
  /** Negation words: a negation between the two parts cancels an admission ("we are not to blame"). */
  not: string[];
  liability: {
    /** First-person plural agents: "we", "our installer", "nuestro técnico". */
    we: string[];
    /** Words that admit fault by themselves next to an agent: fault, blame, negligence, liable. */
    fault: string[];
    /** Causing words: with an agent and a harm word in the sentence they admit liability. */
    cause: string[];
    harm: string[];
  };
  /** Blame aimed at the customer, composed from second-person forms (whole patterns), incl. lectures ("next time, read…") and "you'd have known". */
  tone: string[];
  sarcasm: {
    /** Exaggerated praise ("congrats", "bravo") ... */
    mock: string[];
    /** ... about a misfortune ("the only dead spot", "managed to"). */
    target: string[];
    /** Stand-alone mockery, incl. mock survival ("how did you ever cope?") and mock drama. */
    solo: string[];
  };
  sales: {
    /** Calls to act ("switch", "upgrade", "grab", "aproveita") ... */
    verb: string[];
    /** ... on an offer ("plan", "30% off", "half price", "deal", "code"). */
    object: string[];
    solo: string[];
  };
}

/** `alt('a', 'b')` → `(?:a|b)`: a small helper to compose patterns from word classes. */
export const alt = (...xs: string[]): string => `(?:${xs.join('|')})`;
