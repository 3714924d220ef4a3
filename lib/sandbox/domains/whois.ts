import type { Db } from '../rows';
import type { DomainParts } from './tlds';

/**
 * The sandbox's registry, deterministic so tests and demos know the answer in advance:
 * a name is registered when its first label starts with `taken` (`taken-name.com`), when it is
 * one of the well-known names below, or when a client of the sandbox holds it (any status but
 * Cancelled). Everything else is available.
 */
const REGISTERED = new Set(['example.com', 'example.net', 'example.org', 'google.com', 'whmcs.com', 'hostfront.io', 'xn--bcher-kva.de']);

export function isRegistered(db: Db, parts: DomainParts): boolean {
  if (parts.sld.startsWith('taken') || REGISTERED.has(parts.domain)) return true;
  return db.prepare("SELECT 1 FROM domains WHERE domain = ? AND status <> 'Cancelled'").get(parts.domain) !== undefined;
}

/** A registry's answer text, in the shape real WHOIS servers give (WHMCS passes it on untouched). */
export function whoisText(parts: DomainParts, registered: boolean): string {
  if (!registered) return `No match for "${parts.domain.toUpperCase()}".\n`;
  return [
    `Domain Name: ${parts.domain.toUpperCase()}`,
    'Registrar: Hostfront Sandbox Registrar',
    'Name Server: NS1.SANDBOX.EXAMPLE',
    'Name Server: NS2.SANDBOX.EXAMPLE',
    'Domain Status: clientTransferProhibited',
    '',
  ].join('\n');
}
