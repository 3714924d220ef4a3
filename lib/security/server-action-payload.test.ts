import { describe, expect, it } from 'vitest';
// React's own encoder, as the browser runs it for a server action call: the payloads it makes are
// the ones that must pass.
import { encodeReply } from 'next/dist/compiled/react-server-dom-webpack/client.node.js';
import { MAX_ACTION_PAYLOAD_DEPTH, malformedActionPayload } from './server-action-payload';

function post(body: BodyInit, contentType?: string): Request {
  const headers = contentType ? { 'content-type': contentType } : undefined;
  return new Request('http://shop.test/cart', { method: 'POST', body, headers });
}

/** The request the browser sends for `args`: JSON text, or multipart when React needs side parts. */
async function actionCall(args: unknown[]): Promise<Request> {
  const body = (await encodeReply(args)) as string | FormData;
  return typeof body === 'string' ? post(body, 'text/plain;charset=UTF-8') : post(body);
}

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('malformedActionPayload', () => {
  it('accepts what React sends: JSON arguments, and multipart with FormData entries', async () => {
    expect(await malformedActionPayload(await actionCall([]))).toBeNull();
    expect(await malformedActionPayload(await actionCall([{ pid: 1, cycle: 'monthly', options: { 3: [1, 2] }, note: '[{' }]))).toBeNull();
    const form = new FormData();
    form.append('quantity', '{not json, a field as typed');
    form.append('file', new Blob(['%PDF']), 'a.pdf');
    const multipart = await actionCall(['item-1', form]);
    expect(multipart.headers.get('content-type')).toMatch(/^multipart\/form-data/);
    expect(await malformedActionPayload(multipart)).toBeNull();
  });

  it('refuses truncated JSON', async () => {
    const text = (await encodeReply([{ pid: 1, cycle: 'monthly' }])) as string;
    expect(await malformedActionPayload(post(text.slice(0, -3), 'text/plain;charset=UTF-8'))).toBe('not JSON');
    expect(await malformedActionPayload(post('', 'text/plain;charset=UTF-8'))).toBe('not JSON');
  });

  it('refuses broken multipart, and a numbered part that is not JSON', async () => {
    const broken = post('--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["a"', 'multipart/form-data; boundary=xyz');
    expect(await malformedActionPayload(broken)).toBe('broken multipart body');
    const form = new FormData();
    form.append('0', '["$K1"');
    expect(await malformedActionPayload(post(form))).toBe('field 0: not JSON');
  });

  it('refuses nesting deeper than the limit, in JSON text or a numbered part', async () => {
    expect(await malformedActionPayload(post(nested(MAX_ACTION_PAYLOAD_DEPTH), 'text/plain'))).toBeNull();
    expect(await malformedActionPayload(post(nested(100_000), 'text/plain'))).toMatch(/nested deeper/);
    const form = new FormData();
    form.append('0', `[${nested(MAX_ACTION_PAYLOAD_DEPTH + 1)}]`);
    expect(await malformedActionPayload(post(form))).toMatch(/^field 0: nested deeper/);
  });
});
