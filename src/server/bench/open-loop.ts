import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/** A session the load generator sends turns to. */
export interface BenchSession {
  sessionId: string;
  token: string;
}

export interface OpenLoopOptions {
  /** The bot, on loopback only (`http://127.0.0.1:<port>`, `localhost` or `[::1]`). */
  url: string;
  /** Turns scheduled per second, evenly spaced. */
  ratePerSecond: number;
  durationSeconds: number;
  /** A session takes one turn at a time (its turns are serialised anyway); more sessions, more parallel. */
  sessions: readonly BenchSession[];
  /** Messages sent in turn by each session. */
  messages: readonly string[];
  /** One conversation per session (session i plays the i-th, cycling): replaces `messages` when given. */
  conversations?: readonly (readonly string[])[];
  /** Most sockets open at once (default 512). */
  connections?: number;
  /**
   * A turn not answered this long after its scheduled time counts as a timeout and its socket is dropped;
   * a turn still waiting for a socket or a free session this long is given up (default 5,000 ms). This
   * bounds the run: it ends at most this long after its last scheduled turn.
   */
  timeoutMs?: number;
}

/** Latency percentiles in milliseconds, counted from each turn's scheduled time. */
export interface LatencyMs {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface OpenLoopResult {
  offeredPerSecond: number;
  durationSeconds: number;
  /** Turns scheduled. */
  scheduled: number;
  /** Answered 2xx. */
  ok: number;
  /** Answered 503 (shed). */
  shed: number;
  /** Answered with another status (429, 409, 5xx, ...). */
  otherStatus: number;
  /** Not answered in time, never sent (no socket or session freed in time), or the connection failed. */
  timeouts: number;
  errors: number;
  /** 2xx answers per second of the run. */
  okPerSecond: number;
  /** Of the 2xx answers. */
  latencyMs: LatencyMs;
  /** Of the 503 answers (how fast a shed request is refused). */
  shedLatencyMs: LatencyMs;
}

interface InFlight {
  scheduled: number;
  session: number;
}

interface Conn {
  socket: Socket;
  buffer: Buffer;
  current: InFlight | undefined;
}

/** Percentiles of `values` (sorted in place). */
export function latencyOf(values: number[]): LatencyMs {
  values.sort((a, b) => a - b);
  const at = (p: number) =>
    values.length === 0 ? 0 : Math.round(values[Math.min(values.length - 1, Math.floor(p * values.length))]!);
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: Math.round(values.at(-1) ?? 0) };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * An open-loop load generator: turns are scheduled at a fixed rate whatever the bot's answers, and each
 * latency is counted from the turn's scheduled time, so a slow answer delays nothing else and queueing
 * anywhere (here waiting for a socket or a session, in the kernel, in the bot) shows in the figures
 * instead of lowering the rate (no coordinated omission). A session's script moves on when its turn is
 * answered (or lost); a shed turn (503) sends the same message again at the session's next scheduled
 * turn, as a customer told to try again does, so shedding never skips a step of the conversation. Plain HTTP/1.1 over keep-alive sockets, one
 * request per socket at a time (cheap enough to share two cores with the bot). Refuses a URL that is
 * not loopback.
 */
export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const target = new URL(options.url);
  if (target.protocol !== 'http:' || !LOOPBACK.has(target.hostname))
    throw new Error(`the open-loop bench runs on loopback only, not ${options.url}`);
  const port = Number(target.port || 80);
  const host =
    target.hostname === '[::1]' ? '::1' : target.hostname === 'localhost' ? '127.0.0.1' : target.hostname;
  const maxConnections = options.connections ?? 512;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const interval = 1000 / options.ratePerSecond;
  const total = Math.round(options.ratePerSecond * options.durationSeconds);
  // each session starts at another point of the cycle, so any stretch of turns holds the whole mix
  const script = (session: number) =>
    options.conversations?.[session % options.conversations.length] ?? options.messages;
  const turnOf = Uint32Array.from(options.sessions, (_, i) => i % Math.max(1, script(i).length));
  // sessions take turns: the longest idle goes next
  const freeSessions: number[] = options.sessions.map((_, i) => i);
  const idle: Conn[] = [];
  const open = new Set<Conn>();
  const waiting: number[] = []; // scheduled times of turns not yet sent
  const okTimes: number[] = [];
  const shedTimes: number[] = [];
  let shed = 0;
  let otherStatus = 0;
  let timeouts = 0;
  let errors = 0;
  let issued = 0;
  let done = 0;

