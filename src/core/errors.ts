/**
 * Errors are values with meaning. Adapters and the LLM clients classify failures
 * into these; the caller that decides what to do logs them once.
 */
export class GlasshouseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The platform said "not now": wait until `resetAt`. */
export class RateLimited extends GlasshouseError {
  constructor(
    readonly platform: string,
    readonly resetAt: Date,
    message = `${platform}: rate limited until ${resetAt.toISOString()}`,
  ) {
    super(message);
  }
}

/** Credentials missing, wrong or lacking a scope: retrying will not help. */
export class AuthFailed extends GlasshouseError {
  constructor(readonly platform: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The post or account does not exist (deleted, private, wrong id). */
export class NotFound extends GlasshouseError {
  constructor(readonly platform: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Network hiccup or 5xx: worth a retry with backoff. */
export class Transient extends GlasshouseError {
  constructor(readonly platform: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The platform refuses an API reply to this post (e.g. X self-serve rules): reply by hand. */
export class ReplyNotAllowed extends GlasshouseError {
  constructor(readonly platform: string, message: string) {
    super(message);
  }
}

/** A setting is missing or wrong. The message names the setting and what is expected. */
export class ConfigError extends GlasshouseError {}

/** Bad input to a CLI command: names file, line and what is wrong. */
export class InputError extends GlasshouseError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

/** A case transition the state machine does not allow. */
export class InvalidTransition extends GlasshouseError {}

/** A person tried something their role does not allow. */
export class NotPermitted extends GlasshouseError {}
