/**
 * Structured JSON logs, one line per event. Request logs carry method, path (without the query string),
 * status and duration only: never bodies, query strings or headers, so no patient data reaches the logs.
 * @module
 */

/** Log levels, most to least verbose. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** A log level. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A logger. */
export interface Logger {
  log(
    level: Exclude<LogLevel, 'silent'>,
    msg: string,
    fields?: Record<string, string | number | boolean | null>,
  ): void;
}

/**
 * A JSON-lines logger.
 * @param level - the minimum level written
 * @param write - where lines go (default: standard output)
 */
export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (l) => void process.stdout.write(l),
): Logger {
  const min = LOG_LEVELS.indexOf(level);
  return {
    log(lv, msg, fields = {}) {
      if (LOG_LEVELS.indexOf(lv) < min) return;
      write(`${JSON.stringify({ time: new Date().toISOString(), level: lv, msg, ...fields })}\n`);
    },
  };
}

/** A logger that writes nothing. */
export const silentLogger: Logger = { log: () => undefined };
