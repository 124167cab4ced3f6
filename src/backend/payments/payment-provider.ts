/** What a payment provider is told about a payment to collect. No card data ever reaches Maitre. */
export interface PaymentRequest {
  paymentId: string;
  orderId: string;
  amount: number;
  currency: string;
}

/**
 * A payment provider creates a hosted payment page and tells the backend the outcome (the sandbox
 * through its own routes; a real provider through its webhook, calling PaymentService.complete).
 */
export interface PaymentProvider {
  readonly name: string;
  /** The URL where the customer pays. */
  createPaymentUrl(request: PaymentRequest): Promise<string>;
}
