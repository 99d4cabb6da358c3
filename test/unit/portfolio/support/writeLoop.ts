/**
 * A child process for the index tests: writes ever newer big indexes through the store until it is killed.
 * argv: the index folder, the first generation, and how many folders each index has.
 */
import { PortfolioIndexStore } from '../../../../src/portfolio/indexStore';
import { bigIndex } from './indexes';

async function main(): Promise<void> {
  const [directory, first, folders] = process.argv.slice(2);
  const store = new PortfolioIndexStore(directory);
  for (let generation = Number(first); ; generation++) {
    await store.updateAll(bigIndex(generation, Number(folders)).folders);
    process.stdout.write(`${generation}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
