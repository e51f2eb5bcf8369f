import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The data field holding an event's sealed personal fields: their paths in clear, their values sealed. */
export const SEALED_FIELDS = 'sealedPersonalData';
/** The metadata field naming the customer key an event's personal fields belong to. */
export const PERSONAL_DATA_KEY = 'personalDataKey';

export interface SealedFields {
  readonly paths: readonly string[];
  /** Base64 of the 12-byte nonce, the 16-byte tag and the AES-256-GCM ciphertext of the values. */
  readonly box: string;
}

type Values = Record<string, string>;
type Json = Record<string, unknown>;

const NONCE = 12;
const TAG = 16;

/** The string values found at the paths, and the data without them. */
export function takeFields(data: Json, paths: readonly string[]): { rest: Json; values: Values } {
  const values: Values = {};
  let rest = data;
  for (const path of paths) {
    const value = valueAt(data, path);
    if (typeof value !== 'string') continue;
    values[path] = value;
    rest = withValueAt(rest, path, undefined);
  }
  return { rest, values };
}

/** The data with each value put back at its path (a copy: the data given is not changed). */
export function putFields(data: Json, values: Values): Json {
  return Object.entries(values).reduce((into, [path, value]) => withValueAt(into, path, value), data);
}

/**
 * Seals the values with AES-256-GCM under a fresh nonce. `context` (stream and event id) is
 * authenticated with them, so a box moved to another event does not open.
 */
export function seal(key: Buffer, context: string, values: Values): string {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(Buffer.from(context));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), sealed]).toString('base64');
}

/** The values a box holds, or undefined when it does not open: another key, context or altered bytes. */
export function unseal(key: Buffer, context: string, box: string): Values | undefined {
  const bytes = Buffer.from(box, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE))
      .setAAD(Buffer.from(context))
      .setAuthTag(bytes.subarray(NONCE, NONCE + TAG));
    const text = Buffer.concat([decipher.update(bytes.subarray(NONCE + TAG)), decipher.final()]);
    return JSON.parse(text.toString('utf8')) as Values;
  } catch {
    return undefined;
  }
}

function valueAt(data: Json, path: string): unknown {
  return path.split('.').reduce<unknown>((at, name) => (isObject(at) ? at[name] : undefined), data);
}

function withValueAt(data: Json, path: string, value: string | undefined): Json {
  const [name, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length > 0) {
    const inner = data[name];
    return isObject(inner) ? { ...data, [name]: withValueAt(inner, rest.join('.'), value) } : data;
  }
  const { [name]: _old, ...others } = data;
  return value === undefined ? others : { ...others, [name]: value };
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
