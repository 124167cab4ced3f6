import { connect, createServer, type Server, type Socket } from 'node:net';

/** How the proxy treats connections: forward them, hold them open without a byte, or refuse them. */
export type ProxyMode = 'up' | 'frozen' | 'down';

export interface FaultyProxy {
  /** `http://127.0.0.1:<port>`: give it to the client instead of the target's URL. */
  url: string;
  /** Switches the mode; every open connection is cut, so kept-alive ones follow the new mode too. */
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy on loopback in front of `target` (host:port) for fault tests: `up` forwards, `frozen`
 * accepts and never answers (a hung dependency), `down` closes every connection at once (refused).
 */
export async function startFaultyProxy(target: string): Promise<FaultyProxy> {
  const { hostname, port } = new URL(target);
  let mode: ProxyMode = 'up';
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server: Server = createServer((client) => {
    track(client);
    if (mode === 'down') return void client.destroy();
    if (mode === 'frozen') return; // held: reads nothing back, ever
    const upstream = connect({ host: hostname, port: Number(port) });
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const listenPort = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${listenPort}`,
    setMode: (next) => {
      mode = next;
      for (const socket of open) socket.destroy();
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
