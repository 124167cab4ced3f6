import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './sign-webhook.ts';

describe('webhook signatures', () => {
  const secret = 'whsec_0123456789abcdef';
  const body = '{"id":"evt_1","type":"order.status_changed"}';

  it('signs t.body with HMAC-SHA256 in hex and verifies it', () => {
    const header = signWebhook(secret, body, 1_700_000_000);
    const hex = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(header).toBe(`t=1700000000,v1=${hex}`);
    expect(verifyWebhookSignature(secret, header, body, 1_700_000_010, 300)).toBe(true);
    expect(verifyWebhookSignature(secret, header, Buffer.from(body), 1_700_000_010, 300)).toBe(true);
  });

  it('rejects another body, secret, a stale timestamp or a malformed header', () => {
    const header = signWebhook(secret, body, 1_700_000_000);
    expect(verifyWebhookSignature(secret, header, `${body} `, 1_700_000_000, 300)).toBe(false);
    expect(verifyWebhookSignature('another-secret-xxxx', header, body, 1_700_000_000, 300)).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, 1_700_000_301, 300)).toBe(false);
    expect(verifyWebhookSignature(secret, 'garbage', body, 1_700_000_000, 300)).toBe(false);
    expect(verifyWebhookSignature(secret, undefined, body, 1_700_000_000, 300)).toBe(false);
  });
});
