import { Options } from '../options/option';
import { OptionRule } from '../options/option-rule';

/** The `env` options the runtime itself reads (spec: SeaTunnel's EnvCommonOptions). Unknown keys are ignored. */
export const JOB_MODE = Options.key('job.mode').enumType('BATCH', 'STREAMING').defaultTo('BATCH').describe('BATCH jobs end when their sources are exhausted; STREAMING jobs run until stopped');
export const JOB_NAME = Options.key('job.name').stringType().defaultTo('SeaTunnel_Job').describe('The job name');
export const PARALLELISM = Options.key('parallelism').intType().defaultTo(1).describe('Default parallelism of sources (and so of their transforms and sinks)');
export const CHECKPOINT_INTERVAL = Options.key('checkpoint.interval').longType().min(0).describe('Milliseconds between checkpoints; unset in BATCH disables checkpoints');
export const CHECKPOINT_TIMEOUT = Options.key('checkpoint.timeout').longType().min(1).defaultTo(60_000).describe('Milliseconds after which a checkpoint fails');
export const JOB_RETRY_TIMES = Options.key('job.retry.times').intType().min(0).defaultTo(3).describe('Restarts of a failed job from its last checkpoint');
export const JOB_RETRY_INTERVAL = Options.key('job.retry.interval.seconds').intType().min(0).defaultTo(3).describe('Seconds between restarts');
export const ROWS_PER_SECOND = Options.key('read_limit.rows_per_second').intType().min(1).describe('Rate limit of each parallel source reader, in rows per second');
export const BYTES_PER_SECOND = Options.key('read_limit.bytes_per_second').intType().min(1).describe('Rate limit of each parallel source reader, in bytes per second');
export const SHADE_IDENTIFIER = Options.key('shade.identifier').stringType().defaultTo('default').describe('Config shade that decrypts sensitive options');

export const envOptionRule = OptionRule.builder()
  .optional(JOB_MODE, JOB_NAME, PARALLELISM, CHECKPOINT_INTERVAL, CHECKPOINT_TIMEOUT, JOB_RETRY_TIMES, JOB_RETRY_INTERVAL, ROWS_PER_SECOND, BYTES_PER_SECOND, SHADE_IDENTIFIER)
  .build();
