import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = 'src/cli/main.ts';

/** The package a bare specifier names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * Packages reached from the CLI entry through static imports only (esbuild's metafile; type-only imports
 * are erased, dynamic `import()` edges are not followed): what must load in every `maitre` command.
 */
async function staticPackages(): Promise<Set<string>> {
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const packages = new Set<string>();
  const seen = new Set<string>([ENTRY]);
  const queue = [ENTRY];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const edge of inputs[file]?.imports ?? []) {
      if (edge.kind !== 'import-statement' && edge.kind !== 'require-call') continue;
      if (edge.external) packages.add(packageOf(edge.path.replace(/^node:/, '')));
      else if (!seen.has(edge.path)) {
        seen.add(edge.path);
        queue.push(edge.path);
      }
    }
  }
  return packages;
}

describe('production install (npm ci --omit=dev, as in the Dockerfile)', () => {
  it('the CLI entry statically imports only production dependencies and Node built-ins', async () => {
    const manifest = JSON.parse(readFileSync(new URL('package.json', `file://${ROOT}`), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const packages = await staticPackages();
    // Sanity: the walk reaches the server and the backend, so an empty result cannot pass silently.
    expect(packages).toContain('fastify');
    expect(packages).toContain('better-sqlite3');
    const devOnly = [...packages].filter(
      (name) => !builtinModules.includes(name) && !(name in manifest.dependencies),
    );
    expect(devOnly, 'load these with import() where used, or make them dependencies').toEqual([]);
  });

  it('tsx, which bin/maitre.mjs runs the TypeScript through, is a production dependency', () => {
    const bin = readFileSync(new URL('bin/maitre.mjs', `file://${ROOT}`), 'utf8');
    expect(bin).toContain("from 'tsx/esm/api'");
    const manifest = JSON.parse(readFileSync(new URL('package.json', `file://${ROOT}`), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(manifest.dependencies).toHaveProperty('tsx');
  });
});
