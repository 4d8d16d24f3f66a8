/**
 * The largest request body the site reads: any API write and any form page post. The
 * largest legitimate body is a comment form (a text of 5,000 characters, a name of 80, a
 * website of 300, a Turnstile token of up to 4,096): a text in a non-Latin script that a
 * browser percent-encodes costs up to 9 bytes a character, about 55 KB in all. Anything
 * larger is refused before it is read, so no client can make the Worker buffer megabytes.
 */
export const maxRequestBodyBytes = 64 * 1024;

/** The error every API route answers a body over the limit with (413). */
export const bodyTooLargeError = `body: larger than ${maxRequestBodyBytes} bytes`;
