/**
 * WHMCS's refusals of the caller itself (not of what it asked), and what the shop's owner must
 * change for each. Texts as WHMCS's API middleware words them (lib/whmcs/NOTES.md "Access control").
 * Used by the client, which logs each once, and by `npm run doctor`.
 */
export type AccessProblem =
  | { kind: 'credentials'; message: string }
  | { kind: 'permission'; message: string; action: string }
  | { kind: 'ip'; message: string; ip: string }
  | { kind: 'access-key'; message: string }
  | { kind: 'banned'; message: string };

const PERMISSION = /^Invalid Permissions: API action "([^"]*)" is not allowed/;
const INVALID_IP = /^Invalid IP (\S*)/;

export function classifyAccessProblem(message: string): AccessProblem | null {
  const permission = PERMISSION.exec(message);
  if (permission) return { kind: 'permission', message, action: permission[1] as string };
  const ip = INVALID_IP.exec(message);
  if (ip) return { kind: 'ip', message, ip: ip[1] as string };
  if (message === 'Invalid Access Key') return { kind: 'access-key', message };
  if (message === 'IP Banned') return { kind: 'banned', message };
  if (message === 'Authentication Failed' || message === 'Invalid or missing credentials' || message.startsWith('Access Denied')) {
    return { kind: 'credentials', message };
  }
  return null;
}

/** What to change in WHMCS (or in Hostfront's environment) to get past the refusal. */
export function accessProblemFix(problem: AccessProblem): string {
  switch (problem.kind) {
    case 'permission':
      return `In WHMCS, System Settings → API Roles: allow the action "${problem.action}" in the role of Hostfront's API credential.`;
    case 'ip':
      return `In WHMCS, System Settings → General Settings → Security → API IP Access Restriction: add ${problem.ip || "Hostfront's server address"}, or set $api_access_key in WHMCS's configuration.php and give the same key to Hostfront as WHMCS_API_ACCESSKEY.`;
    case 'access-key':
      return "WHMCS_API_ACCESSKEY does not match $api_access_key in WHMCS's configuration.php: copy the key again (or unset WHMCS_API_ACCESSKEY and allow Hostfront's IP instead).";
    case 'banned':
      return "WHMCS banned Hostfront's IP after failed logins: remove the ban under Utilities → Security → Banned IPs (Hostfront does not retry refused credentials), then check the credentials.";
    case 'credentials':
      return 'Check WHMCS_API_IDENTIFIER and WHMCS_API_SECRET against System Settings → Manage API Credentials (the secret is shown only once: regenerate it if in doubt).';
  }
}
