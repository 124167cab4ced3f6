import type { PaymentProvider, PaymentRequest } from './payment-provider.ts';

/** The sandbox: a page on the backend itself (GET /pay/{paymentId}) with Pay and Decline buttons. */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';

  constructor(private readonly publicUrl: () => string) {}

  async createPaymentUrl(request: PaymentRequest): Promise<string> {
    return `${this.publicUrl()}/pay/${encodeURIComponent(request.paymentId)}`;
  }
}
