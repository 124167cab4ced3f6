/** Layering rules (docs/architecture.md): the core imports no adapter; the backend is a separate service. */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-adapter',
      comment: 'src/core is pure: adapters import the core ports, never the reverse.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(backend|backend-client|sessions|server|cli|web|llm|knowledge|testing)/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      from: { path: '^src/(domain|contract|errors)/' },
      to: { path: '^src/(core|backend|backend-client|sessions|server|cli|web|llm|knowledge)/' },
    },
    {
      name: 'backend-is-a-separate-service',
      comment: 'The reference backend shares only the contract, the venue format and errors with the bot.',
      severity: 'error',
      from: { path: '^src/backend/' },
      to: {
        path: '^src/(core|backend-client|sessions|server|cli|web|llm|knowledge)/',
        pathNot: '^src/core/ports/(index|clock|id-source)\\.ts$',
      },
    },
    {
      name: 'no-circular',
      comment: 'Runtime import cycles; a cycle through type-only imports is harmless.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^node_modules|\\.test\\.ts$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
