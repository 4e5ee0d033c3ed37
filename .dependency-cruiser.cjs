/**
 * Boundaries of the code (see ARCHITECTURE.md). Each rule's comment is the message a developer
 * sees when they break it, so it says what to do instead.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Import cycle. Move the shared piece down a layer (src/shared or the platform) or pass it in as a dependency.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-isomorphic',
      severity: 'error',
      comment:
        'src/shared runs in the browser and the server: it may not import server, web or CLI code, nor Node built-ins.',
      from: { path: '^src/shared/' },
      to: { path: ['^src/(server|web|cli)/', '^node:', '^(fs|path|crypto|os|child_process|net|http)$'] },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      comment:
        'The web app talks to the server over HTTP only; share contracts through src/shared/contracts.',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'server-not-web-or-cli',
      severity: 'error',
      comment: 'The server must not depend on the web app or the CLI.',
      from: { path: '^src/server/' },
      to: { path: '^src/(web|cli)/' },
    },
    {
      name: 'platform-is-domain-free',
      severity: 'error',
      comment:
        'src/server/platform knows no domain module: let the module pass what the platform needs (see AuthResolver, ModuleManifest).',
      from: { path: '^src/server/(platform|db)/' },
      to: { path: '^src/server/modules/' },
    },
    {
      name: 'modules-only-through-index',
      severity: 'error',
      comment:
        'Another module is reached only through its index.ts (its manifest and public services), never its repository, routes or internals.',
      from: { path: '^src/server/modules/([^/]+)/' },
      to: {
        path: '^src/server/modules/([^/]+)/',
        pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'routes-call-services-not-sql',
      severity: 'error',
      comment:
        'A route is a pipeline (validate → load → authorize → one service call → present); SQL belongs to the repository, reached through a service.',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'sql-only-in-repositories',
      severity: 'error',
      comment: 'Only repositories (and the db layer) build SQL: move the query into a *.repository.ts.',
      from: {
        path: '^src/server/',
        pathNot: [
          '\\.repository\\.ts$',
          '^src/server/db/',
          '^src/server/platform/authz/visibility\\.ts$',
          '^src/server/platform/http/health\\.ts$',
        ],
      },
      to: { path: '^node_modules/kysely/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // .tsx files are checked by Biome (noImportCycles, noRestrictedImports): the swc parser here reads TypeScript without JSX.
    exclude: { path: ['\\.test\\.tsx?$', '^src/server/test/', '\\.tsx$'] },
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    moduleSystems: ['es6'],
  },
};
