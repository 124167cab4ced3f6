import type { z } from 'zod';
import {
  type AddLineRequest,
  CancelRefusal,
  Cart,
  type CreateOrderRequest,
  CustomerToken,
  ErrorBody,
  type Fulfillment,
  MenuItemDto,
  type MenuQuery,
  MenuResponse,
  Order,
  PaymentLink,
  StockShortage,
  type UpdateLineRequest,
} from '../contract/backend-api.ts';
import type { BackendPort, CancelOrderResult, PlaceOrderResult } from '../core/ports/index.ts';
import { BackendError } from './backend-error.ts';
import { type BackendTransport, fetchTransport, type TransportResponse } from './backend-transport.ts';
import { RequestDeadline } from './request-deadline.ts';
import type { TurnSignal } from './turn-abort.ts';
import { TurnWatch } from './turn-watch.ts';
import { undiciTransport } from './undici-transport.ts';

export interface BackendClientOptions {
  baseUrl: string;
  serviceToken: string;
  /**
   * Budget of one call in ms, retries included (default 2,500; `BACKEND_TIMEOUT_MS`): a frozen backend
   * fails the call with BACKEND_UNAVAILABLE after this long.
   */
  timeoutMs?: number;
  /** Extra attempts for requests that are safe to repeat (reads, and order submission with its key). */
  retries?: number;
  /** Refresh a customer token this long before it expires. */
  tokenMarginMs?: number;
  /**
   * A menu read this recently (ms) is answered from the cache without asking the backend; older ones
   * are revalidated with their ETag. Default 0: every read revalidates.
   */
  menuFreshMs?: number;
  /** A `fetch` to send requests with (tests count or fake them); default: undici's `request` (backend-transport.ts). */
  fetch?: typeof fetch;
}

interface RequestOptions<S extends z.ZodType> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  schema: S;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  /** Only requests that are safe to repeat are retried. */
  retry: boolean;
  /** A cached answer to revalidate with If-None-Match; a 304 returns it. */
  cached?: { etag: string; value: z.output<S> };
  /** Told the ETag of a fresh answer. */
  onEtag?: (etag: string, value: z.output<S>) => void;
}

/** A menu's items by id, built once per menu read. */
const itemIndexes = new WeakMap<MenuResponse, Map<string, MenuItemDto>>();
function itemsById(menu: MenuResponse): Map<string, MenuItemDto> {
  let index = itemIndexes.get(menu);
  if (!index) {
    index = new Map(menu.items.map((item) => [item.id, item]));
    itemIndexes.set(menu, index);
  }
  return index;
}

/** Menus kept for ETag revalidation, by query; a small bound, since queries come from a closed set of filters. */
const MENU_CACHE_LIMIT = 64;
const FULL_MENU_PATH = '/api/menu';

/** What a client and its scoped views share: customer tokens and the menus last read. */
interface SharedState {
  tokens: Map<string, { token: string; expiresAt: number }>;
  /** Menus by request path; `checkedAt` (epoch ms) is when the backend last confirmed the entry. */
  menus: Map<string, { etag: string; value: MenuResponse; checkedAt: number }>;
  /** The full menu last read (kept apart from the bounded cache): the degraded mode's source. */
  lastFullMenu: { value: MenuResponse } | undefined;
  /**
   * The menu version the backend last confirmed (a 200 or a 304 to any menu read: the version covers
   * the whole menu whatever the filters) and when (epoch ms).
   */
  confirmed: { version: string; at: number } | undefined;
}

/** A client's options as used, resolved once and shared by its scoped views. */
interface Settings {
  options: BackendClientOptions;
  baseUrl: string;
  timeoutMs: number;
  retries: number;
  tokenMarginMs: number;
  transport: BackendTransport;
  menuFreshMs: number;
}

/** Retry backoff (ms): the n-th retry (from 0) waits min(MAX, round((1 + random) * MIN * 2^n)). */
const RETRY_MIN_DELAY_MS = 100;
const RETRY_MAX_DELAY_MS = 1_000;

/**
 * Typed client for the restaurant backend contract (openapi/backend.yaml). Implements the core's
 * BackendPort: it obtains short-lived customer tokens with the service token and renews them.
 */
export class BackendClient implements BackendPort {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly tokenMarginMs: number;
  private readonly transport: BackendTransport;
  private readonly shared: SharedState;
  private readonly signal: TurnSignal | undefined;
  /** The turn's signal watched for this view's calls (made on its first call). */
  private watch: TurnWatch | undefined;
  /** Set when this (scoped) client answered a menu read from the last known menu. */
  private stale = false;
  /** The outage a scoped client met: its later calls fail at once with it. */
  private outage: BackendError | undefined;
  private readonly menuFreshMs: number;
  private readonly settings: Settings;

