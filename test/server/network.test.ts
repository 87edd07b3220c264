// Which peers the server accepts (the room's network and this machine only) and how its document
// log survives a write cut short by a crash.
import { describe, expect, it } from 'vitest';

import { readRecords } from '../../src/server/docLog';
import { isLocalPeer, isLoopback } from '../../src/server/network';

describe('isLocalPeer', () => {
  it.each([
    '127.0.0.1',
    '127.5.6.7',
    '::1',
    '::ffff:127.0.0.1',
    '10.0.0.9',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.20',
    '::ffff:192.168.1.20',
    '169.254.10.10',
    'fd12:3456::1',
    'fe80::1',
  ])('accepts %s', (address) => expect(isLocalPeer(address)).toBe(true));

  it.each(['8.8.8.8', '172.15.0.1', '172.32.0.1', '192.169.0.1', '11.0.0.1', '::ffff:8.8.8.8', '2001:db8::1', '', 'localhost', '300.1.1.1'])(
    'refuses %s',
    (address) => expect(isLocalPeer(address)).toBe(false),
  );

  it('counts only 127/8 and ::1 as this machine', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('192.168.1.20')).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
  });
});

describe('readRecords', () => {
  it('reads length-prefixed records and drops a last one cut short', () => {
    // [len 2][1 2][len 1][9][len 5][3 4] (the last record promises 5 bytes and has 2)
    const bytes = new Uint8Array([0, 0, 0, 2, 1, 2, 0, 0, 0, 1, 9, 0, 0, 0, 5, 3, 4]);
    expect(readRecords(bytes).map((r) => [...r])).toEqual([[1, 2], [9]]);
  });
});
