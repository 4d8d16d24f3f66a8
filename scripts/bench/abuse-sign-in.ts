/**
 * Scenario 1 of npm run bench:abuse: a sign-in brute force in parallel. One client sends its
 * guesses all at once, then a second client spreads its guesses over the addresses of one IPv6
 * /64; the throttle must compare at most its limit of guesses per client and window, and the
 * author's token must still open the author API afterwards.
 */
import { signInLimit } from "../../functions/auth/throttle.ts";
import type { PreviewServer } from "../lib/preview-server.ts";
import { countStatus, describeStatuses, sendAll } from "./abuse-pool.ts";
import type { Invariant } from "./load-report.ts";

export interface SignInAbuse {
  invariants: Invariant[];
  lines: string[];
}

function guess(server: PreviewServer, address: string, n: number): Promise<Response> {
  return fetch(`${server.url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": address },
    body: JSON.stringify({ password: `wrong guess number ${n}` }),
  });
}

export async function runSignInAbuse(server: PreviewServer, guesses: number, token: string): Promise<SignInAbuse> {
  const single = await sendAll(guesses, guesses, (n) => guess(server, "192.0.2.77", n));
  // 2001:db8::/32 is the documentation prefix; every guess from another address in one /64.
  const spread = await sendAll(guesses, guesses, (n) => guess(server, `2001:db8:ab:cd::${(n + 1).toString(16)}`, n));
  const today = new Date().toISOString().slice(0, 10);
  const byToken = await fetch(`${server.url}/api/admin/stats/overview?from=${today}&to=${today}`, {
    headers: { Authorization: `Bearer ${token}`, "CF-Connecting-IP": "198.51.100.9" },
  });
  await byToken.arrayBuffer();
  const compared = (answers: typeof single) => countStatus(answers, 401);
  return {
    lines: [
      `${guesses} parallel guesses from one IPv4 address: ${describeStatuses(single)}`,
      `${guesses} parallel guesses from ${guesses} addresses of one IPv6 /64: ${describeStatuses(spread)}`,
      `the author's token from another address afterwards: ${byToken.status}`,
    ],
    invariants: [
      {
        name: "sign-in brute force, one address",
        holds: compared(single) <= signInLimit.failures && compared(single) + countStatus(single, 429) === guesses,
        detail: `${compared(single)} of ${guesses} parallel guesses compared (limit ${signInLimit.failures} per window), the rest 429`,
      },
      {
        name: "sign-in brute force, one IPv6 /64",
        holds: compared(spread) <= signInLimit.failures && compared(spread) + countStatus(spread, 429) === guesses,
        detail: `${compared(spread)} of ${guesses} parallel guesses compared (limit ${signInLimit.failures} per window), the rest 429`,
      },
      {
        name: "the author's token still works",
        holds: byToken.status === 200,
        detail: `GET /api/admin/stats/overview with the token answered ${byToken.status}`,
      },
    ],
  };
}
