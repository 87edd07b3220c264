// Identifiers for documents, nodes and ties. Ids are branded strings so a tie id cannot be passed
// where a node id belongs (the idea of tldraw's RecordId). Generation uses the platform's
// crypto.getRandomValues, available in browsers, workers and Node 20 alike.
import * as z from 'zod';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type NodeId = Brand<string, 'NodeId'>;
export type TieId = Brand<string, 'TieId'>;
export type MapId = Brand<string, 'MapId'>;

/**
 * What an id may look like: 1-128 printable characters with no spaces or quotes. Imported ids
 * (Kumu's, Gephi's) fit; control characters and markup characters do not.
 */
export const ID_PATTERN = /^[A-Za-z0-9_.:~@#+=-]{1,128}$/;

const idString = z
  .string()
  .regex(ID_PATTERN, 'must be 1-128 letters, digits or _ . : ~ @ # + = - (no spaces)');

export const NodeIdSchema = idString.transform((s) => s as NodeId);
export const TieIdSchema = idString.transform((s) => s as TieId);
export const MapIdSchema = idString.transform((s) => s as MapId);

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Random bytes drawn from the platform in blocks: one getRandomValues call per id cost more than
 * the rest of reading a 5,000-node workbook's ties together (each call crosses into the crypto
 * binding). Every byte is used once.
 */
const POOL = new Uint8Array(4096);
let poolAt = POOL.length;

/** A random id such as `n-k3j9x0a2b7`: a prefix, a dash and ten base-36 characters (~51 bits). */
export function newId(prefix: string): string {
  if (poolAt + 10 > POOL.length) {
    globalThis.crypto.getRandomValues(POOL);
    poolAt = 0;
  }
  let out = `${prefix}-`;
  for (let i = poolAt; i < poolAt + 10; i++) out += ALPHABET[(POOL[i] as number) % 36];
  poolAt += 10;
  return out;
}

export const newNodeId = (): NodeId => newId('n') as NodeId;
export const newTieId = (): TieId => newId('t') as TieId;
export const newMapId = (): MapId => newId('map') as MapId;

/** Treat a trusted string (already validated) as a node id. */
export const asNodeId = (s: string): NodeId => s as NodeId;
/** Treat a trusted string (already validated) as a tie id. */
export const asTieId = (s: string): TieId => s as TieId;
