import { describe, expect, it } from "vitest";
import { hashClient } from "../../functions/request/client-hash";
import { clientNetwork } from "../../functions/request/client-network";

describe("the client network of an address", () => {
  it.each([
    ["192.0.2.1", "192.0.2.1"],
    ["192.000.002.001", "192.0.2.1"],
    [" 192.0.2.1 ", "192.0.2.1"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8:0:0::/64"],
    ["2001:db8:0:0:ffff:1:2:3", "2001:db8:0:0::/64"],
    ["[2001:db8::1]", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["2001:db8:1:2:3:4:192.0.2.1", "2001:db8:1:2::/64"],
    ["::", "0:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["::ffff:c000:201", "192.0.2.1"],
    ["0:0:0:0:0:ffff:c000:0201", "192.0.2.1"],
  ])("reads %s as %s", (ip, network) => {
    expect(clientNetwork(ip)).toBe(network);
  });

  it.each([
    "",
    "unknown",
    "256.0.0.1",
    "1.2.3",
    "1.2.3.4.5",
    "2001:db8::1::2",
    "2001:db8:1:2:3:4:5:6:7",
    "2001:db8:1:2:3:4:5",
    "2001:db8::12345",
    "2001:db8::g",
    "1:2:3:4:5:6:7::8",
  ])("finds no address in %j", (ip) => {
    expect(clientNetwork(ip)).toBeUndefined();
  });

  it("gives every address of one /64 the same client hash, for comments and sign-ins alike", async () => {
    const salt = "a".repeat(64);
    for (const purpose of ["comments", "sign-in"] as const) {
      const first = await hashClient(purpose, salt, "2001:db8:5:6::1");
      expect(await hashClient(purpose, salt, "2001:db8:5:6:ffff::ffff")).toBe(first);
      expect(await hashClient(purpose, salt, "2001:db8:5:7::1")).not.toBe(first);
    }
    expect(await hashClient("comments", salt, "2001:db8:5:6::1")).not.toBe(
      await hashClient("sign-in", salt, "2001:db8:5:6::1"),
    );
  });
});
