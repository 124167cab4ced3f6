import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MenuResponse } from '../contract/backend-api.ts';
import { BackendClient, filterMenu } from './backend-client.ts';

const MENU: MenuResponse = MenuResponse.parse({
  version: 'v1',
  venue: {
    id: 'test',
    name: 'Test',
    currency: 'USD',
    taxRateBps: 0,
    delivery: { available: true, fee: 100, minimumOrder: 0 },
    pickup: true,
    paymentMethods: ['cash'],
  },
  categories: [{ id: 'mains', name: 'Mains' }],
  optionGroups: [],
  items: [
    item('dal', 'Dal Tadka', 'vegan', []),
    item('paneer', 'Paneer Tikka', 'vegetarian', ['milk']),
    item('chicken', 'Butter Chicken', 'non-vegetarian', ['milk']),
  ],
});

function item(id: string, name: string, diet: string, allergens: string[]) {
  return {
    id,
    name,
    aliases: [],
    category: 'mains',
    description: `${name}, a dish`,
    ingredients: [],
    price: { amount: 1000, currency: 'USD' },
    diet,
    dietFlags: [],
    allergens,
    spiceLevel: 0,
    tags: [],
    optionGroups: [],
    available: true,
    stock: null,
  };
}

/** A backend that answers the menu while `up`, and holds every request unanswered (frozen) otherwise. */
describe('backend client: deadlines and the last known menu', () => {
  let server: Server;
  let url: string;
  let up = true;
  let requests = 0;
  const held: ServerResponse[] = [];

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      requests++;
      if (!up) return void held.push(response);
      if (request.url?.startsWith('/api/menu/items/')) {
        const found = MENU.items.find((i) => request.url?.endsWith(`/${i.id}`));
        response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
        return void response.end(JSON.stringify(found ?? { error: { code: 'NOT_FOUND', message: 'no' } }));
      }
      response.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' });
      response.end(JSON.stringify(MENU));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    for (const response of held) response.destroy();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('a frozen backend fails a call with BACKEND_UNAVAILABLE within its budget, retries included', async () => {
    up = false;
    const client = new BackendClient({ baseUrl: url, serviceToken: 'x'.repeat(20), timeoutMs: 300 });
    await expect(client.getCart('cu', 'c1')).rejects.toMatchObject({ code: 'BACKEND_UNAVAILABLE' });
    up = true;
  });

  it('answers menu reads from the last known menu while the backend is frozen, and says so', async () => {
    const client = new BackendClient({ baseUrl: url, serviceToken: 'x'.repeat(20), timeoutMs: 300 });
    await client.getMenu();
    up = false;
    const turn = client.scoped(new AbortController().signal);
    expect(turn.servedFromCache()).toBe(false);
    const vegan = await turn.getMenu({ diet: 'vegan' });
    expect(vegan.items.map((i) => i.id)).toEqual(['dal']);
    expect(turn.servedFromCache()).toBe(true);
    expect((await turn.getItem('paneer'))?.name).toBe('Paneer Tikka');
    // the shared client is not marked: the mark is the turn's
    expect(client.servedFromCache()).toBe(false);
    up = true;
  });

  it('a turn that met an outage fails its later calls at once (one timeout per turn, not one per call)', async () => {
    const client = new BackendClient({ baseUrl: url, serviceToken: 'x'.repeat(20), timeoutMs: 300 });
    up = false;
    const turn = client.scoped(new AbortController().signal);
    await expect(turn.getCart('cu', 'c1')).rejects.toMatchObject({ code: 'BACKEND_UNAVAILABLE' });
    const before = requests;
    await expect(turn.getCart('cu', 'c2')).rejects.toMatchObject({ code: 'BACKEND_UNAVAILABLE' });
    await expect(turn.placeOrder('cu', { cartId: 'c2' } as never, 'k1')).rejects.toMatchObject({
      code: 'BACKEND_UNAVAILABLE',
    });
    expect(requests).toBe(before);
    up = true;
  });

  it("a turn's calls are abandoned once its signal aborts (the turn's deadline)", async () => {
    const client = new BackendClient({ baseUrl: url, serviceToken: 'x'.repeat(20), timeoutMs: 60_000 });
    up = false;
    const controller = new AbortController();
    const turn = client.scoped(controller.signal);
    const pending = turn.getCart('cu', 'c1');
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ code: 'BACKEND_UNAVAILABLE' });
    const before = requests;
    await expect(turn.getOrder('cu', 'o1')).rejects.toMatchObject({ code: 'BACKEND_UNAVAILABLE' });
    expect(requests).toBe(before);
    up = true;
  });

  it('filterMenu follows the contract query (diet, allergens, words)', () => {
    expect(filterMenu(MENU, { diet: 'vegetarian' }).items.map((i) => i.id)).toEqual(['dal', 'paneer']);
    expect(filterMenu(MENU, { allergen_free: 'milk' }).items.map((i) => i.id)).toEqual(['dal']);
    expect(filterMenu(MENU, { q: 'butter' }).items.map((i) => i.id)).toEqual(['chicken']);
    expect(filterMenu(MENU, { diet: 'non-vegetarian' }).items.map((i) => i.id)).toEqual(['chicken']);
  });
});
