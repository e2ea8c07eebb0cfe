import 'reflect-metadata';
import { runCli } from './cli-commands';

runCli(process.argv.slice(2)).then((code) => process.exit(code));
