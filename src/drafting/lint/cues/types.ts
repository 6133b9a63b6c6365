/**
 * Per-language cue lists for the phrase rules. Patterns are regex source fragments,
 * matched case-insensitively on whole words (see ../match.ts); keep them specific:
 * every cue here can block a reply.
 */
export interface LangCues {
  /** Defensive or blaming phrases. */
  tone: string[];
  sarcasm: string[];
  /** Legal admissions. */
  liability: string[];
  promise: {
    /** Words that turn a mention of an offer into a commitment. */
    commit: string[];
    refund: string[];
    compensation: string[];
    freeProduct: string[];
    /** Fixing / restoring words; a date promise needs one of these and a `when`. */
    fix: string[];
    when: string[];
    /** Time expressions that can only be about the future ("tomorrow", "by Friday"): with a fix word they promise a date even without a future verb. */
    future: string[];
    /** Phrases that state a gift by themselves ("it's on us"): compensation without any other commitment word. */
    gift: string[];
    /** Phrases that make a sentence conditional or explicitly not a promise. */
    hedge: string[];
  };
  salesPitch: string[];
  /** Words that introduce an order/account/ticket number. */
  idWords: string[];
  /** Street words for addresses. */
  streetWords: string[];
}
