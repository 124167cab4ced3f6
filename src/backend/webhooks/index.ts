export { signWebhook, verifyWebhookSignature } from './sign-webhook.ts';
export { SubscriptionService } from './subscription-service.ts';
export { WebhookDispatcher, type WebhookDispatcherOptions } from './webhook-dispatcher.ts';