  constructor(
    options: BackendClientOptions,
    scope?: { shared: SharedState; signal: TurnSignal; settings: Settings },
  ) {
    const settings = scope?.settings ?? {
      options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      timeoutMs: options.timeoutMs ?? 2_500,
      retries: options.retries ?? 2,
      tokenMarginMs: options.tokenMarginMs ?? 60_000,
      transport: options.fetch ? fetchTransport(options.fetch) : undiciTransport,
      menuFreshMs: options.menuFreshMs ?? 0,
    };
    this.settings = settings;
    this.baseUrl = settings.baseUrl;
    this.timeoutMs = settings.timeoutMs;
    this.retries = settings.retries;
    this.tokenMarginMs = settings.tokenMarginMs;
    this.transport = settings.transport;
    this.shared = scope?.shared ?? {
      tokens: new Map(),
      menus: new Map(),
      lastFullMenu: undefined,
      confirmed: undefined,
    };
    this.signal = scope?.signal;
    this.menuFreshMs = settings.menuFreshMs;
  }

  /**
   * A view of this client for one turn: it shares the tokens and menus, and every call it makes is
   * abandoned (BACKEND_UNAVAILABLE) once `signal` aborts (the turn's deadline passed), so a turn that was
   * already answered cannot change anything afterwards. `servedFromCache()` tells whether one of its
   * menu reads was answered from the last known menu. From its first call the view keeps one listener
   * on `signal` until it aborts: give each view the signal of its own turn, not one that outlives it.
   */
  scoped(signal: TurnSignal): BackendClient {
    return new BackendClient(this.settings.options, { shared: this.shared, signal, settings: this.settings });
  }

  /** True when this (scoped) client met an outage: its later calls fail at once. */
  metOutage(): boolean {
    return this.outage !== undefined;
  }

  /**
   * Degraded mode: true when a menu read of this scoped client (one turn's view) was answered from the
   * last known menu. Always false on the long-lived client itself (it answers from the menu all the same).
   */
  servedFromCache(): boolean {
    return this.stale;
  }

