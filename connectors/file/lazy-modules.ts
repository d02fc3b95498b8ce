import type * as Iconv from 'iconv-lite';
import type * as LosslessJson from 'lossless-json';
import type * as Saxes from 'saxes';
import type * as TarStream from 'tar-stream';
import type * as Xlsx from '@e965/xlsx';
import type * as Yauzl from 'yauzl';

/**
 * Format libraries, loaded on first use: the spreadsheet library alone takes over a second to load, and
 * every job that registers the file connectors would pay for it even when it reads no spreadsheet.
 */

const cache = new Map<string, unknown>();
const load = <T>(name: string): T => {
  let mod = cache.get(name);
  if (mod === undefined) {
    mod = require(name);
    cache.set(name, mod);
  }
  return mod as T;
};

export const xlsx = (): typeof Xlsx => load('@e965/xlsx');
export const saxes = (): typeof Saxes => load('saxes');
export const tarStream = (): typeof TarStream => load('tar-stream');
export const yauzl = (): typeof Yauzl => load('yauzl');
export const iconv = (): typeof Iconv => load('iconv-lite');
export const losslessJson = (): typeof LosslessJson => load('lossless-json');
