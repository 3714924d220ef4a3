import { describe, expect, it } from 'vitest';
import { accessProblemFix, classifyAccessProblem } from './access-problems';
import refusals from './fixtures/access-refusals.json';

describe('classifyAccessProblem', () => {
  it('reads each refusal WHMCS words, and nothing else', () => {
    expect(classifyAccessProblem('Invalid Permissions: API action "addorder" is not allowed')).toMatchObject({ kind: 'permission', action: 'addorder' });
    expect(classifyAccessProblem('Invalid IP 2001:db8::1')).toMatchObject({ kind: 'ip', ip: '2001:db8::1' });
    expect(classifyAccessProblem('Invalid Access Key')?.kind).toBe('access-key');
    expect(classifyAccessProblem('IP Banned')?.kind).toBe('banned');
    expect(classifyAccessProblem('Authentication Failed')?.kind).toBe('credentials');
    expect(classifyAccessProblem('Invalid or missing credentials')?.kind).toBe('credentials');
    expect(classifyAccessProblem('Client Not Found')).toBeNull();
    expect(classifyAccessProblem('Email or Password Invalid')).toBeNull();
  });

  it('names the setting to change', () => {
    expect(accessProblemFix({ kind: 'ip', message: 'Invalid IP 203.0.113.9', ip: '203.0.113.9' })).toContain('add 203.0.113.9');
    expect(accessProblemFix({ kind: 'access-key', message: 'Invalid Access Key' })).toContain('WHMCS_API_ACCESSKEY');
  });
});

describe('real refusals (lib/whmcs/fixtures/access-refusals.json, each with its source)', () => {
  it.each(refusals)('reads $kind from $source', ({ body, kind }) => {
    const { message } = JSON.parse(body) as { message: string };
    expect(classifyAccessProblem(message)?.kind).toBe(kind);
  });
});
