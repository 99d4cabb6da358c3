import { prompts } from '../ui/prompts';
import { ClientFileStore } from './clientFileStore';

/** The only store, or the one the user picks when several folders have a client file. */
export async function pickStore(stores: readonly ClientFileStore[], placeHolder: string, title?: string): Promise<ClientFileStore | undefined> {
  if (stores.length <= 1) {
    return stores[0];
  }
  const picked = await prompts.pick(
    stores.map((store) => ({ label: store.folder.name, description: store.relativePath, store })),
    { title, placeHolder },
  );
  return picked?.store;
}
