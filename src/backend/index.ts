export { type BackendConfig, parseBackendConfig } from './config/backend-config.ts';
export { type BackendDatabase, openDatabase } from './db/open-database.ts';
export { BACKEND_ERROR_CODES, BackendError, type BackendErrorCode } from './domain/backend-error.ts';
export { type BackendApp, type BackendDeps, buildBackendApp } from './http/build-backend-app.ts';
export { ERROR_STATUS } from './http/error-status.ts';
export { buildBackendOpenApi } from './openapi/build-backend-openapi.ts';
export {
  BACKEND_OPENAPI_FILE,
  renderBackendOpenApiYaml,
  writeBackendOpenApi,
} from './openapi/write-backend-openapi.ts';
export type { PaymentProvider, PaymentRequest } from './payments/index.ts';
export { devServiceTokenFile, type RunningBackend, startBackend } from './start-backend.ts';
export { signWebhook, verifyWebhookSignature } from './webhooks/sign-webhook.ts';
