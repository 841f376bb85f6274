/**
 * The names the browser host answers to: its loopback address and `localhost`, each with its port.
 * A request with any other `Host` comes from a page that tricked the browser into calling this
 * port under its own name (DNS rebinding), so it is refused, for static files as for the API.
 */
export interface HostNames {
  /** True when the `Host` header names this host. */
  accepts(host: string | undefined): boolean;
  /** The origins of the kiosk's own page, lower case: `http://127.0.0.1:PORT`, `http://localhost:PORT`. */
  origins: readonly string[];
}

/** The names of a host listening on 127.0.0.1 at `port`. */
export function hostNames(port: number): HostNames {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    accepts: (host) => host !== undefined && hosts.includes(host.toLowerCase()),
    origins: hosts.map((host) => `http://${host}`),
  };
}
