import type { BackendContext } from '../domain/backend-context.ts';
import type { CartService } from '../domain/cart-service.ts';
import type { CustomerCancel } from '../domain/customer-cancel.ts';
import type { CustomerData } from '../domain/customer-data.ts';
import type { OrderLifecycle } from '../domain/order-lifecycle.ts';
import type { OrderService } from '../domain/order-service.ts';
import type { PaymentService } from '../payments/payment-service.ts';
import type { SubscriptionService } from '../webhooks/subscription-service.ts';
import type { AuthSettings } from './auth.ts';

/** What the route modules need; built once by buildBackendApp. */
export interface RouteDeps {
  ctx: BackendContext;
  auth: AuthSettings;
  customerTokenTtlSeconds: number;
  carts: CartService;
  orders: OrderService;
  lifecycle: OrderLifecycle;
  cancels: CustomerCancel;
  customers: CustomerData;
  payments: PaymentService;
  subscriptions: SubscriptionService;
}
