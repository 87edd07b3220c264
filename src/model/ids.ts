// Identifiers for documents, nodes and ties. Ids are branded strings so a tie id cannot be passed
// where a node id belongs (the idea of tldraw's RecordId). Generation uses the platform's
// crypto.getRandomValues, available in browsers, workers and Node 20 alike.
import { z } from 'zod';

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

/** A random id such as `n-k3j9x0a2b7`: a prefix, a dash and ten base-36 characters (~51 bits). */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let out = `${prefix}-`;
  for (const b of bytes) out += ALPHABET[b % 36];
  return out;
}

export const newNodeId = (): NodeId => newId('n') as NodeId;
export const newTieId = (): TieId => newId('t') as TieId;
export const newMapId = (): MapId => newId('map') as MapId;

/** Treat a trusted string (already validated) as a node id. */
export const asNodeId = (s: string): NodeId => s as NodeId;
/** Treat a trusted string (already validated) as a tie id. */
export const asTieId = (s: string): TieId => s as TieId;