  const request = (session: number): Buffer => {
    const s = options.sessions[session]!;
    // the script moves on once the turn is answered (`finish`): a shed message is sent again, as a
    // customer told "busy, try again" (503, Retry-After) sends it again
    const turn = turnOf[session]!;
    const messages = script(session);
    const body = JSON.stringify({ text: messages[turn % messages.length] });
    return Buffer.from(
      `POST /v1/sessions/${s.sessionId}/messages HTTP/1.1\r\nHost: ${target.host}\r\nAuthorization: Bearer ${s.token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  };

  const finish = (conn: Conn, status: number): void => {
    const current = conn.current!;
    conn.current = undefined;
    const latency = performance.now() - current.scheduled;
    if (status !== 503) turnOf[current.session] = turnOf[current.session]! + 1;
    if (status >= 200 && status < 300) okTimes.push(latency);
    else if (status === 503) {
      shed++;
      shedTimes.push(latency);
    } else otherStatus++;
    freeSessions.push(current.session);
    done++;
    idle.push(conn);
  };

  /** Reads complete responses off the socket's buffer (Content-Length or chunked bodies). */
  const onData = (conn: Conn, chunk: Buffer): void => {
    conn.buffer = conn.buffer.length === 0 ? chunk : Buffer.concat([conn.buffer, chunk]);
    for (;;) {
      if (!conn.current) return;
      const end = conn.buffer.indexOf(HEADER_END);
      if (end < 0) return;
      const head = conn.buffer.toString('latin1', 0, end);
      const status = Number.parseInt(head.slice(9, 12), 10);
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      let bodyEnd: number;
      if (length) {
        bodyEnd = end + 4 + Number(length[1]);
        if (conn.buffer.length < bodyEnd) return;
      } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
        const last = conn.buffer.indexOf('\r\n0\r\n\r\n', end);
        if (last < 0) return;
        bodyEnd = last + 7;
      } else bodyEnd = end + 4;
      conn.buffer = conn.buffer.subarray(bodyEnd);
      finish(conn, status);
    }
  };

  const openConn = (): Conn => {
    const socket = connect({ host, port, noDelay: true });
    const conn: Conn = { socket, buffer: Buffer.alloc(0), current: undefined };
    open.add(conn);
    socket.on('data', (chunk: Buffer) => {
      onData(conn, chunk);
      dispatch();
    });
    const drop = (): void => {
      open.delete(conn);
      const at = idle.indexOf(conn);
      if (at >= 0) idle.splice(at, 1);
      if (conn.current) {
        errors++;
        done++;
        // not answered: the bot may have taken the turn, so the script moves on
        turnOf[conn.current.session] = turnOf[conn.current.session]! + 1;
        freeSessions.push(conn.current.session);
        conn.current = undefined;
      }
    };
    socket.on('error', drop);
    socket.on('close', drop);
    return conn;
  };

  const dispatch = (): void => {
    const now = performance.now();
    // give up on turns that waited too long for a socket or a session (the generator's own bound)
    while (waiting.length > 0 && now - waiting[0]! > timeoutMs) {
      waiting.shift();
      timeouts++;
      done++;
    }
    while (waiting.length > 0 && freeSessions.length > 0) {
      const conn = idle.pop() ?? (open.size < maxConnections ? openConn() : undefined);
      if (!conn) break;
      const session = freeSessions.shift()!;
      conn.current = { scheduled: waiting.shift()!, session };
      conn.socket.write(request(session));
    }
  };

  const start = performance.now();
  let checked = start;
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now();
      const due = Math.min(total, Math.floor((now - start) / interval) + 1);
      while (issued < due) waiting.push(start + issued++ * interval);
      dispatch();
      // answers overdue: count them as timeouts and drop their sockets (checked every 50 ms)
      if (now - checked > 50) {
        checked = now;
        for (const conn of open)
          if (conn.current && now - conn.current.scheduled > timeoutMs) {
            const current = conn.current;
            conn.current = undefined;
            timeouts++;
            done++;
            turnOf[current.session] = turnOf[current.session]! + 1; // taken late, or not: moves on
            freeSessions.push(current.session);
            open.delete(conn);
            conn.socket.destroy();
          }
      }
      if (issued >= total && done >= total) resolve();
      // sleep until the next scheduled turn (answers wake dispatch by themselves), at most 50 ms
      else setTimeout(tick, issued < total ? Math.max(1, Math.min(50, start + issued * interval - now)) : 50);
    };
    tick();
  });
  for (const conn of open) conn.socket.destroy();
  return {
    offeredPerSecond: options.ratePerSecond,
    durationSeconds: options.durationSeconds,
    scheduled: total,
    ok: okTimes.length,
    shed,
    otherStatus,
    timeouts,
    errors,
    okPerSecond: Math.round(okTimes.length / options.durationSeconds),
    latencyMs: latencyOf(okTimes),
    shedLatencyMs: latencyOf(shedTimes),
  };
}
