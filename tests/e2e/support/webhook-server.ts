import { createServer, type IncomingMessage } from "node:http";

export type Delivery = Record<string, unknown>;

export interface WebhookServer {
  url: string;
  /** Resolves with the first delivery, past or future, that `matches`. */
  nextDelivery(matches: (delivery: Delivery) => boolean): Promise<Delivery>;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<Delivery> {
  let body = "";
  for await (const chunk of request) body += String(chunk);
  const parsed: unknown = JSON.parse(body);
  return typeof parsed === "object" && parsed !== null ? { ...parsed } : { value: parsed };
}

/** A stand-in for ntfy or Slack on 127.0.0.1; `statusFor` decides how it answers each delivery. */
export async function startWebhookServer(statusFor: (delivery: Delivery) => number): Promise<WebhookServer> {
  const deliveries: Delivery[] = [];
  const waiting = new Set<{ matches: (delivery: Delivery) => boolean; resolve: (delivery: Delivery) => void }>();
  const server = createServer((request, response) => {
    readJson(request).then(
      (delivery) => {
        deliveries.push(delivery);
        for (const waiter of waiting) {
          if (waiter.matches(delivery)) {
            waiting.delete(waiter);
            waiter.resolve(delivery);
          }
        }
        response.writeHead(statusFor(delivery)).end();
      },
      () => response.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    nextDelivery(matches) {
      const seen = deliveries.find(matches);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiting.add({ matches, resolve }));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
