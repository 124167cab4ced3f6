export type { PaymentProvider, PaymentRequest } from './payment-provider.ts';
export { type PaymentOutcome, PaymentService } from './payment-service.ts';
export { SandboxPaymentProvider } from './sandbox-payment-provider.ts';