  /**
   * The menu (filtered by `query`). While the backend is unreachable (a transient failure after the
   * retries), answers from the last menu it gave for the same query, or the last full menu filtered
   * here; `servedFromCache()` then turns true. With no menu ever read, the failure is thrown.
   */
  async getMenu(query: MenuQuery = {}): Promise<MenuResponse> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== '') params.set(key, value);
    const path = `${FULL_MENU_PATH}${params.size > 0 ? `?${params}` : ''}`;
    // The backend's ETag is the menu version: an unchanged menu costs a 304, not a transfer and a parse.
    const { menus } = this.shared;
    const cached = menus.get(path);
    if (cached && Date.now() - cached.checkedAt < this.menuFreshMs) {
      if (path === FULL_MENU_PATH) this.shared.lastFullMenu = { value: cached.value };
      return cached.value;
    }
    try {
      const menu = await this.request({
        method: 'GET',
        path,
        schema: MenuResponse,
        retry: true,
        ...(cached ? { cached: { etag: cached.etag, value: cached.value } } : {}),
        onEtag: (etag, value) => {
          if (menus.size >= MENU_CACHE_LIMIT) menus.clear();
          menus.set(path, { etag, value, checkedAt: Date.now() });
        },
      });
      // a 304 confirmed the cached menu: fresh again
      const entry = menus.get(path);
      if (entry && entry.value === menu) entry.checkedAt = Date.now();
      this.shared.confirmed = { version: menu.version, at: Date.now() };
      if (path === FULL_MENU_PATH) this.shared.lastFullMenu = { value: menu };
      return menu;
    } catch (error) {
      const fallback = isOutage(error) ? this.lastKnownMenu(path, query) : undefined;
      if (!fallback) throw error;
      if (this.signal) this.stale = true; // only a turn's view reports it (a long-lived client has no turn)
      return fallback;
    }
  }

  /**
   * An item of the menu; null when the backend does not know it. Answered without a request from the
   * full menu last read when the backend confirmed its version within `menuFreshMs` and the item is
   * available and tracks no stock (the version changes with the menu and with any item's availability,
   * not with each unit sold: a stock count is always asked; adding a line checks availability anyway).
   * Falls back like `getMenu`.
   */
  async getItem(itemId: string): Promise<MenuItemDto | null> {
    const known = this.freshItem(itemId);
    if (known) return known;
    try {
      return await this.request({
        method: 'GET',
        path: `/api/menu/items/${encodeURIComponent(itemId)}`,
        schema: MenuItemDto,
        retry: true,
      });
    } catch (error) {
      if (error instanceof BackendError && error.status === 404) return null;
      const menu = isOutage(error) ? this.lastKnownMenu(FULL_MENU_PATH, {}) : undefined;
      if (!menu) throw error;
      if (this.signal) this.stale = true; // only a turn's view reports it (a long-lived client has no turn)
      return menu.items.find((item) => item.id === itemId) ?? null;
    }
  }

  /** The item from the full menu when that menu's version was confirmed within menuFreshMs (see getItem). */
  private freshItem(itemId: string): MenuItemDto | undefined {
    const { confirmed } = this.shared;
    const full = this.shared.lastFullMenu?.value ?? this.shared.menus.get(FULL_MENU_PATH)?.value;
    if (!confirmed || !full || full.version !== confirmed.version) return undefined;
    if (Date.now() - confirmed.at >= this.menuFreshMs) return undefined;
    const item = itemsById(full).get(itemId);
    return item?.available === true && item.stock === null ? item : undefined;
  }

  private lastKnownMenu(path: string, query: MenuQuery): MenuResponse | undefined {
    const exact = this.shared.menus.get(path)?.value;
    if (exact) return exact;
    const full = this.shared.lastFullMenu?.value ?? this.shared.menus.get(FULL_MENU_PATH)?.value;
    return full ? filterMenu(full, query) : undefined;
  }

  /**
   * A new empty cart. For a customer with no valid token yet, the token request opens it too (`openCart`,
   * one round trip instead of two); a backend that does not return it gets `POST /api/carts` after.
   */
  async createCart(customerId: string): Promise<Cart> {
    if (!this.validToken(customerId)) {
      const opened = await this.issueToken(customerId, true);
      if (opened.cart) return opened.cart;
    }
    return this.asCustomer(customerId, (token) =>
      this.request({ method: 'POST', path: '/api/carts', schema: Cart, body: {}, token, retry: false }),
    );
  }

  async getCart(customerId: string, cartId: string): Promise<Cart> {
    return this.asCustomer(customerId, (token) =>
      this.request({ method: 'GET', path: `/api/carts/${enc(cartId)}`, schema: Cart, token, retry: true }),
    );
  }

  async addLine(customerId: string, cartId: string, line: AddLineRequest): Promise<Cart> {
    return this.asCustomer(customerId, (token) =>
      this.request({
        method: 'POST',
        path: `/api/carts/${enc(cartId)}/lines`,
        schema: Cart,
        body: line,
        token,
        retry: false,
      }),
    );
  }

  async updateLine(
    customerId: string,
    cartId: string,
    lineId: string,
    change: UpdateLineRequest,
  ): Promise<Cart> {
    return this.asCustomer(customerId, (token) =>
      this.request({
        method: 'PATCH',
        path: `/api/carts/${enc(cartId)}/lines/${enc(lineId)}`,
        schema: Cart,
        body: change,
        token,
        retry: false,
      }),
    );
  }

  async removeLine(customerId: string, cartId: string, lineId: string): Promise<Cart> {
    return this.asCustomer(customerId, (token) =>
      this.request({
        method: 'DELETE',
        path: `/api/carts/${enc(cartId)}/lines/${enc(lineId)}`,
        schema: Cart,
        token,
        retry: false,
      }),
    );
  }

  async setFulfillment(customerId: string, cartId: string, fulfillment: Fulfillment): Promise<Cart> {
    return this.asCustomer(customerId, (token) =>
      this.request({
        method: 'PATCH',
        path: `/api/carts/${enc(cartId)}`,
        schema: Cart,
        body: { fulfillment },
        token,
        retry: false,
      }),
    );
  }

  /** Safe to retry: the idempotency key makes a repeated submission return the same order. */
  async placeOrder(
    customerId: string,
    request: CreateOrderRequest,
    idempotencyKey: string,
  ): Promise<PlaceOrderResult> {
    try {
      const order = await this.asCustomer(customerId, (token) =>
        this.request({
          method: 'POST',
          path: '/api/orders',
          schema: Order,
          body: request,
          token,
          headers: { 'idempotency-key': idempotencyKey },
          retry: true,
        }),
      );
      return { ok: true, order };
    } catch (error) {
      if (!(error instanceof BackendError) || error.transient) throw error;
      if (error.code === 'OUT_OF_STOCK') {
        const lines = StockShortage.array().safeParse(error.details?.lines);
        return { ok: false, reason: 'out_of_stock', shortages: lines.success ? lines.data : [] };
      }
      if (error.status === 409 || error.status === 422) {
        return { ok: false, reason: 'rejected', code: error.code, message: error.message };
      }
      throw error;
    }
  }

  async getOrder(customerId: string, orderId: string): Promise<Order> {
    return this.asCustomer(customerId, (token) =>
      this.request({ method: 'GET', path: `/api/orders/${enc(orderId)}`, schema: Order, token, retry: true }),
    );
  }

  async requestPayment(customerId: string, orderId: string): Promise<PaymentLink> {
    return this.asCustomer(customerId, (token) =>
      this.request({
        method: 'POST',
        path: `/api/orders/${enc(orderId)}/payment`,
        schema: PaymentLink,
        body: {},
        token,
        retry: false,
      }),
    );
  }

  /** Safe to retry: cancelling a cancelled order returns it unchanged. A 409 refusal is a result. */
  async cancelOrder(customerId: string, orderId: string): Promise<CancelOrderResult> {
    try {
      const order = await this.asCustomer(customerId, (token) =>
        this.request({
          method: 'POST',
          path: `/api/orders/${enc(orderId)}/cancel`,
          schema: Order,
          body: {},
          token,
          retry: true,
        }),
      );
      return { ok: true, order };
    } catch (error) {
      if (!(error instanceof BackendError) || error.code !== 'CANCEL_NOT_ALLOWED') throw error;
      const refusal = CancelRefusal.safeParse(error.details);
      if (!refusal.success) throw error;
      return { ok: false, refusal: refusal.data, message: error.message };
    }
  }

  /** Runs a call with the customer's token; on 401 renews the token once and tries again. */
  private async asCustomer<T>(customerId: string, call: (token: string) => Promise<T>): Promise<T> {
    try {
      return await call(await this.customerToken(customerId));
    } catch (error) {
      if (!(error instanceof BackendError) || error.status !== 401) throw error;
      this.shared.tokens.delete(customerId);
      return call(await this.customerToken(customerId));
    }
  }

  private async customerToken(customerId: string): Promise<string> {
    return this.validToken(customerId) ?? (await this.issueToken(customerId, false)).token;
  }

  /** The customer's cached token while it is not about to expire. */
  private validToken(customerId: string): string | undefined {
    const cached = this.shared.tokens.get(customerId);
    return cached && cached.expiresAt - this.tokenMarginMs > Date.now() ? cached.token : undefined;
  }

  /** Asks the backend for a customer token (and, `openCart`, a new cart of theirs) and caches the token. */
  private async issueToken(customerId: string, openCart: boolean): Promise<CustomerToken> {
    const issued = await this.request({
      method: 'POST',
      path: '/api/auth/customer-tokens',
      schema: CustomerToken,
      body: openCart ? { customerId, openCart } : { customerId },
      token: this.settings.options.serviceToken,
      // a token alone is safe to ask again; a repeated cart opening would leave an empty cart behind
      retry: !openCart,
    });
    if (this.shared.tokens.size >= TOKEN_CACHE_LIMIT) this.shared.tokens.clear();
    this.shared.tokens.set(customerId, { token: issued.token, expiresAt: Date.parse(issued.expiresAt) });
    return issued;
  }

  /**
   * Sends the request, retried (when `req.retry`) after a transient failure up to `retries` times with
   * an exponential randomized backoff (100 ms doubling, each delay times 1 to 2 at random, at most 1 s),
   * all within one budget of `timeoutMs`, retries included: a frozen backend costs the turn timeoutMs,
   * not a multiple. The schedule p-retry gave (minTimeout 100, maxTimeout 1,000, factor 2, randomize,
   * maxRetryTime timeoutMs), without its per-call overhead.
   */
  private async request<S extends z.ZodType>(req: RequestOptions<S>): Promise<z.output<S>> {
    const deadline = Date.now() + this.timeoutMs;
    // a scoped view (one turn) that already met an outage fails at once: a turn waits for one timeout,
    // not one per call
    if (this.outage) throw this.outage;
    const retries = req.retry ? this.retries : 0;
    const start = performance.now();
    try {
      for (let retried = 0; ; retried++) {
        const left = deadline - Date.now();
        if (left <= 0 || this.signal?.aborted)
          throw this.unavailable(req.path, left <= 0 ? 'timed out' : 'turn abandoned');
        try {
          return await this.once(req, left);
        } catch (error) {
          // Only transient failures are worth another attempt.
          if (!(error instanceof BackendError && error.transient)) throw asError(error);
          const remaining = this.timeoutMs - (performance.now() - start);
          if (remaining <= 0 || retried >= retries) throw error;
          const backoff = Math.round((Math.random() + 1) * RETRY_MIN_DELAY_MS * 2 ** retried);
          await sleep(Math.min(backoff, RETRY_MAX_DELAY_MS, remaining));
        }
      }
    } catch (error) {
      if (this.signal && isOutage(error)) this.outage = error as BackendError;
      throw error;
    }
  }

  private unavailable(path: string, why: string): BackendError {
    return new BackendError(0, 'BACKEND_UNAVAILABLE', `backend not reachable: ${why}`, { path });
  }

  private async once<S extends z.ZodType>(req: RequestOptions<S>, budgetMs: number): Promise<z.output<S>> {
    if (this.signal) this.watch ??= new TurnWatch(this.signal);
    const deadline = new RequestDeadline(budgetMs, this.watch);
    try {
      return await this.exchange(req, deadline);
    } finally {
      deadline.release();
    }
  }

  /** One request and its answer, read and checked against the contract; `deadline` aborts both. */
  private async exchange<S extends z.ZodType>(
    req: RequestOptions<S>,
    deadline: RequestDeadline,
  ): Promise<z.output<S>> {
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
    if (req.cached) headers['if-none-match'] = req.cached.etag;
    if (req.token) headers.authorization = `Bearer ${req.token}`;
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    let response: TransportResponse;
    try {
      response = await this.transport(`${this.baseUrl}${req.path}`, {
        method: req.method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        deadline,
      });
    } catch (error) {
      throw new BackendError(
        0,
        'BACKEND_UNAVAILABLE',
        `backend not reachable: ${(error as Error).message}`,
        {
          path: req.path,
        },
        { cause: error },
      );
    }
    if (response.status === 304 && req.cached) {
      await response.discard();
      return req.cached.value;
    }
    const text = await response.text();
    const json = parseJson(text);
    if (response.status < 200 || response.status > 299) {
      const body = ErrorBody.safeParse(json);
      if (body.success) {
        throw new BackendError(
          response.status,
          body.data.error.code,
          body.data.error.message,
          body.data.error.details,
        );
      }
      throw new BackendError(response.status, 'BACKEND_ERROR', `backend answered ${response.status}`, {
        path: req.path,
      });
    }
    const parsed = req.schema.safeParse(json);
    if (!parsed.success) {
      throw new BackendError(
        502,
        'BACKEND_CONTRACT_VIOLATION',
        `backend answer does not match the contract`,
        {
          path: req.path,
          issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
        },
      );
    }
    const etag = response.etag;
    if (etag && req.onEtag) req.onEtag(etag, parsed.data);
    return parsed.data;
  }
}

