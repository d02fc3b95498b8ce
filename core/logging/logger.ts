/** Log levels in increasing severity. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export interface LogRecord {
  readonly time: number;
  readonly level: LogLevel;
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * The logger plugins and core services receive. Fields are structured context (jobId, plugin); messages
 * must not contain secrets: sensitive option values are never passed to a logger.
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** A logger that adds `fields` to every record. */
  child(fields: Record<string, unknown>): Logger;
}

export type LogSink = (record: LogRecord) => void;

/** A logger that hands records at or above `level` to `sink`. */
export function createLogger(sink: LogSink, level: LogLevel = 'info', fields: Record<string, unknown> = {}): Logger {
  const min = LOG_LEVELS.indexOf(level);
  const emit = (lvl: LogLevel) => (message: string, extra?: Record<string, unknown>) => {
    if (LOG_LEVELS.indexOf(lvl) < min) return;
    sink({ time: Date.now(), level: lvl, message, fields: extra ? { ...fields, ...extra } : fields });
  };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (more) => createLogger(sink, level, { ...fields, ...more }),
  };
}

/** Drops everything: the default for code that embeds the runtime and wants silence. */
export const silentLogger: Logger = createLogger(() => undefined, 'error');

/** One line per record on stderr: `2026-11-26 23:10:26 INFO  [job=..] message`. */
export function stderrLogSink(record: LogRecord): void {
  const t = new Date(record.time).toISOString().replace('T', ' ').slice(0, 19);
  const ctx = Object.entries(record.fields)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  process.stderr.write(`${t} ${record.level.toUpperCase().padEnd(5)} ${ctx ? `[${ctx}] ` : ''}${record.message}\n`);
}
