#!/usr/bin/env node
// Entry for the `maitre` command: runs the TypeScript CLI through tsx, so a clone works after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
