// Which peers the live-workshop server talks to: the room's own network and this machine, never
// the internet. `isLocalPeer` is checked on every HTTP request and websocket upgrade (the server
// also binds only to loopback and private interface addresses); `isLoopback` marks requests that
// come from this machine, the only place a host may open, lock or close a room from.
import { networkInterfaces } from 'node:os';

/** Strip the IPv4-mapped IPv6 prefix (`::ffff:192.168.1.5` → `192.168.1.5`). */
function plain(address: string): string {
  return address.toLowerCase().startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address.toLowerCase();
}

function ipv4Octets(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : Number.NaN));
  return octets.every((o) => o >= 0 && o <= 255) ? octets : null;
}

/** True for 127.0.0.0/8 and ::1. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const a = plain(address);
  if (a === '::1') return true;
  const o = ipv4Octets(a);
  return o !== null && o[0] === 127;
}

/**
 * True for addresses that stay inside a local network: loopback, the RFC 1918 ranges
 * (10/8, 172.16/12, 192.168/16), IPv4 link-local (169.254/16), IPv6 unique-local (fc00::/7) and
 * link-local (fe80::/10). Anything else, or an address that does not parse, is refused.
 */
export function isLocalPeer(address: string | undefined): boolean {
  if (address === undefined) return false;
  if (isLoopback(address)) return true;
  const a = plain(address);
  const o = ipv4Octets(a);
  if (o !== null) {
    const [x = -1, y = -1] = o;
    return x === 10 || (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168) || (x === 169 && y === 254);
  }
  if (!a.includes(':')) return false;
  const first = Number.parseInt(a.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}

/** This machine's IPv4 addresses on private networks (what phones in the room can reach). */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal && isLocalPeer(info.address) && !isLoopback(info.address)) {
        out.push(info.address);
      }
    }
  }
  return out;
}