/** Customer tokens kept; beyond it the cache starts again (tokens are re-issued on demand). */
const TOKEN_CACHE_LIMIT = 50_000;

/** Unreachable, timed out, overloaded or a server fault: what the degraded modes answer around. */
function isOutage(error: unknown): boolean {
  return error instanceof BackendError && error.transient;
}

/**
 * The menu filtered as the contract's `GET /api/menu` query does (docs/backend.md): `diet`
 * (vegetarian includes vegan), `category`, `allergen_free` (comma-separated), `q` (every word in the
 * name, aliases, description or ingredients). Used only to answer from the last full menu.
 */
export function filterMenu(menu: MenuResponse, query: MenuQuery): MenuResponse {
  const avoid = (query.allergen_free ?? '')
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const items = menu.items.filter((item) => {
    if (query.diet === 'vegan' && item.diet !== 'vegan') return false;
    if (query.diet === 'vegetarian' && item.diet === 'non-vegetarian') return false;
    if (query.diet === 'non-vegetarian' && item.diet !== 'non-vegetarian') return false;
    if (query.category !== undefined && item.category !== query.category) return false;
    if (avoid.some((a) => (item.allergens as string[]).includes(a))) return false;
    if (words.length > 0) {
      const text = [item.name, ...item.aliases, item.description, ...item.ingredients]
        .join('\n')
        .toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
  return { ...menu, items };
}

/** What p-retry rethrew for a failure it was told not to retry: the error itself, or an Error of it. */
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(error as string);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function enc(id: string): string {
  return encodeURIComponent(id);
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
