export { ConfigError } from './config-error.ts';
export { KnowledgeIndexError, type KnowledgeIndexOperation } from './knowledge-index-error.ts';
export { MaitreError } from './maitre-error.ts';
export { type ValidationProblem, VenueValidationError } from './venue-validation-error.ts';
